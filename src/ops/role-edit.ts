import { withContext } from '../errors.js';
import {
  ExpiredError,
  FileMeta,
  SignedMetadata,
  Targets,
  signMetadata,
  type RepositoryFiles,
  type TrustedRepository,
} from '../tuf/index.js';
import { UntrustedRoleError } from './errors.js';
import type { SignableRole } from './select-roles.js';
import type { TagTarget } from './types.js';

/** notary's default lifetime for targets-type roles: 3 years ([N] const.go NotaryDefaultExpiries). */
export const TARGETS_LIFETIME_MS = 3 * 365 * 24 * 3600 * 1000;

/** A re-signed role, ready to upload. */
export interface RoleChange {
  role: string;
  previousVersion: number;
  signed: SignedMetadata<Targets>;
  /** Tags whose entry is new or different. */
  changedTags: string[];
}

/** The target entry docker writes for a tag: sha256 of the manifest + its size, nothing else (§3.4). */
export function targetMeta(target: TagTarget): FileMeta {
  return FileMeta.fromSha256Hex(
    target.digest.replace(/^sha256:/, ''),
    target.size
  );
}

/**
 * The current content of a role we may sign. A verified role is edited as is;
 * a role the snapshot lists but nobody published yet starts empty at v1.
 * A role that is in the snapshot but was skipped by verification:
 * - expired only: started fresh, as notary's client does for a role it
 *   could not load ([N] client/tufclient.go skips it; the changelist then
 *   applies to an empty role): only this run's tags, at the next version;
 * - anything else (wrong key, under threshold): refused. Re-creating it would
 *   let a hostile server make us drop every other signed tag; after a signer
 *   removal a key holder repairs it (`dct-sign signer remove` / `rotate`).
 */
function currentRole(
  repo: TrustedRepository,
  files: RepositoryFiles,
  role: string,
  warn: (m: string) => void
): { base: Targets; version: number } {
  const trusted = repo.role(role);
  if (trusted)
    return {
      base: trusted.metadata.signed,
      version: trusted.metadata.signed.version,
    };
  const raw = files.delegations?.get(role);
  if (!raw) {
    return {
      base: new Targets({ role, version: 1, expires: '2000-01-01T00:00:00Z' }),
      version: 0,
    };
  }
  const skipped = repo.warnings.find((w) => w.role === role);
  if (skipped?.cause instanceof ExpiredError) {
    // Its tags are not carried forward: the server picks which version we
    // see, and an old expired one may still hold a tag since revoked.
    // Re-signing it would make that tag valid again for three years.
    const expired = SignedMetadata.parse(raw, 'targets', role).signed;
    warn(
      `${role} of ${repo.gun} had expired (${expired.expires}); started fresh as notary does: its ${expired.targets.size} old tag(s) are not re-signed (an expired role vouches for nothing), only this run's tags`
    );
    return {
      base: new Targets({
        role,
        version: expired.version,
        expires: expired.expires,
      }),
      version: expired.version,
    };
  }
  throw new UntrustedRoleError(
    `${role} of ${repo.gun} does not verify (${skipped?.message ?? 'not reachable from targets'}); refusing to overwrite it: a key holder must repair it (dct-sign signer rotate, or signer add for a new key)`
  );
}

/**
 * Adds or replaces `targets` in each role, bumps the version, sets a fresh
 * expiry and signs. Roles where every tag is already signed as asked are
 * left out (nothing to upload for them).
 */
export async function buildRoleChanges(
  repo: TrustedRepository,
  files: RepositoryFiles,
  roles: readonly SignableRole[],
  targets: readonly TagTarget[],
  now: Date,
  warn: (m: string) => void
): Promise<RoleChange[]> {
  const changes: RoleChange[] = [];
  for (const { role, signers } of roles) {
    const { base, version } = currentRole(repo, files, role, warn);
    const changed: Array<[string, FileMeta]> = [];
    for (const target of targets) {
      const meta = targetMeta(target);
      const old = base.targets.get(target.tag);
      if (old?.length === meta.length && old.sha256Hex === meta.sha256Hex)
        continue;
      changed.push([target.tag, meta]);
    }
    const changedTags = changed.map(([tag]) => tag);
    let next = base.withTargets(changed);
    if (changedTags.length === 0) continue;
    next = next
      .withVersion(version + 1)
      .withExpires(new Date(now.getTime() + TARGETS_LIFETIME_MS));
    try {
      changes.push({
        role,
        previousVersion: version,
        signed: await signMetadata(next, signers),
        changedTags,
      });
    } catch (err) {
      throw withContext(`signing ${role} of ${repo.gun}`, err);
    }
  }
  return changes;
}
