import {
  canonicalKeyID,
  signerForCertificate,
  verifySignature,
  type PrivateKeySigner,
} from '../../keys/index.js';
import {
  signMetadata,
  TARGETS_ROLE,
  type SignedMetadata,
  type Targets,
  type TrustedRepository,
  type TrustedTargetsRole,
} from '../../tuf/index.js';
import { UsageError } from '../../errors.js';
import type { AppliedChange, ApplyOptions } from './apply-change.js';
import { MissingKeyError, NotSignedError } from './errors.js';
import { targetsExpiry } from './expiry.js';
import { RELEASES_ROLE, type KeyRing, type RevokeChange } from './types.js';

/**
 * The roles docker clients take tags from ([C] cli/trust/trust.go
 * ReleasesRole, then targets): a tag still in one of them still verifies.
 */
const RELEASED_ROLES = [RELEASES_ROLE, TARGETS_ROLE];

/**
 * `revoke`: removes tags from the roles that sign them, re-signs each role
 * with a local key of it and returns the files for one upload (targets
 * first, then shallow roles first). docker trust revoke removes the tag from
 * every direct delegation of targets it holds a key for ([C]
 * cli/command/trust/revoke.go, GetSignableRoles); we take every verified role
 * that holds the tag, and refuse when a released role would keep it.
 */
export async function applyRevoke(
  repo: TrustedRepository,
  change: RevokeChange,
  options: ApplyOptions
): Promise<AppliedChange> {
  const tags = revokedTags(repo, change);
  const candidates = rolesHolding(repo, tags, change.roles);
  const diff: string[] = [];
  const warnings: string[] = [];
  const edits: { role: TrustedTargetsRole; removed: string[] }[] = [];
  for (const { role, removed } of candidates) {
    edits.push({ role, removed });
    for (const tag of removed) diff.push(describeRemoval(role, tag));
  }
  if (options.dryRun) return { uploads: [], diff, warnings };

  const uploads: SignedMetadata<Targets>[] = [];
  const kept: string[] = [];
  for (const { role, removed } of edits) {
    const signers = await roleSigners(role, options.keyring);
    if (signers.length === 0) {
      if (change.roles || RELEASED_ROLES.includes(role.role)) {
        throw new MissingKeyError(
          `cannot revoke ${removed.join(', ')} from ${role.role} of ${repo.gun}: no key of ${role.role} (${shortIDs(role).join(', ')}) is in the trust dir; run this where its key is, or import it with dct-sign key import`
        );
      }
      kept.push(role.role);
      continue;
    }
    let next = role.metadata.signed;
    for (const tag of removed) next = next.withoutTarget(tag);
    uploads.push(
      await signMetadata(
        next
          .withVersion(next.version + 1)
          .withExpires(targetsExpiry(options.now)),
        signers,
        role.metadata.signatures,
        { keys: role.keys.keys, verifier: verifySignature }
      )
    );
  }
  for (const role of kept)
    warnings.push(
      `${role} keeps its entry (no local key of it); docker clients do not trust it once ${RELEASES_ROLE} drops the tag, but notary list still shows it`
    );
  return {
    uploads,
    diff: diff.filter((d) => !kept.some((r) => d.startsWith(`- ${r} `))),
    warnings,
  };
}

/** The tags to revoke: named ones (each must be signed somewhere), or every released tag. */
function revokedTags(repo: TrustedRepository, change: RevokeChange): string[] {
  if (change.tags !== 'all') {
    for (const tag of change.tags) {
      if (repo.findTarget(tag).length === 0) {
        throw new NotSignedError(
          `${repo.gun}:${tag} is not signed in any role; nothing to revoke`
        );
      }
    }
    return [...change.tags];
  }
  const released = new Set(
    RELEASED_ROLES.flatMap((r) => repo.signedTags().get(r) ?? [])
  );
  if (released.size === 0)
    throw new NotSignedError(`${repo.gun} has no signed tags to remove`);
  return [...released].sort();
}

/** Roles to edit, shallow first, with the tags each loses. */
function rolesHolding(
  repo: TrustedRepository,
  tags: readonly string[],
  explicit: readonly string[] | undefined
): { role: TrustedTargetsRole; removed: string[] }[] {
  for (const name of explicit ?? []) {
    if (!repo.role(name)) {
      throw new UsageError(
        `--role ${name} is not a verified role of ${repo.gun} (roles: ${[...repo.roles.keys()].join(', ')})`
      );
    }
  }
  const names = explicit ?? [...repo.roles.keys()];
  const out: { role: TrustedTargetsRole; removed: string[] }[] = [];
  for (const name of names) {
    const role = repo.role(name)!;
    const removed = tags.filter((t) => role.metadata.signed.targets.has(t));
    if (removed.length > 0) out.push({ role, removed });
  }
  if (out.length === 0) {
    throw new NotSignedError(
      `${tags.join(', ')} is not signed in ${explicit?.join(', ') ?? 'any role'} of ${repo.gun}; nothing to revoke`
    );
  }
  // The server sorts uploads this way too; targets (depth 0) comes first.
  const depth = (r: string) => r.split('/').length;
  return out.sort((a, b) => depth(a.role.role) - depth(b.role.role));
}

/** Local signers of a role, enough for its threshold; none when the key ring holds none. */
async function roleSigners(
  role: TrustedTargetsRole,
  keyring: KeyRing
): Promise<PrivateKeySigner[]> {
  const signers: PrivateKeySigner[] = [];
  for (const key of role.keys.keys.values()) {
    const signer = await keyring.signerFor([canonicalKeyID(key)], role.role);
    if (!signer) continue;
    // A role that lists a certificate is signed under the certificate's ID.
    signers.push(
      key.keyType.endsWith('-x509') ? signerForCertificate(signer, key) : signer
    );
    if (signers.length >= role.keys.threshold) return signers;
  }
  if (signers.length > 0) {
    throw new MissingKeyError(
      `${role.role} needs ${role.keys.threshold} keys to sign; the trust dir holds ${signers.length}`
    );
  }
  return signers;
}

function describeRemoval(role: TrustedTargetsRole, tag: string): string {
  const meta = role.metadata.signed.targets.get(tag)!;
  return `- ${role.role}  ${tag}  sha256:${meta.sha256Hex ?? '?'}  ${meta.length} bytes`;
}

function shortIDs(role: TrustedTargetsRole): string[] {
  return [...role.keys.keys.values()].map((k) =>
    canonicalKeyID(k).slice(0, 12)
  );
}
