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

/** A role we will sign into, and the signer filed under the key ID that role lists. */
export interface SignableRole {
  role: string;
  /** The signer; for a delegation that lists an X.509 certificate, filed under its ID. */
  signer: SigningKey;
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
 * The roles a delegation key signs into. Default: every direct child of
 * `targets` that lists the key and whose paths allow every tag, as
 * `docker trust sign` picks them ([C] cli/trust/trust.go GetSignableRoles):
 * in practice `targets/releases` and `targets/<signer>`. With `override`,
 * exactly those roles (any depth), each of which must list the key.
 */
export function selectSignableRoles(
  repo: TrustedRepository,
  signer: PrivateKeySigner,
  tags: readonly string[],
  override?: readonly string[]
): SignableRole[] {
  const names =
    override ?? repo.targets.metadata.signed.delegationRoles.map((r) => r.name);
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
    const key = listedKey(
      signer,
      delegation,
      parent.metadata.signed.delegationKeys
    );
    if (!key) {
      if (override) {
        throw new KeyNotDelegatedError(
          `${name} in ${repo.gun} does not list key ${signer.keyID.slice(0, 12)}; ask a key holder to run \`dct-sign signer add\` for this key`
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
    const roleSigner = key.keyType.endsWith('-x509')
      ? signerForCertificate(signer, key)
      : signer;
    out.push({ role: name, signer: roleSigner, delegation, paths });
  }
  if (out.length === 0) {
    throw new KeyNotDelegatedError(
      `key ${signer.keyID.slice(0, 12)} is not a signer of ${repo.gun} (delegations: ${listDelegations(repo)}); ask a key holder to run \`dct-sign signer add <name> ${repo.gun} --key <public key>\``
    );
  }
  return out;
}

function listDelegations(repo: TrustedRepository): string {
  const roles = repo.targets.metadata.signed.delegationRoles;
  return roles.length === 0 ? 'none' : roles.map((r) => r.name).join(', ');
}
