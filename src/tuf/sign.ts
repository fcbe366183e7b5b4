import { canonicalize } from './canonical.js';
import { bytesToBase64, base64ToBytes } from './encoding.js';
import type { SignatureVerifier, SigningKey } from './crypto-ports.js';
import { encodeCanonicalEnvelope } from './go-json.js';
import type { Key } from './model/key.js';
import { SignedMetadata } from './model/metadata.js';
import type { RoleMetadata } from './model/metadata.js';
import { Signature } from './model/signature.js';
import { Targets } from './model/targets.js';

const UTF8 = new TextEncoder();

/**
 * With both fields, a kept signature survives only if its key is in `keys` and
 * it verifies over the new bytes ([N] tuf/signed/sign.go keeps old signatures
 * "only if still valid and their key is still in the role").
 */
export interface SignOptions {
  /** The role's keys (key ID → key). */
  keys?: ReadonlyMap<string, Key>;
  verifier?: SignatureVerifier;
}

/**
 * Signs `model` with each signer and wraps it in notary's envelope. The
 * signature input is CANON(model.toJSON()); the bytes are encodeEnvelope's Go
 * form, so they equal the server's re-serialization (notary-protocol.md §4.3).
 * Signatures in `keep` from keys that did not sign now follow the new ones.
 */
export async function signMetadata<T extends RoleMetadata>(
  model: T,
  signers: readonly SigningKey[],
  keep: readonly Signature[] = [],
  options: SignOptions = {}
): Promise<SignedMetadata<T>> {
  // Targets roles write their (possibly 10,000) entries straight to text.
  const canonical =
    model instanceof Targets ? model.canonical() : canonicalize(model.toJSON());
  const data = UTF8.encode(canonical);
  const fresh: Signature[] = [];
  for (const signer of signers) {
    // One signature per key, as notary signs once per private key.
    if (fresh.some((s) => s.keyID === signer.keyID)) continue;
    const sig = await signer.sign(data);
    fresh.push(new Signature(signer.keyID, signer.method, bytesToBase64(sig)));
  }
  const replaced = new Set(fresh.map((s) => s.keyID));
  const kept = keep.filter(
    (s) => !replaced.has(s.keyID) && stillValid(s, data, options)
  );
  const signatures = [...fresh, ...kept];
  return SignedMetadata.ofOwnBytes({
    signed: model,
    signatures,
    bytes: encodeCanonicalEnvelope(canonical, signatures),
    signedBytes: data,
  });
}

function stillValid(
  sig: Signature,
  data: Uint8Array,
  options: SignOptions
): boolean {
  const { keys, verifier } = options;
  if (!keys || !verifier) return true;
  const key = keys.get(sig.keyID);
  const bytes = base64ToBytes(sig.sigB64);
  return (
    key !== undefined &&
    bytes !== undefined &&
    verifier(key, sig.method, data, bytes)
  );
}
