import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';

// What native-ec.ts (P-256), native-ed25519.ts and native-rsa.ts share:
// moving raw key bytes in and out of node:crypto's KeyObjects through DER.

/** A private KeyObject from DER (`sec1` for EC, `pkcs8` for Ed25519, `pkcs1` for RSA). */
export function privateKeyFromDer(
  der: Uint8Array,
  type: 'sec1' | 'pkcs8' | 'pkcs1'
): KeyObject {
  return createPrivateKey({ key: Buffer.from(der), format: 'der', type });
}

/**
 * A public KeyObject from DER SubjectPublicKeyInfo. Remembered by its exact
 * bytes: a run checks the same few keys (root, targets, the server's, the
 * signer's) again and again, before and after its upload, and OpenSSL's
 * decoding was a visible cost of each check. KeyObjects are immutable.
 */
export function publicKeyFromSpki(spki: Uint8Array): KeyObject {
  const id = Buffer.from(spki.buffer, spki.byteOffset, spki.length).toString(
    'base64'
  );
  let key = PUBLIC_KEYS.get(id);
  if (!key) {
    key = createPublicKey({
      key: Buffer.from(spki),
      format: 'der',
      type: 'spki',
    });
    // A bound, so a stream of hostile keys cannot grow it without end.
    if (PUBLIC_KEYS.size >= 256) PUBLIC_KEYS.clear();
    PUBLIC_KEYS.set(id, key);
  }
  return key;
}

const PUBLIC_KEYS = new Map<string, KeyObject>();

/**
 * The raw public key of a private key: the last `length` bytes of its SPKI,
 * which end with the key inside the BIT STRING (65 for a P-256 point, 32 for
 * Ed25519).
 */
export function rawPublicKey(
  privateKey: KeyObject,
  length: number
): Uint8Array {
  const spki = createPublicKey(privateKey).export({
    format: 'der',
    type: 'spki',
  });
  return new Uint8Array(spki.subarray(spki.length - length));
}
