import { Key } from '../tuf/index.js';
import { ed25519PrivateKey, ed25519Sign } from './native-ed25519.js';
import type { RawPrivateKey } from './raw-key.js';
import {
  makeSigner,
  type PrivateKeySigner,
  type SignerOptions,
} from './signer.js';

/** The `ed25519` public key notary files: base64 of the raw 32 bytes ([N] tuf/data/keys.go). */
export function ed25519PublicKey(raw: Uint8Array): Key {
  return new Key({
    keyType: 'ed25519',
    publicB64: Buffer.from(raw).toString('base64'),
  });
}

/** An Ed25519 signer: pure Ed25519 over the data (64 bytes), method `eddsa`. */
export function createEd25519Signer(
  raw: RawPrivateKey,
  options: SignerOptions
): PrivateKeySigner {
  const key = ed25519PrivateKey(raw.secret());
  const sign = (data: Uint8Array): Uint8Array => ed25519Sign(key, data);
  return makeSigner(
    raw,
    'eddsa',
    ed25519PublicKey(raw.publicKey),
    sign,
    options
  );
}
