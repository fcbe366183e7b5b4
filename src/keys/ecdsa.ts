import { Key } from '../tuf/index.js';
import { ECDSA_SIGN, p256 } from './noble.js';
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
  const secret = raw.secret();
  // noble's compact format is fixed-width r‖s (32+32), never DER.
  const sign = (data: Uint8Array): Uint8Array =>
    p256.sign(data, secret, ECDSA_SIGN);
  return makeSigner(raw, 'ecdsa', publicKey, sign, options);
}
