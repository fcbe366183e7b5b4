import {
  canonicalKeyID,
  signerForCertificate,
  type PrivateKeySigner,
} from '../keys/index.js';
import {
  TARGETS_ROLE,
  isPathAllowed,
  parentRole,
  restrictPaths,
  type DelegatedRole,
  type Key,
  type SigningKey,
  type TrustedRepository,
} from '../tuf/index.js';
import { UsageError } from '../errors.js';
import { KeyNotDelegatedError } from './errors.js';

/** A role we will sign into, and the signers filed under the key IDs that role lists. */
export interface SignableRole {
  role: string;
  /**
   * Every given key the role lists, enough for its threshold; a key the role
   * lists as an X.509 certificate signs under the certificate's ID.
   */
  signers: SigningKey[];
  delegation: DelegatedRole;
  /** Effective paths (cut down by the parent's). */
  paths: readonly string[];
}

/** The key ID the role lists for this signer's key (TUF or certificate ID), if any. */
function listedKey(
  signer: PrivateKeySigner,
  delegation: DelegatedRole,
  keys: ReadonlyMap<string, Key>
): Key | undefined {
  for (const id of delegation.keyIDs) {
    const key = keys.get(id);
    if (key && (id === signer.keyID || canonicalKeyID(key) === signer.keyID))
      return key;
  }
  return undefined;
}

/**
 * The roles delegation keys sign into. Default: every direct child of
 * `targets` that lists one of the keys and whose paths allow every tag, as
 * `docker trust sign` picks them ([C] cli/trust/trust.go GetSignableRoles):
 * in practice `targets/releases` and `targets/<signer>`. With `override`,
 * exactly those roles (any depth), each of which must list a key. Each role
 * is signed by every given key it lists, and those must reach its threshold:
 * notary refuses to sign with fewer ([N] tuf/signed/sign.go
 * ErrInsufficientSignatures) and the server would reject the upload.
 */
export function selectSignableRoles(
  repo: TrustedRepository,
  signer: PrivateKeySigner,
  tags: readonly string[],
  override?: readonly string[],
  others: readonly PrivateKeySigner[] = []
): SignableRole[] {
  const names =
    override ?? repo.targets.metadata.signed.delegationRoles.map((r) => r.name);
  const all = [signer, ...others];
  const out: SignableRole[] = [];
  for (const name of names) {
    const parentName = parentRole(name);
    const parent = parentName ? repo.role(parentName) : undefined;
    const delegation = parent?.metadata.signed.delegation(name);
    if (!parent || !delegation) {
      if (override) {
        throw new UsageError(
          `roles: ${name} is not a delegation of ${parentName ?? TARGETS_ROLE} in ${repo.gun}; delegations: ${listDelegations(repo)}`
        );
      }
      continue;
    }
    const signers = roleSigners(
      all,
      delegation,
      parent.metadata.signed.delegationKeys
    );
    if (signers.length === 0) {
      if (override) {
        throw new KeyNotDelegatedError(
          `${name} in ${repo.gun} does not list key ${shortIDs(all)}; ask a key holder to run \`dct-sign signer add\` for this key`
        );
      }
      continue;
    }
    const paths = restrictPaths(parent.paths, delegation.paths);
    const outside = tags.filter((t) => !isPathAllowed(t, paths));
    if (outside.length > 0) {
      if (override) {
        throw new KeyNotDelegatedError(
          `tag ${outside.join(', ')} is outside the paths of ${name} (${paths.map((p) => JSON.stringify(p)).join(', ')})`
        );
      }
      continue;
    }
    if (signers.length < delegation.threshold) {
      throw new KeyNotDelegatedError(
        `${name} in ${repo.gun} needs ${delegation.threshold} signatures (threshold) but the given keys provide ${signers.length}: give every key it needs (several private keys in delegation-key, one after the other)`
      );
    }
    out.push({ role: name, signers, delegation, paths });
  }
  if (out.length === 0) {
    throw new KeyNotDelegatedError(
      `key ${shortIDs(all)} is not a signer of ${repo.gun} (delegations: ${listDelegations(repo)}); ask a key holder to run \`dct-sign signer add <name> ${repo.gun} --key <public key>\``
    );
  }
  return out;
}

/** The given keys a role lists, each filed under the ID the role lists it by. */
function roleSigners(
  keys: readonly PrivateKeySigner[],
  delegation: DelegatedRole,
  roleKeys: ReadonlyMap<string, Key>
): SigningKey[] {
  const out: SigningKey[] = [];
  for (const signer of keys) {
    const key = listedKey(signer, delegation, roleKeys);
    if (!key || out.some((s) => s.keyID === key.keyID)) continue;
    out.push(
      key.keyType.endsWith('-x509') ? signerForCertificate(signer, key) : signer
    );
  }
  return out;
}

function shortIDs(keys: readonly PrivateKeySigner[]): string {
  return keys.map((k) => k.keyID.slice(0, 12)).join(', ');
}

function listDelegations(repo: TrustedRepository): string {
  const roles = repo.targets.metadata.signed.delegationRoles;
  return roles.length === 0 ? 'none' : roles.map((r) => r.name).join(', ');
}
