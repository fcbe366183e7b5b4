import { withContext } from '../errors.js';
import {
  FileMeta,
  SignedMetadata,
  Targets,
  signMetadata,
  type RepositoryFiles,
  type TrustedRepository,
} from '../tuf/index.js';
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
 * The current content of a role we may sign: the verified one, or, for a role
 * the snapshot lists that did not verify (expired, or signed by a removed
 * key), an empty role one version up: its old tags are not trusted, so they
 * are not carried forward.
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
  let version = 0;
  if (raw) {
    try {
      version = SignedMetadata.parse(raw, 'targets', role).signed.version;
    } catch {
      version = 0;
    }
    warn(
      `${role} of ${repo.gun} did not verify; it is re-created with only the tags of this run`
    );
  }
  return {
    base: new Targets({
      role,
      version: Math.max(version, 1),
      expires: '2000-01-01T00:00:00Z',
    }),
    version,
  };
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
  for (const { role, signer } of roles) {
    const { base, version } = currentRole(repo, files, role, warn);
    let next = base;
    const changedTags: string[] = [];
    for (const target of targets) {
      const meta = targetMeta(target);
      const old = base.targets.get(target.tag);
      if (old?.length === meta.length && old.sha256Hex === meta.sha256Hex)
        continue;
      next = next.withTarget(target.tag, meta);
      changedTags.push(target.tag);
    }
    if (changedTags.length === 0) continue;
    next = next
      .withVersion(version + 1)
      .withExpires(new Date(now.getTime() + TARGETS_LIFETIME_MS));
    try {
      changes.push({
        role,
        previousVersion: version,
        signed: await signMetadata(next, [signer]),
        changedTags,
      });
    } catch (err) {
      throw withContext(`signing ${role} of ${repo.gun}`, err);
    }
  }
  return changes;
}
