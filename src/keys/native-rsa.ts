import {
  constants,
  createPublicKey,
  sign as nodeSign,
  verify as nodeVerify,
  type KeyObject,
} from 'node:crypto';
import { KeyFormatError, UnsupportedKeyError } from './errors.js';
import { privateKeyFromDer } from './native-keys.js';

// RSA through node:crypto (OpenSSL), as native-ec.ts does for P-256. notary
// signs RSA with RSASSA-PSS over SHA-256, MGF1-SHA-256 and a salt as long as
// the hash (32 bytes): [N] tuf/data/keys.go RSAPrivateKey.Sign passes
// PSSSaltLengthEqualsHash, and tuf/signed/verifiers.go verifyPSS accepts
// exactly SaltLength sha256.Size. OpenSSL's PSS uses MGF1 with the message
// digest unless told otherwise, which is what Go does.

/** notary refuses RSA keys below this size ([N] const.go MinRSABitSize, verifiers.go). */
export const MIN_RSA_BITS = 2048;

/** The PSS parameters notary signs and verifies with. */
export const NOTARY_PSS = {
  padding: constants.RSA_PKCS1_PSS_PADDING,
  saltLength: 32,
} as const;

/** A decoded RSA private key: its KeyObject, canonical PKCS#1 DER, SPKI and size. */
export interface RsaKeyParts {
  readonly privateKey: KeyObject;
  /** PKCS#1 RSAPrivateKey as OpenSSL re-encodes it (Go's MarshalPKCS1PrivateKey writes the same DER). */
  readonly pkcs1: Uint8Array;
  /** DER SubjectPublicKeyInfo, as Go's MarshalPKIXPublicKey writes it (rsaEncryption, NULL). */
  readonly spki: Uint8Array;
  readonly bits: number;
}

const PROBE = new TextEncoder().encode('dct-sign rsa key check');

/**
 * Decodes PKCS#1 DER. Keys under {@link MIN_RSA_BITS} throw
 * UnsupportedKeyError; anything OpenSSL cannot read, or a key whose parts do
 * not belong together (Go's rsa.PrivateKey.Validate refuses those), throws
 * {@link KeyFormatError}, which after decryption means a wrong passphrase.
 */
export function rsaKeyFromPkcs1(der: Uint8Array): RsaKeyParts {
  let privateKey: KeyObject;
  try {
    privateKey = privateKeyFromDer(der, 'pkcs1');
  } catch {
    throw new KeyFormatError('RSA private key: not a valid PKCS#1 structure');
  }
  const bits = privateKey.asymmetricKeyDetails?.modulusLength ?? 0;
  if (bits < MIN_RSA_BITS) {
    throw new UnsupportedKeyError(
      `RSA key of ${bits} bits refused: notary needs at least ${MIN_RSA_BITS} (make a new one, e.g. openssl genrsa 3072)`
    );
  }
  const publicKey = createPublicKey(privateKey);
  // A pairwise-consistency check: OpenSSL does not check that d, p, q match
  // n, and a damaged key would sign garbage that no verifier accepts.
  let consistent = false;
  try {
    consistent = nodeVerify(
      'sha256',
      PROBE,
      { key: publicKey, ...NOTARY_PSS },
      rsaPssSign(privateKey, PROBE)
    );
  } catch {
    consistent = false;
  }
  if (!consistent)
    throw new KeyFormatError('RSA private key: its parts do not match');
  const pkcs1 = privateKey.export({ format: 'der', type: 'pkcs1' });
  const spki = publicKey.export({ format: 'der', type: 'spki' });
  return {
    privateKey,
    pkcs1: new Uint8Array(pkcs1),
    spki: new Uint8Array(spki),
    bits,
  };
}

/** RSASSA-PSS / SHA-256 / MGF1-SHA-256 / salt 32: notary's `rsapss` method. */
export function rsaPssSign(
  privateKey: KeyObject,
  data: Uint8Array
): Uint8Array {
  return new Uint8Array(
    nodeSign('sha256', data, { key: privateKey, ...NOTARY_PSS })
  );
}
