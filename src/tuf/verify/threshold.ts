import type { SignatureVerifier } from '../crypto-ports.js';
import { base64ToBytes } from '../encoding.js';
import {
  InvalidKeyIDError,
  NoSignaturesError,
  ThresholdError,
} from '../errors.js';
import type { RoleKeys } from '../model/role-keys.js';
import type { Signature } from '../model/signature.js';

/**
 * Checks that at least `threshold` distinct keys of the role signed
 * `signedBytes` (CANON of the parsed `signed` object), following
 * [N] tuf/signed/verify.go VerifySignatures (notary-protocol.md §5.4).
 * Returns the key IDs whose signatures verified.
 */
export function verifyThreshold(
  signedBytes: Uint8Array,
  signatures: readonly Signature[],
  roleKeys: RoleKeys,
  verifier: SignatureVerifier
): ReadonlySet<string> {
  const { role, keys, threshold } = roleKeys;
  // Zero signatures is its own error, not an under-threshold one.
  if (signatures.length === 0)
    throw new NoSignaturesError(`${role} has no signatures`);
  if (threshold < 1)
    throw new ThresholdError(`${role} has an invalid threshold ${threshold}`);
  const valid = new Set<string>();
  const counted = new Set<string>();
  for (const sig of signatures) {
    const key = keys.get(sig.keyID);
    // A key ID outside the role is skipped.
    if (!key) continue;
    // The key filed under this ID must hash to it (ErrInvalidKeyID), or one
    // key could be counted under several IDs.
    if (key.keyID !== sig.keyID) {
      throw new InvalidKeyIDError(
        `${role}: key ${sig.keyID.slice(0, 12)} does not hash to its key ID`
      );
    }
    // Duplicates count once: valid signatures are tallied per distinct key,
    // by ID and by identity (one key listed twice, e.g. two PEM spellings of
    // one certificate, still counts once).
    if (valid.has(sig.keyID) || counted.has(key.identity)) continue;
    const sigBytes = base64ToBytes(sig.sigB64);
    // An invalid signature or an unsupported method is skipped, not fatal.
    if (sigBytes && verifier(key, sig.method, signedBytes, sigBytes)) {
      valid.add(sig.keyID);
      counted.add(key.identity);
    }
  }
  if (valid.size < threshold) {
    throw new ThresholdError(
      `${role} signed by ${valid.size}/${threshold} keys`
    );
  }
  return valid;
}
