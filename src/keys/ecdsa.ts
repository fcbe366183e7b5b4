import { Key } from '../tuf/index.js';
import { p256PrivateKey, p256Sign } from './native-ec.js';
import type { RawPrivateKey } from './raw-key.js';
import {
  makeSigner,
  type PrivateKeySigner,
  type SignerOptions,
} from './signer.js';
import { encodeP256Spki } from './spki.js';

/** The `ecdsa` public key notary files for a P-256 point: base64 DER SPKI ([N] tuf/data/keys.go). */
export function ecdsaPublicKey(point: Uint8Array): Key {
  return new Key({
    keyType: 'ecdsa',
    publicB64: Buffer.from(encodeP256Spki(point)).toString('base64'),
  });
}

/**
 * An ECDSA P-256 signer: SHA-256 of the data, raw r‖s of exactly 64 bytes
 * with leading zeros kept, method `ecdsa` ([N] tuf/signed/verifiers.go,
 * trustmanager/keys.go signing path). `publicKey` defaults to the bare key.
 */
export function createEcdsaSigner(
  raw: RawPrivateKey,
  options: SignerOptions,
  publicKey: Key = ecdsaPublicKey(raw.publicKey)
): PrivateKeySigner {
  // OpenSSL signs (native-ec.ts): fixed-width r‖s (32+32), never DER.
  const privateKey = p256PrivateKey(raw.secret());
  const sign = (data: Uint8Array): Uint8Array => p256Sign(privateKey, data);
  return makeSigner(raw, 'ecdsa', publicKey, sign, options);
}
