/** Signing algorithms keys/ implements. */
export type KeyAlgorithm = 'ecdsa' | 'ed25519' | 'rsa';

const HIDDEN = '[private key material hidden]';

/**
 * Decoded private key material: a P-256 scalar or an Ed25519 seed (32 bytes
 * each), or an RSA key as PKCS#1 DER, and the matching public key
 * (uncompressed SEC1 point, raw 32 bytes, or DER SPKI for RSA).
 * Internal to keys/. It hides its bytes from JSON.stringify, util.inspect and
 * string conversion so that a stray log line cannot leak them (STYLE §5).
 */
export class RawPrivateKey {
  readonly #secret: Uint8Array;

  constructor(
    readonly algorithm: KeyAlgorithm,
    secret: Uint8Array,
    /** The public key: 65-byte uncompressed point (ecdsa), 32 bytes (ed25519), DER SPKI (rsa). */
    readonly publicKey: Uint8Array
  ) {
    this.#secret = Uint8Array.from(secret);
  }

  /** A copy of the secret bytes, for the signer closure and the key writer. */
  secret(): Uint8Array {
    return Uint8Array.from(this.#secret);
  }

  toJSON(): string {
    return HIDDEN;
  }

  toString(): string {
    return HIDDEN;
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `RawPrivateKey(${this.algorithm}) ${HIDDEN}`;
  }
}
