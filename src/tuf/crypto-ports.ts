import type { Key } from './model/key.js';
import type { SignatureMethod } from './model/signature.js';

/**
 * Something that can sign canonical bytes for one key. Implemented in keys/;
 * tuf/ receives it, as tuf-js `Metadata.sign(signer)` does, and never imports keys/.
 */
export interface SigningKey {
  /** TUF key ID the signature is filed under (for x509 keys, the certificate's ID). */
  readonly keyID: string;
  readonly method: SignatureMethod;
  /** The public key as it appears in root/delegation `keys`. */
  readonly publicKey: Key;
  /** Signs the canonical bytes: ECDSA returns raw r‖s (64 bytes), Ed25519 64 bytes. */
  sign(data: Uint8Array): Promise<Uint8Array>;
}

/**
 * Checks one signature over canonical bytes with one public key. Implemented in
 * keys/ (`ecdsa`, `eddsa`, `rsapss`, incl. `*-x509` keys); returns false for an
 * invalid signature or an unsupported method, as notary skips those.
 */
export type SignatureVerifier = (
  key: Key,
  method: SignatureMethod,
  data: Uint8Array,
  signature: Uint8Array
) => boolean;
