import { createSigner } from './create-signer.js';
import { encodePem } from './pem.js';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { p256PublicPoint } from './native-ec.js';
import { ed25519PrivateKey, ed25519PublicBytes } from './native-ed25519.js';
import { RawPrivateKey, type KeyAlgorithm } from './raw-key.js';
import type { PrivateKeySigner } from './signer.js';
import { encodeEd25519Spki, encodeP256Spki } from './spki.js';
import {
  gunHeaderFor,
  writePrivateKeyPem,
  type WriteKeyOptions,
} from './write.js';

/** Options for {@link generateKey}. */
export interface GenerateKeyOptions extends WriteKeyOptions {
  /** Encrypts the private PEM; empty or undefined writes it unencrypted. */
  passphrase: string | undefined;
}

/** A new key pair in the files docker/notary would write. */
export interface GeneratedKey {
  /** The private key as notary stores it (see writePrivateKeyPem). */
  privatePem: string;
  /** `PUBLIC KEY` PEM with a `role` header, like `docker trust key generate NAME` writes NAME.pub. */
  publicPem: string;
  /** Canonical key ID (the TUF ID of the public key). */
  keyID: string;
  signer: PrivateKeySigner;
}

/**
 * Makes a new ECDSA P-256 (docker's and notary's default) or Ed25519 key.
 * The ed25519 public PEM is RFC 8410 SPKI, which docker refuses as a signer
 * key ([N] tuf/utils/x509.go ParsePEMPublicKey); use ecdsa for signers.
 */
export function generateKey(
  // RSA keys are read and signed with, never made here: docker cannot make
  // them either, and P-256 is what notary and docker default to.
  algorithm: Exclude<KeyAlgorithm, 'rsa'>,
  options: GenerateKeyOptions
): GeneratedKey {
  let raw: RawPrivateKey;
  let spki: Uint8Array;
  if (algorithm === 'ecdsa') {
    const { privateKey } = generateKeyPairSync('ec', {
      namedCurve: 'prime256v1',
    });
    raw = new RawPrivateKey(
      'ecdsa',
      jwkScalar(privateKey.export({ format: 'jwk' }).d, 32),
      p256PublicPoint(privateKey)
    );
    spki = encodeP256Spki(raw.publicKey);
  } else {
    // Go's ed25519.GenerateKey: the private key is 32 random bytes (the seed).
    const seed = new Uint8Array(randomBytes(32));
    raw = new RawPrivateKey(
      'ed25519',
      seed,
      ed25519PublicBytes(ed25519PrivateKey(seed))
    );
    spki = encodeEd25519Spki(raw.publicKey);
  }
  const { role, gun } = options;
  const signer = createSigner(raw, { role, gun: gunHeaderFor(role, gun) });
  const privatePem = writePrivateKeyPem(signer, options.passphrase, {
    role,
    gun,
  });
  const headers = Object.create(null) as Record<string, string>;
  headers.role = role;
  const publicPem = encodePem({ type: 'PUBLIC KEY', headers, bytes: spki });
  return { privatePem, publicPem, keyID: signer.keyID, signer };
}

/** A JWK private scalar (base64url, leading zeros possibly dropped) as `size` bytes. */
function jwkScalar(d: string | undefined, size: number): Uint8Array {
  const bytes = Buffer.from(d ?? '', 'base64url');
  if (bytes.length === 0 || bytes.length > size)
    throw new Error('generated key: unexpected private scalar');
  const out = new Uint8Array(size);
  out.set(bytes, size - bytes.length);
  return out;
}
