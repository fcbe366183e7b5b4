import {
  sign as nodeSign,
  verify as nodeVerify,
  type KeyObject,
} from 'node:crypto';
import {
  derExplicit,
  derInteger,
  derOctetString,
  derOid,
  derSequence,
} from './der-writer.js';
import {
  privateKeyFromDer,
  publicKeyFromSpki,
  rawPublicKey,
} from './native-keys.js';
import { OID } from './oids.js';
import { encodeP256Spki } from './spki.js';

// P-256 through node:crypto (OpenSSL). The benchmark's CPU profile showed the
// pure-JavaScript curve (its precomputed tables, built on first use) as the
// largest cost of a signing run after start-up; OpenSSL does the same work
// natively. Signatures are what Go produces and accepts: SHA-256 of the data,
// raw r‖s of 64 bytes (ieee-p1363), random k, high-S accepted.

/** The order n of the P-256 group (SEC 2 §2.4.2). */
const P256_ORDER =
  0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;

/** True when a 32-byte big-endian scalar is a valid private key: 1 ≤ d < n. */
export function isValidP256Scalar(scalar: Uint8Array): boolean {
  if (scalar.length !== 32) return false;
  const d = BigInt(`0x${Buffer.from(scalar).toString('hex')}`);
  return d > 0n && d < P256_ORDER;
}

/** A private KeyObject from a 32-byte scalar, via a minimal SEC 1 ECPrivateKey. */
export function p256PrivateKey(scalar: Uint8Array): KeyObject {
  const sec1 = derSequence(
    derInteger(1),
    derOctetString(scalar),
    derExplicit(0, derOid(OID.prime256v1))
  );
  return privateKeyFromDer(sec1, 'sec1');
}

/** The uncompressed public point (65 bytes, 0x04 ‖ x ‖ y) of a private key. */
export function p256PublicPoint(privateKey: KeyObject): Uint8Array {
  return rawPublicKey(privateKey, 65);
}

/** ECDSA P-256 / SHA-256, raw r‖s (64 bytes, leading zeros kept). */
export function p256Sign(privateKey: KeyObject, data: Uint8Array): Uint8Array {
  return new Uint8Array(
    nodeSign('sha256', data, { key: privateKey, dsaEncoding: 'ieee-p1363' })
  );
}

/** Verifies a raw r‖s P-256 / SHA-256 signature against an uncompressed point. */
export function p256Verify(
  point: Uint8Array,
  data: Uint8Array,
  signature: Uint8Array
): boolean {
  if (signature.length !== 64) return false;
  const key = publicKeyFromSpki(encodeP256Spki(point));
  return nodeVerify(
    'sha256',
    data,
    { key, dsaEncoding: 'ieee-p1363' },
    signature
  );
}
