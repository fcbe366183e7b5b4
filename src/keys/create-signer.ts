import { createEcdsaSigner } from './ecdsa.js';
import { createEd25519Signer } from './ed25519.js';
import type { RawPrivateKey } from './raw-key.js';
import type { PrivateKeySigner, SignerOptions } from './signer.js';

/** Picks the one signer implementation for the key's algorithm (STYLE §5). */
export function createSigner(
  raw: RawPrivateKey,
  options: SignerOptions
): PrivateKeySigner {
  return raw.algorithm === 'ecdsa'
    ? createEcdsaSigner(raw, options)
    : createEd25519Signer(raw, options);
}
