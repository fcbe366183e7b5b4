import type { Key, SignatureMethod, SigningKey } from '../tuf/index.js';
import { KeyError } from './errors.js';
import type { KeyAlgorithm, RawPrivateKey } from './raw-key.js';

/**
 * A local private key that can sign: tuf's {@link SigningKey} plus the
 * algorithm and the `role`/`gun` PEM headers it was stored with.
 */
export interface PrivateKeySigner extends SigningKey {
  readonly algorithm: KeyAlgorithm;
  readonly role?: string;
  readonly gun?: string;
}

/** Where a signer came from: the PEM headers, if any. */
export interface SignerOptions {
  role?: string;
  gun?: string;
}

// Private material lives here, keyed by signer object, and never on the
// signer itself: enumerating, stringifying or inspecting a signer cannot reach it.
const secrets = new WeakMap<object, RawPrivateKey>();

/** Internal signer; built by ecdsa.ts / ed25519.ts through {@link makeSigner}. */
class LocalSigner implements PrivateKeySigner {
  readonly #sign: (data: Uint8Array) => Uint8Array;

  constructor(
    readonly algorithm: KeyAlgorithm,
    readonly method: SignatureMethod,
    readonly publicKey: Key,
    sign: (data: Uint8Array) => Uint8Array,
    readonly role?: string,
    readonly gun?: string
  ) {
    this.#sign = sign;
  }

  get keyID(): string {
    return this.publicKey.keyID;
  }

  sign(data: Uint8Array): Promise<Uint8Array> {
    return new Promise((resolve) => resolve(this.#sign(data)));
  }

  /** Public facts only. */
  toJSON(): Record<string, string | undefined> {
    return {
      keyID: this.keyID,
      algorithm: this.algorithm,
      role: this.role,
      gun: this.gun,
    };
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `PrivateKeySigner(${this.algorithm} ${this.keyID.slice(0, 12)} role=${this.role ?? '-'})`;
  }
}

/**
 * Builds a signer around a sign function and remembers its raw key for the
 * key writer. `publicKey` may be a certificate key whose SPKI is this key's.
 */
export function makeSigner(
  raw: RawPrivateKey,
  method: SignatureMethod,
  publicKey: Key,
  sign: (data: Uint8Array) => Uint8Array,
  options: SignerOptions
): PrivateKeySigner {
  const signer = new LocalSigner(
    raw.algorithm,
    method,
    publicKey,
    sign,
    options.role,
    options.gun
  );
  secrets.set(signer, raw);
  return signer;
}

/** The raw key behind a signer made by keys/; refuses foreign signers. */
export function rawKeyOf(signer: SigningKey): RawPrivateKey {
  const raw = secrets.get(signer);
  if (!raw)
    throw new KeyError(
      `key ${signer.keyID.slice(0, 12)} was not loaded by keys/`
    );
  return raw;
}
