import { SignerError } from '../../errors.js';
import type { NotaryClient } from '../../notary/index.js';
import {
  ROOT_ROLE,
  SNAPSHOT_ROLE,
  SignedMetadata,
  TIMESTAMP_ROLE,
  RootRole,
  signMetadata,
  type Key,
  type Root,
  type TrustedRepository,
} from '../../tuf/index.js';
import { loadTrustedRepository } from '../load-trusted.js';
import type { Logger } from '../types.js';
import { MissingKeyError } from './errors.js';
import { localSigners } from './renew.js';
import { upload } from './signer-change.js';
import type { KeyRing } from './types.js';

/** The migration cannot be done as asked (target not empty, role expired, too many uploads). */
export class MigrateError extends SignerError {}

/** Options of {@link migrateRepository}. */
export interface MigrateOptions {
  keyring: KeyRing;
  now: Date;
  logger: Logger;
  dryRun?: boolean;
  rootKeyID?: string;
  /** The root remembered for this GUN: the source must chain from it. */
  trustedRoot?: Uint8Array;
  /** Bound on uploads made to raise the timestamp version (default 10000). */
  maxUploads?: number;
}

/** What a migration did (or would do). */
export interface MigrateResult {
  schema: 'dct-sign/migrate/v1';
  gun: string;
  from: string;
  to: string;
  dryRun: boolean;
  /** Root versions written to the new server, first to last. */
  rootVersions: number[];
  /** Targets-type roles copied with their signatures unchanged. */
  roles: { role: string; version: number }[];
  /** The old server's timestamp version, which the new one must exceed. */
  sourceTimestampVersion: number;
  /** POST requests made (or planned). */
  uploads: number;
  /** The new server's timestamp version at the end (0 in a dry run). */
  targetTimestampVersion: number;
  warnings: string[];
  published: boolean;
}

/**
 * Moves a repository to another notary-server keeping its root keys, signers
 * and signed tags. What notary-server 0.7 accepts (measured, issue 17): a
 * first root of version 1 or 2, then v+1 only; every root must list a
 * timestamp key the new server holds; targets and delegations at any version,
 * their signatures checked; its own timestamps from version 1, one more per
 * accepted upload. So: roots re-signed by the root key with the new server's
 * timestamp and snapshot keys, up to one version above the old root (clients
 * that cached it rotate to it as to any root), the targets-type roles as they
 * are, then more root versions until the new timestamp version is above the
 * old one, or a client that cached it would refuse "version 1 is lower than
 * current version N".
 */
export async function migrateRepository(
  source: NotaryClient,
  target: NotaryClient,
  options: MigrateOptions
): Promise<MigrateResult> {
  const { repo } = await loadTrustedRepository(source, {
    referenceTime: options.now,
    rootKeyID: options.rootKeyID,
    trustedRoot: options.trustedRoot,
  });
  if (await target.getRole(ROOT_ROLE))
    throw new MigrateError(
      `${target.serverUrl} already has trust data for ${target.gun}; migrate only into a GUN without trust data (delete it there first if it is a failed attempt)`
    );
  const oldRoot = repo.root.signed;
  const finalRoot = Math.max(2, oldRoot.version + 1);
  const firstRoot = Math.min(finalRoot, 2);
  const sourceTs = repo.timestamp.signed.version;
  const copied = copiedRoles(repo);
  const warnings = repo.warnings
    .filter((w) => w.cause)
    .map(
      (w) => `${w.role} is not copied: ${w.message} (renew or repair it first)`
    );
  const planned = finalRoot - firstRoot + 1;
  const result: MigrateResult = {
    schema: 'dct-sign/migrate/v1',
    gun: source.gun,
    from: source.serverUrl,
    to: target.serverUrl,
    dryRun: options.dryRun === true,
    rootVersions: range(firstRoot, finalRoot),
    roles: copied.map((m) => ({ role: m.role, version: m.signed.version })),
    sourceTimestampVersion: sourceTs,
    uploads: Math.max(planned, sourceTs + 1),
    targetTimestampVersion: 0,
    warnings,
    published: false,
  };
  const signers = await localSigners(
    oldRoot.roleKeys(ROOT_ROLE),
    options.keyring
  );
  if (!signers)
    throw new MissingKeyError(
      `the root key of ${source.gun} is not in the trust dir: migrating re-signs root; run this where the root key holder keeps it (--trust-dir)`
    );
  if (result.uploads > (options.maxUploads ?? 10000))
    throw new MigrateError(
      `${source.gun}: raising the new timestamp above v${sourceTs} takes ${result.uploads} uploads, more than --max-uploads`
    );
  if (options.dryRun) return result;

  // GET *.key on a GUN without root makes a new key at every call: once each.
  const timestampKey = await target.getServerKey('timestamp');
  const snapshotKey = await target.getServerKey('snapshot');
  const rootAt = (version: number) =>
    signMetadata(
      withServerKeys(oldRoot, version, timestampKey, snapshotKey),
      signers
    );

  let uploads = 0;
  let version = firstRoot;
  await upload(target, [await rootAt(version), ...copied]);
  uploads++;
  // Each accepted upload is one more timestamp: go on with root versions
  // until the chain reaches finalRoot and the timestamp passes the old one.
  while (version < finalRoot || uploads <= sourceTs) {
    version++;
    await upload(target, [await rootAt(version)]);
    uploads++;
    if (uploads % 100 === 0)
      options.logger.info(
        `${target.gun}: ${uploads} of ${result.uploads} uploads`
      );
  }
  const { repo: moved } = await loadTrustedRepository(target, {
    referenceTime: options.now,
    trustedRoot: repo.root.bytes,
    hints: copied.map((c) => c.role).filter((r) => r !== 'targets'),
  });
  for (const file of copied) {
    const served = moved.role(file.role)?.metadata.bytes;
    if (
      !served ||
      Buffer.compare(Buffer.from(served), Buffer.from(file.bytes)) !== 0
    )
      throw new MigrateError(
        `${target.gun}: ${target.serverUrl} serves another ${file.role} than the one copied; check its storage and run the migration again into a fresh GUN`
      );
  }
  options.logger.info(`migrated ${target.gun} to ${target.serverUrl}`);
  return {
    ...result,
    rootVersions: range(firstRoot, version),
    uploads,
    targetTimestampVersion: moved.timestamp.signed.version,
    published: true,
  };
}

/** targets and every delegation that verified, with their bytes as signed. */
function copiedRoles(repo: TrustedRepository): SignedMetadata[] {
  return [...repo.roles.values()].map((r) => r.metadata);
}

/** The root with the new server's timestamp and snapshot keys; nothing else changes. */
function withServerKeys(
  root: Root,
  version: number,
  timestamp: Key,
  snapshot: Key
): Root {
  const roles = new Map(root.roles);
  roles.set(
    TIMESTAMP_ROLE,
    new RootRole({ keyIDs: [timestamp.keyID], threshold: 1 })
  );
  roles.set(
    SNAPSHOT_ROLE,
    new RootRole({ keyIDs: [snapshot.keyID], threshold: 1 })
  );
  const keys = new Map<string, Key>();
  const all = new Map([
    ...root.keys,
    [timestamp.keyID, timestamp],
    [snapshot.keyID, snapshot],
  ]);
  for (const role of roles.values())
    for (const id of role.keyIDs) keys.set(id, all.get(id)!);
  return root.with({ version, roles, keys });
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}
