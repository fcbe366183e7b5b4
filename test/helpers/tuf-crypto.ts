import {
  createPublicKey,
  generateKeyPairSync,
  sign as nodeSign,
  verify as nodeVerify,
  X509Certificate,
} from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { Key } from '../../src/tuf/index.js';
import type { SignatureVerifier, SigningKey } from '../../src/tuf/index.js';

// Test-only crypto on node:crypto, an oracle independent of keys/ and noble.

const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** The node public key behind a notary Key model, or undefined for unknown types. */
export function nodePublicKey(key: Key): KeyObject | undefined {
  const bytes = Buffer.from(key.publicBytes());
  switch (key.keyType) {
    case 'ecdsa':
    case 'rsa':
      return createPublicKey({ key: bytes, format: 'der', type: 'spki' });
    case 'ecdsa-x509':
    case 'rsa-x509':
      return new X509Certificate(bytes.toString('utf8')).publicKey;
    case 'ed25519':
      return createPublicKey({
        key: Buffer.concat([ED25519_SPKI_PREFIX, bytes]),
        format: 'der',
        type: 'spki',
      });
    default:
      return undefined;
  }
}

/** SignatureVerifier on node:crypto: ecdsa = P-256/SHA-256 raw r||s, eddsa = Ed25519. */
export const nodeVerifier: SignatureVerifier = (key, method, data, sig) => {
  const pub = nodePublicKey(key);
  if (!pub) return false;
  if (method === 'ecdsa' && pub.asymmetricKeyType === 'ec') {
    if (sig.length !== 64) return false;
    return nodeVerify(
      'sha256',
      data,
      { key: pub, dsaEncoding: 'ieee-p1363' },
      sig
    );
  }
  if (method === 'eddsa' && pub.asymmetricKeyType === 'ed25519') {
    return nodeVerify(null, data, pub, sig);
  }
  return false;
};

/** A SigningKey backed by a fresh node:crypto key pair. */
export interface TestSigner extends SigningKey {
  /** Signs with another key while claiming this one's ID (for negative tests). */
  readonly privateKey: KeyObject;
}

/** A fresh ECDSA P-256 (`ecdsa`) or Ed25519 (`ed25519`) test signer. */
export function createTestSigner(
  type: 'ecdsa' | 'ed25519' = 'ecdsa'
): TestSigner {
  if (type === 'ecdsa') {
    const { privateKey, publicKey } = generateKeyPairSync('ec', {
      namedCurve: 'P-256',
    });
    const der = publicKey.export({ format: 'der', type: 'spki' });
    const key = new Key({
      keyType: 'ecdsa',
      publicB64: der.toString('base64'),
    });
    return {
      keyID: key.keyID,
      method: 'ecdsa',
      publicKey: key,
      privateKey,
      sign: (data) =>
        Promise.resolve(
          new Uint8Array(
            nodeSign('sha256', data, {
              key: privateKey,
              dsaEncoding: 'ieee-p1363',
            })
          )
        ),
    };
  }
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(12);
  const key = new Key({
    keyType: 'ed25519',
    publicB64: raw.toString('base64'),
  });
  return {
    keyID: key.keyID,
    method: 'eddsa',
    publicKey: key,
    privateKey,
    sign: (data) =>
      Promise.resolve(new Uint8Array(nodeSign(null, data, privateKey))),
  };
}

/**
 * Root-key check on node:crypto, standing in for keys/: the key must be an
 * x509 certificate whose CN is the GUN and which is valid at `at`.
 */
export function checkRootKeyWithNode(key: Key, gun: string, at: Date): void {
  if (!key.keyType.endsWith('-x509'))
    throw new Error('root key is not a certificate');
  const cert = new X509Certificate(
    Buffer.from(key.publicBytes()).toString('utf8')
  );
  if (!cert.subject.split('\n').includes(`CN=${gun}`)) {
    throw new Error(`certificate CN is not ${gun}`);
  }
  if (at < new Date(cert.validFrom) || at > new Date(cert.validTo)) {
    throw new Error('certificate expired');
  }
}
