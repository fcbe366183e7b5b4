import { verifySignature } from '../../keys/index.js';
import type { NotaryClient } from '../../notary/index.js';
import { MAX_BYTES } from '../../notary/index.js';
import {
  ROOT_ROLE,
  SNAPSHOT_ROLE,
  SignedMetadata,
  TARGETS_ROLE,
  TIMESTAMP_ROLE,
  sha256Hex,
  verifyFileMeta,
  verifyRepository,
  verifyThreshold,
  type FileMeta,
  type TrustedRepository,
} from '../../tuf/index.js';
import { HistoryWalkError } from './errors.js';
import type { RootChain } from './root-chain.js';
import { signedAt, type TimestampRef } from './sources.js';

/** One published version, verified. */
export interface VersionState {
  /** Changefeed CreatedAt, else the timestamp's signing time (expiry − 14 days). */
  time: string;
  repo: TrustedRepository;
}

/**
 * Fetches and verifies published versions. Order per version: the timestamp
 * is verified against the trusted roots' timestamp keys BEFORE anything in it
 * is used; every other file is fetched by the sha256 a verified parent names,
 * size-capped by the length it names, then the whole version goes through
 * verifyRepository with the root its snapshot names (which must be in the
 * trusted chain). Files are cached by hash: versions share most of them.
 */
export class VersionLoader {
  private readonly cache = new Map<string, Promise<Uint8Array | undefined>>();

  constructor(
    private readonly client: NotaryClient,
    private readonly roots: RootChain
  ) {}

  async load(ref: TimestampRef): Promise<VersionState> {
    const gun = this.client.gun;
    const tsBytes =
      ref.bytes ??
      (ref.sha256
        ? await this.client.getRole(TIMESTAMP_ROLE, { sha256: ref.sha256 })
        : await this.client.getRole(`${ref.version}.${TIMESTAMP_ROLE}`, {
            maxBytes: MAX_BYTES.timestamp,
          }));
    if (!tsBytes)
      throw new HistoryWalkError(
        `timestamp v${ref.version} is gone from the server`
      );
    if (ref.sha256 && sha256Hex(tsBytes) !== ref.sha256)
      throw new HistoryWalkError(
        `timestamp v${ref.version}: the server sent other bytes than the changefeed names`
      );
    const timestamp = SignedMetadata.parse(tsBytes, 'timestamp');
    if (timestamp.signed.version !== ref.version)
      throw new HistoryWalkError(
        `timestamp v${ref.version} says it is version ${timestamp.signed.version}`
      );
    this.checkTimestampSignature(timestamp);

    const snapshotMeta = timestamp.signed.snapshotMeta;
    const snapshot = await this.byHash(SNAPSHOT_ROLE, snapshotMeta);
    const snap = SignedMetadata.parse(snapshot, 'snapshot');
    const rootHash = snap.signed.meta.get(ROOT_ROLE)?.sha256Hex;
    const root = rootHash ? this.roots.byHash.get(rootHash) : undefined;
    if (!root)
      throw new HistoryWalkError(
        `timestamp v${ref.version} names a root that is not in the trusted root chain (oldest trusted: v${this.roots.oldest}${this.roots.stoppedBecause ? `; ${this.roots.stoppedBecause}` : ''})`
      );
    // Navigation only: every file below is checked by verifyRepository.
    const targets = await this.byHash(
      TARGETS_ROLE,
      snap.signed.meta.get(TARGETS_ROLE)
    );
    const delegations = await this.delegations(targets, snap.signed.meta);
    const time =
      ref.createdAt ??
      new Date(signedAt(timestamp.signed.expires)).toISOString();
    const repo = verifyRepository(
      { root: root.bytes, timestamp: tsBytes, snapshot, targets, delegations },
      {
        gun,
        // Judged when this version was current: when its timestamp was signed.
        referenceTime: new Date(signedAt(timestamp.signed.expires)),
        verifier: verifySignature,
      }
    );
    return { time, repo };
  }

  // Any trusted root's timestamp keys will do here; verifyRepository then
  // requires the keys of the root this version's snapshot names.
  private checkTimestampSignature(timestamp: SignedMetadata): void {
    for (const root of this.roots.ordered) {
      try {
        verifyThreshold(
          timestamp.signedBytes,
          timestamp.signatures,
          root.signed.roleKeys(TIMESTAMP_ROLE),
          verifySignature
        );
        return;
      } catch {
        // try the next root
      }
    }
    throw new HistoryWalkError(
      `timestamp v${timestamp.signed.version} is not signed by the timestamp key of any trusted root`
    );
  }

  private async byHash(
    role: string,
    meta: FileMeta | undefined
  ): Promise<Uint8Array> {
    const hash = meta?.sha256Hex;
    if (!meta || !hash)
      throw new HistoryWalkError(`no sha256 recorded for ${role}`);
    const key = `${role}.${hash}`;
    let pending = this.cache.get(key);
    if (!pending) {
      pending = this.client.getRole(role, {
        sha256: hash,
        maxBytes: meta.length,
      });
      this.cache.set(key, pending);
    }
    const bytes = await pending;
    if (!bytes)
      throw new HistoryWalkError(
        `${role} ${hash.slice(0, 12)} is gone from the server`
      );
    verifyFileMeta(role, bytes, meta);
    return bytes;
  }

  /** Delegations the snapshot lists, found from `targets` down (as notary walks them). */
  private async delegations(
    targets: Uint8Array,
    meta: ReadonlyMap<string, FileMeta>
  ): Promise<Map<string, Uint8Array>> {
    const out = new Map<string, Uint8Array>();
    let frontier: Array<[string, Uint8Array]> = [[TARGETS_ROLE, targets]];
    while (frontier.length > 0) {
      const children = frontier
        .flatMap(([role, bytes]) => childrenOf(role, bytes))
        .filter(
          (c, i, all) => !out.has(c) && meta.has(c) && all.indexOf(c) === i
        );
      const files = await Promise.all(
        children.map((c) => this.byHash(c, meta.get(c)))
      );
      frontier = [];
      children.forEach((c, i) => {
        const bytes = files[i];
        if (!bytes) return;
        out.set(c, bytes);
        frontier.push([c, bytes]);
      });
    }
    return out;
  }
}

function childrenOf(role: string, bytes: Uint8Array): string[] {
  try {
    return SignedMetadata.parse(
      bytes,
      'targets',
      role
    ).signed.delegationRoles.map((r) => r.name);
  } catch {
    return [];
  }
}
