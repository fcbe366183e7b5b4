import { withContext } from '../errors.js';
import type { PrivateKeySigner } from '../keys/index.js';
import type { NotaryClient } from '../notary/index.js';
import { HTTPError, NetworkError } from '../net/index.js';
import { NotaryHTTPError } from '../notary/index.js';
import {
  ROOT_ROLE,
  type RepositoryFiles,
  type TrustedRepository,
} from '../tuf/index.js';
import {
  PublishConflictError,
  ReadBackError,
  explainRejection,
  isVersionConflict,
} from './errors.js';
import { expiryWarnings } from './expiry.js';
import { rollbackFloors } from './floors.js';
import { loadTrustedRepository, type TrustOptions } from './load-trusted.js';
import type { RoleUpdate, SignImagesResult } from './results.js';
import { buildRoleChanges, targetMeta, type RoleChange } from './role-edit.js';
import { selectSignableRoles } from './select-roles.js';
import type { Clock, Logger, TagTarget } from './types.js';

/** Options of {@link signImages}. */
export interface SignImagesOptions extends TrustOptions {
  gun: string;
  trustServer: string;
  notary: NotaryClient;
  key: PrivateKeySigner;
  /** More delegation keys, for roles whose threshold needs several signatures. */
  extraKeys?: readonly PrivateKeySigner[];
  /** Delegation name (`ci` → `targets/ci`), used as a fetch hint. */
  signerName?: string;
  /** Explicit roles; default: docker's rule (every delegation listing the key). */
  roles?: readonly string[];
  /**
   * The tags with their digests and sizes; may be a promise, so registry
   * look-ups overlap the trust-data fetch instead of preceding it.
   */
  targets: readonly TagTarget[] | Promise<readonly TagTarget[]>;
  expiryWarnDays: number;
  dryRun: boolean;
  logger: Logger;
  clock: Clock;
  /** Publish attempts when concurrent publishers win (default 12). */
  maxAttempts?: number;
  /** Injected for tests; defaults to setTimeout. */
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Publish attempts by default. 16 matrix jobs racing for one role need up to
 * 6 on a busy runner (test/e2e/concurrency.e2e.test.ts); 12 leaves a margin,
 * and with the 5 s cap below a loser waits at most about a minute in all.
 */
const DEFAULT_MAX_ATTEMPTS = 12;

const defaultSleep = (ms: number) =>
  new Promise<void>((r) => setTimeout(r, ms));

/**
 * Signs image tags into the delegation roles of `key` and publishes them in
 * one atomic upload, then reads the repository back as a client would. On a
 * concurrent update (400 VERSION, notary-protocol.md §1.7) or a read-back that
 * misses our tags (0.7 SQL race), it starts again from fresh metadata.
 */
export async function signImages(
  o: SignImagesOptions
): Promise<SignImagesResult> {
  const { logger } = o;
  const maxAttempts = o.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const sleep = o.sleep ?? defaultSleep;
  const hints = [
    'targets/releases',
    ...(o.signerName
      ? [`targets/${o.signerName.replace(/^targets\//, '')}`]
      : []),
    ...(o.roles ?? []),
  ];
  const pendingTargets = Promise.resolve(o.targets);
  // Handled here so an early registry failure is not an unhandled rejection;
  // it is still thrown where the targets are awaited.
  void pendingTargets.catch(() => undefined);

  for (let attempt = 1; ; attempt++) {
    const now = o.clock.now();
    const { repo, files } = await logger.group(
      `Verify trust data of ${o.gun}`,
      async () => {
        const loaded = await loadTrustedRepository(o.notary, {
          ...o,
          referenceTime: now,
          hints,
        });
        describeRepository(loaded.repo, logger);
        return loaded;
      }
    );
    const warnings = [
      ...expiryWarnings(repo, now, o.expiryWarnDays),
      ...repo.warnings.map((w) => `${w.role}: ${w.message}`),
    ];
    for (const w of warnings) logger.warn(w);
    const targets = await pendingTargets;
    const tags = targets.map((t) => t.tag);

    const roles = selectSignableRoles(repo, o.key, tags, o.roles, o.extraKeys);
    const changes = await logger.group(
      `Sign ${tags.length} tag(s) into ${roles.map((r) => r.role).join(', ')}`,
      async () => {
        const built = await buildRoleChanges(
          repo,
          files,
          roles,
          targets,
          now,
          (m) => warnings.push(m)
        );
        for (const c of built) logger.info(describeChange(c, targets));
        if (built.length === 0)
          logger.info(
            'every tag is already signed with this digest and size in every role: nothing to upload'
          );
        return built;
      }
    );
    const result = (
      published: boolean,
      verified: TrustedRepository | undefined
    ): SignImagesResult => ({
      gun: o.gun,
      trustServer: o.trustServer,
      keyID: o.key.keyID,
      roles: roles.map((r): RoleUpdate => {
        const change = changes.find((c) => c.role === r.role);
        const current = (verified ?? repo).role(r.role)?.metadata.signed;
        return {
          role: r.role,
          previousVersion: change?.previousVersion ?? current?.version ?? 0,
          version: change?.signed.signed.version ?? current?.version ?? 0,
          expires: change?.signed.signed.expires ?? current?.expires ?? '',
        };
      }),
      targets: [...targets],
      published,
      verifiedAfterPublish: verified !== undefined,
      rootKeyIDs: [...repo.root.signed.roleKeys(ROOT_ROLE).keys.keys()],
      rootBytes: repo.root.bytes,
      versions: rollbackFloors(o.previousVersions, verified ?? repo),
      snapshotVersion: verified?.snapshot.signed.version,
      timestampVersion: verified?.timestamp.signed.version,
      warnings,
      attempts: attempt,
    });
    if (o.dryRun) {
      logger.info(
        `dry run: would upload ${changes.map((c) => c.role).join(', ') || 'nothing'} to ${o.trustServer}`
      );
      return result(false, undefined);
    }
    if (changes.length === 0) return result(false, repo);

    const readBackNow = () =>
      readBack(
        o,
        now,
        changes,
        roles.map((r) => r.role),
        files,
        rollbackFloors(o.previousVersions, repo),
        targets
      );
    try {
      await logger.group(`Publish to ${o.trustServer}`, async () => {
        await o.notary.publish(
          changes.map((c) => ({ role: c.role, bytes: c.signed.bytes }))
        );
        logger.info(
          `uploaded ${changes.map((c) => `${c.role} v${c.signed.signed.version}`).join(', ')} in one request`
        );
      });
    } catch (err) {
      if (isVersionConflict(err) && attempt < maxAttempts) {
        const wait = backoff(attempt);
        logger.info(
          `another publisher updated ${o.gun} first; retrying on the new state in ${wait} ms (attempt ${attempt + 1}/${maxAttempts})`
        );
        await sleep(wait);
        continue;
      }
      if (isVersionConflict(err)) {
        throw new PublishConflictError(
          `${o.gun}: gave up after ${attempt} attempts: other publishers kept updating the repository; serialize signing per repository (a workflow concurrency group)`,
          { cause: err }
        );
      }
      if (isTransient(err) && attempt < maxAttempts) {
        // The upload may have landed with its answer lost (reset, timeout,
        // 502 from a proxy): a client-side read-back tells. If our tags are
        // served, we are done; if not, start again from fresh metadata.
        logger.warn(
          `the upload to ${o.trustServer} failed (${errorText(err)}); checking whether it landed`
        );
        const landed = await readBackNow().catch(() => undefined);
        if (landed) return result(true, landed);
        await sleep(backoff(attempt));
        continue;
      }
      if (err instanceof NotaryHTTPError && err.status === 400)
        throw explainRejection(
          err,
          o.gun,
          changes.map((c) => c.role)
        );
      throw withContext(
        `publishing ${changes.map((c) => c.role).join(', ')} of ${o.gun}`,
        err
      );
    }

    const verified = await logger.group(
      'Verify what the server now serves',
      readBackNow
    );
    if (verified) return result(true, verified);
    if (attempt >= maxAttempts) {
      throw new ReadBackError(
        `${o.gun}: the server accepted the upload but does not serve the signed tags; check the trust server's storage`
      );
    }
    logger.warn(
      `${o.gun}: the server accepted the upload but lost it (a known notary-server 0.7 race); signing again`
    );
    await sleep(backoff(attempt));
  }
}

/**
 * A client-side check after the upload: timestamp and snapshot are fetched
 * anew and verified; every other file, our uploaded roles included, is taken
 * from what we hold only where the new snapshot names exactly those bytes
 * (sha256 and length), else fetched by hash, as a client downloads it. Our
 * tags must then be in every role with our digest and size. Not downloading
 * our own uploads again halves the traffic for big roles (the benchmark's
 * 10,000-target case).
 */
async function readBack(
  o: SignImagesOptions,
  now: Date,
  changes: readonly RoleChange[],
  roles: string[],
  before: RepositoryFiles,
  beforeVersions: Readonly<Record<string, number>>,
  targets: readonly TagTarget[]
): Promise<TrustedRepository | undefined> {
  const delegations = new Map(before.delegations);
  for (const c of changes) delegations.set(c.role, c.signed.bytes);
  const { repo } = await loadTrustedRepository(o.notary, {
    trustedRoot: before.root,
    referenceTime: now,
    known: { ...before, delegations },
    // Nothing may go back below what we saw before publishing (rollback).
    previousVersions: beforeVersions,
  });
  for (const role of roles) {
    const signed = repo.role(role)?.metadata.signed;
    for (const t of targets) {
      const got = signed?.targets.get(t.tag);
      const want = targetMeta(t);
      if (
        !got ||
        got.sha256Hex !== want.sha256Hex ||
        got.length !== want.length
      ) {
        o.logger.warn(
          `read-back: ${role} does not hold ${t.tag} → ${t.digest} (${t.size} bytes)`
        );
        return undefined;
      }
    }
  }
  o.logger.info(
    `read back snapshot v${repo.snapshot.signed.version}, timestamp v${repo.timestamp.signed.version}: ${targets.length} tag(s) verified in ${roles.join(', ')}`
  );
  return repo;
}

/** A failure worth retrying: network trouble, or a 5xx answer. */
function isTransient(err: unknown): boolean {
  if (err instanceof NetworkError) return err.retryable;
  return err instanceof HTTPError && err.status >= 500;
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Full-jitter exponential backoff, capped at 5 s. */
function backoff(attempt: number): number {
  return Math.round(Math.random() * Math.min(5000, 250 * 2 ** attempt));
}

function describeRepository(repo: TrustedRepository, logger: Logger): void {
  const root = repo.root.signed;
  logger.info(
    `root v${root.version} (keys ${[...root.roleKeys(ROOT_ROLE).keys.keys()].map((k) => k.slice(0, 12)).join(', ')}), expires ${root.expires}`
  );
  logger.info(
    `timestamp v${repo.timestamp.signed.version}, snapshot v${repo.snapshot.signed.version}, targets v${repo.targets.metadata.signed.version}`
  );
  for (const [name, role] of repo.roles) {
    if (name !== 'targets')
      logger.info(
        `${name} v${role.metadata.signed.version}: ${role.metadata.signed.targets.size} tag(s), expires ${role.metadata.signed.expires}`
      );
  }
}

function describeChange(c: RoleChange, targets: readonly TagTarget[]): string {
  const lines = c.changedTags.map((tag) => {
    const t = targets.find((x) => x.tag === tag)!;
    return `  + ${tag} → ${t.digest} (${t.size} bytes)`;
  });
  return [
    `${c.role}: v${c.previousVersion} → v${c.signed.signed.version}, expires ${c.signed.signed.expires}`,
    ...lines,
  ].join('\n');
}
