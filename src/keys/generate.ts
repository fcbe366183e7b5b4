import { createSigner } from './create-signer.js';
import { encodePem } from './pem.js';
import { p256PrivateKey, p256PublicPoint } from './native-ec.js';
import { ed, p256 } from './noble.js';
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
  algorithm: KeyAlgorithm,
  options: GenerateKeyOptions
): GeneratedKey {
  let raw: RawPrivateKey;
  let spki: Uint8Array;
  if (algorithm === 'ecdsa') {
    const secret = p256.utils.randomSecretKey();
    raw = new RawPrivateKey(
      'ecdsa',
      secret,
      p256PublicPoint(p256PrivateKey(secret))
    );
    spki = encodeP256Spki(raw.publicKey);
  } else {
    const seed = ed.utils.randomSecretKey();
    raw = new RawPrivateKey('ed25519', seed, ed.getPublicKey(seed));
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
