import { Key } from '../tuf/index.js';
import { rsaKeyFromPkcs1, rsaPssSign } from './native-rsa.js';
import type { RawPrivateKey } from './raw-key.js';
import {
  makeSigner,
  type PrivateKeySigner,
  type SignerOptions,
} from './signer.js';

/** The `rsa` public key notary files for an RSA key: base64 DER SPKI ([N] tuf/utils/x509.go RSAToPrivateKey). */
export function rsaPublicKey(spki: Uint8Array): Key {
  return new Key({
    keyType: 'rsa',
    publicB64: Buffer.from(spki).toString('base64'),
  });
}

/**
 * An RSA signer with notary's method `rsapss` (PSS, SHA-256, salt 32; see
 * native-rsa.ts). `publicKey` defaults to the bare `rsa` key; an `rsa-x509`
 * certificate key holding the same SPKI files signatures under its own ID.
 */
export function createRsaSigner(
  raw: RawPrivateKey,
  options: SignerOptions,
  publicKey: Key = rsaPublicKey(raw.publicKey)
): PrivateKeySigner {
  const { privateKey } = rsaKeyFromPkcs1(raw.secret());
  const sign = (data: Uint8Array): Uint8Array => rsaPssSign(privateKey, data);
  return makeSigner(raw, 'rsapss', publicKey, sign, options);
}
