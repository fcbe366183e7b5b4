import { createEcdsaSigner } from './ecdsa.js';
import { createEd25519Signer } from './ed25519.js';
import type { RawPrivateKey } from './raw-key.js';
import { createRsaSigner } from './rsa.js';
import type { PrivateKeySigner, SignerOptions } from './signer.js';

/** Picks the one signer implementation for the key's algorithm (STYLE §5). */
export function createSigner(
  raw: RawPrivateKey,
  options: SignerOptions
): PrivateKeySigner {
  switch (raw.algorithm) {
    case 'ecdsa':
      return createEcdsaSigner(raw, options);
    case 'rsa':
      return createRsaSigner(raw, options);
    default:
      return createEd25519Signer(raw, options);
  }
}
