import { UsageError } from '../../errors.js';
import {
  canonicalKeyID,
  signerForCertificate,
  verifySignature,
  type PrivateKeySigner,
} from '../../keys/index.js';
import {
  signMetadata,
  TARGETS_ROLE,
  type Key,
  type SignedMetadata,
  type Targets,
  type TrustedRepository,
} from '../../tuf/index.js';
import { SignerRemovalError, MissingKeyError } from './errors.js';
import { describeSigned, diffDelegations } from './diff.js';
import { targetsExpiry } from './expiry.js';
import {
  addSignerKeys,
  removeSignerKeys,
  rotateSignerKeys,
  signerRole,
  validSignatureCount,
} from './signer-edit.js';
import { applyRevoke } from './revoke.js';
import {
  RELEASES_ROLE,
  type ChangeResult,
  type RevokeChange,
  type KeyRing,
  type SignerChange,
} from './types.js';

/** The signed files one change produces, ready for one atomic upload. */
export interface AppliedChange {
  /** targets first, then re-signed delegations (shallow first, as the server sorts them). */
  uploads: SignedMetadata<Targets>[];
  diff: string[];
  warnings: string[];
}

/** Options of {@link applySignerChange}. */
export interface ApplyOptions {
  keyring: KeyRing;
  now: Date;
  /** Plan only: compute the diff and checks, sign nothing, ask for no key. */
  dryRun?: boolean;
}

/** What an applied change will publish, before it is uploaded (online or staged in a bundle). */
export function changeResult(
  gun: string,
  applied: AppliedChange
): ChangeResult {
  return {
    gun,
    initialised: false,
    roles: applied.uploads.map((u) => ({
      role: u.role,
      version: u.signed.version,
    })),
    diff: applied.diff,
    warnings: applied.warnings,
    published: false,
  };
}

/**
 * Applies one signer change to a verified repository and signs the result:
 * targets.json with the repository (targets) key, and for a rotation with a
 * new private key, the signer's published roles with the new key. Refuses
 * (SignerRemovalError) to leave `targets/releases` below its threshold unless
 * `force`. Pure apart from the key ring.
 */
export async function applySignerChange(
  repo: TrustedRepository,
  change: SignerChange,
  options: ApplyOptions
): Promise<AppliedChange> {
  if (change.kind === 'revoke') return applyRevoke(repo, change, options);
  const before = repo.targets.metadata.signed;
  const after = editTargets(before, change, repo.gun);
  const warnings = checkReleases(repo, after, change);
  const diff = diffDelegations(before, after);
  if (diff.length === 0)
    diff.push('(no change to targets.json: the keys are already there)');
  const resign =
    change.kind === 'rotate' && change.newSigner
      ? resignedRoles(repo, after, change.name)
      : [];
  for (const r of resign) {
    diff.push(`^ ${r}  re-signed with the new key (its tags keep verifying)`);
  }
  diff.push(...describeSigned(after, before.version + 1));
  if (options.dryRun) return { uploads: [], diff, warnings };

  const signers = await targetsSigners(repo, options.keyring);
  const uploads: SignedMetadata<Targets>[] = [
    await signMetadata(
      after
        .withVersion(before.version + 1)
        .withExpires(targetsExpiry(options.now)),
      signers,
      repo.targets.metadata.signatures,
      {
        keys: repo.root.signed.roleKeys(TARGETS_ROLE).keys,
        verifier: verifySignature,
      }
    ),
  ];
  for (const role of resign) {
    const file = repo.role(role)!.metadata;
    const keys = after.roleKeys(role).keys;
    uploads.push(
      await signMetadata(
        file.signed
          .withVersion(file.signed.version + 1)
          .withExpires(targetsExpiry(options.now)),
        [(change as { newSigner: PrivateKeySigner }).newSigner],
        file.signatures,
        { keys, verifier: verifySignature }
      )
    );
  }
  return { uploads, diff, warnings };
}

function editTargets(
  targets: Targets,
  change: Exclude<SignerChange, RevokeChange>,
  gun: string
): Targets {
  switch (change.kind) {
    case 'add':
      return addSignerKeys(targets, change.name, change.keys);
    case 'remove':
      return removeSignerKeys(targets, change.name, gun);
    case 'rotate':
      checkNewSigner(change.keys, change.newSigner);
      return rotateSignerKeys(targets, change.name, change.keys, gun);
  }
}

/** The new private key must be one of the new public keys (compared by canonical ID). */
function checkNewSigner(
  keys: readonly Key[],
  signer: PrivateKeySigner | undefined
): void {
  if (!signer) return;
  if (!keys.some((k) => canonicalKeyID(k) === signer.keyID)) {
    throw new UsageError(
      `--new-private holds key ${signer.keyID.slice(0, 12)}, which is not one of the --key public keys (${keys.map((k) => canonicalKeyID(k).slice(0, 12)).join(', ')})`
    );
  }
}

/** The signer's roles that are published and verified: those a rotation re-signs. */
function resignedRoles(
  repo: TrustedRepository,
  after: Targets,
  name: string
): string[] {
  return [RELEASES_ROLE, signerRole(name)].filter(
    (r) => repo.role(r) && after.delegation(r)
  );
}

/**
 * After the change, would `targets/releases` still verify? Counted over the
 * signatures on the published file from keys that stay. When a rotation
 * re-signs it, the new version carries only the new key's signature: the
 * others signed the old bytes and no longer verify. Below threshold, docker
 * clients skip the role (a warning) and fall back to tags in `targets`
 * (notary-protocol.md §9.12).
 */
function checkReleases(
  repo: TrustedRepository,
  after: Targets,
  change: Exclude<SignerChange, RevokeChange>
): string[] {
  const file = repo.role(RELEASES_ROLE)?.metadata;
  const def = after.delegation(RELEASES_ROLE);
  if (!file || !def || change.kind === 'add') return [];
  const resigned = change.kind === 'rotate' && change.newSigner !== undefined;
  const valid = resigned ? 1 : validSignatureCount(file, after, RELEASES_ROLE);
  if (valid >= def.threshold) return [];
  const tags = file.signed.targets.size;
  const fallback = [...repo.targets.metadata.signed.targets.keys()];
  const message =
    `${RELEASES_ROLE} of ${repo.gun} would be signed by ${valid}/${def.threshold} of its remaining keys: ` +
    `its ${tags} tag(s) would stop verifying and docker clients would fall back to the tags in targets ` +
    `(${fallback.length > 0 ? fallback.join(', ') : 'none'})`;
  if (!change.force) {
    const hint = resigned
      ? "re-signing gives a new version that the other signers' signatures do not cover; have them sign again after the rotation, or pass --force to accept"
      : change.kind === 'rotate'
        ? 'pass --new-private NEW.key to re-sign it with the new key, or --force to accept'
        : 'have another signer sign a tag first (dct-sign or docker trust sign), or pass --force to accept';
    throw new SignerRemovalError(`refusing: ${message}; ${hint}`);
  }
  return [`${message} (--force)`];
}

/**
 * Signers for targets.json: the local keys of root's targets role (found by
 * canonical ID, as notary looks keys up), enough for its threshold.
 */
async function targetsSigners(
  repo: TrustedRepository,
  keyring: KeyRing
): Promise<PrivateKeySigner[]> {
  const role = repo.root.signed.roleKeys(TARGETS_ROLE);
  const signers: PrivateKeySigner[] = [];
  for (const key of role.keys.values()) {
    const signer = await keyring.signerFor([canonicalKeyID(key)], TARGETS_ROLE);
    if (!signer) continue;
    signers.push(
      key.keyType.endsWith('-x509') ? signerForCertificate(signer, key) : signer
    );
    if (signers.length >= role.threshold) return signers;
  }
  const wanted = [...role.keys.values()]
    .map((k) => canonicalKeyID(k).slice(0, 12))
    .join(', ');
  throw new MissingKeyError(
    `the repository (targets) key of ${repo.gun} is not in the trust dir (wanted ${wanted}, threshold ${role.threshold}); ` +
      'run this where the key holder keeps it (docker: ~/.docker/trust, or pass --trust-dir), or import it with dct-sign key import'
  );
}
