import { UsageError } from '../../errors.js';
import { canonicalKeyID, verifySignature } from '../../keys/index.js';
import {
  base64ToBytes,
  DelegatedRole,
  type Key,
  type SignedMetadata,
  type Targets,
} from '../../tuf/index.js';
import { RELEASES_ROLE } from './types.js';

/** docker's signer name rule ([C] cli/command/trust/signer_add.go validSignerName). */
const SIGNER_NAME = /^[a-z0-9][a-z0-9_-]*$/;

/** Throws a UsageError unless `name` is a name docker accepts for a signer. */
export function checkSignerName(name: string): void {
  if (name === 'releases') {
    throw new UsageError(
      'signer name "releases" is reserved (targets/releases holds the released tags); pick another name'
    );
  }
  if (!SIGNER_NAME.test(name) || name.length > 200) {
    throw new UsageError(
      `signer name "${name}" is invalid: use lower-case letters, digits, "_" and "-", starting with a letter or digit`
    );
  }
}

/** `targets/<name>`. */
export function signerRole(name: string): string {
  return `targets/${name}`;
}

/**
 * Adds `keys` to `targets/releases` and `targets/<name>` as `docker trust
 * signer add` stages it ([C] cli/command/trust/sign.go addStagedSigner): a new
 * role gets threshold 1 and paths [""]; an existing one keeps its threshold,
 * merges the keys and gains the "" path if it lacked it.
 */
export function addSignerKeys(
  targets: Targets,
  name: string,
  keys: readonly Key[]
): Targets {
  let out = targets;
  for (const role of [RELEASES_ROLE, signerRole(name)]) {
    const existing = out.delegation(role);
    if (!existing) {
      const fresh = new DelegatedRole({
        name: role,
        keyIDs: keys.map((k) => k.keyID),
        threshold: 1,
        paths: [''],
      });
      out = out.withDelegation(fresh, keys);
      continue;
    }
    out = out.withDelegationKeys(role, keys);
    if (!existing.paths.includes('')) {
      const merged = out.delegation(role)!;
      out = out.withDelegation(merged.with({ paths: [...merged.paths, ''] }));
    }
  }
  return out;
}

/** The key IDs of `targets/<name>`, or a UsageError naming the signers that exist. */
export function signerKeyIDs(
  targets: Targets,
  name: string,
  gun: string
): string[] {
  const role = targets.delegation(signerRole(name));
  if (!role) {
    const known = signerNames(targets);
    throw new UsageError(
      `no signer ${name} for repository ${gun} (signers: ${known.length > 0 ? known.join(', ') : 'none'})`
    );
  }
  return [...role.keyIDs];
}

/** Signer names: the direct delegations of targets other than releases. */
export function signerNames(targets: Targets): string[] {
  return targets.delegationRoles
    .map((r) => r.name.slice('targets/'.length))
    .filter((n) => n !== 'releases');
}

/**
 * Of `keyIDs`, those no other signer role (than `targets/<name>` and
 * releases) lists: those leave targets/releases with the signer. A key
 * shared with another signer stays, or removing one signer would revoke another.
 */
export function keysOnlyOf(
  targets: Targets,
  name: string,
  keyIDs: readonly string[]
): string[] {
  const others = targets.delegationRoles.filter(
    (r) => r.name !== RELEASES_ROLE && r.name !== signerRole(name)
  );
  return keyIDs.filter((id) => !others.some((r) => r.keyIDs.includes(id)));
}

/**
 * Removes the signer: `targets/<name>` out of targets.json and its own keys
 * out of `targets/releases` (the role stays, possibly with no keys, as
 * docker's `signer remove` leaves it; [C] signer_remove.go).
 */
export function removeSignerKeys(
  targets: Targets,
  name: string,
  gun: string
): Targets {
  const ids = keysOnlyOf(targets, name, signerKeyIDs(targets, name, gun));
  let out = targets.withoutDelegation(signerRole(name));
  if (out.delegation(RELEASES_ROLE))
    out = out.withoutDelegationKeys(RELEASES_ROLE, ids);
  return out;
}

/**
 * Replaces the signer's keys with `keys` in `targets/<name>` and in
 * `targets/releases` (old keys another signer shares are kept there).
 */
export function rotateSignerKeys(
  targets: Targets,
  name: string,
  keys: readonly Key[],
  gun: string
): Targets {
  const role = signerRole(name);
  const old = signerKeyIDs(targets, name, gun);
  const leaving = keysOnlyOf(targets, name, old).filter(
    (id) => !keys.some((k) => k.keyID === id)
  );
  const current = targets.delegation(role)!;
  let out = targets.withDelegation(
    current.with({ keyIDs: keys.map((k) => k.keyID) }),
    keys
  );
  if (out.delegation(RELEASES_ROLE)) {
    out = out.withDelegationKeys(RELEASES_ROLE, keys);
    out = out.withoutDelegationKeys(RELEASES_ROLE, leaving);
  }
  return out;
}

/**
 * How many distinct keys of `role` (as `targets` now defines it) have a
 * valid signature on the published file: what a reader would count
 * ([N] tuf/signed/verify.go VerifySignatures).
 */
export function validSignatureCount(
  file: SignedMetadata<Targets>,
  targets: Targets,
  role: string
): number {
  const def = targets.delegation(role);
  if (!def) return 0;
  const valid = new Set<string>();
  for (const sig of file.signatures) {
    const key = targets.delegationKeys.get(sig.keyID);
    const bytes = base64ToBytes(sig.sigB64);
    if (!key || !bytes || !def.keyIDs.includes(sig.keyID)) continue;
    if (verifySignature(key, sig.method, file.signedBytes, bytes))
      valid.add(sig.keyID);
  }
  return valid.size;
}

/** Short canonical IDs of keys, for messages and diffs. */
export function shortIDs(keys: Iterable<Key>): string[] {
  return [...keys].map((k) => canonicalKeyID(k).slice(0, 12));
}
