import {
  sign as nodeSign,
  verify as nodeVerify,
  type KeyObject,
} from 'node:crypto';
import {
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
import { encodeEd25519Spki } from './spki.js';

// Ed25519 through node:crypto (OpenSSL), like P-256 in native-ec.ts: the
// server-held timestamp and snapshot keys of a default notary-server are
// ed25519, so every run verifies two such signatures, and the pure-JavaScript
// curve cost more than the rest of verification (docs/benchmark.md).
// OpenSSL verifies as Go's crypto/ed25519 does, which notary uses: S must be
// below the group order, the check is cofactorless, and R is compared as the
// encoding of [S]B - [k]A.

/** A private KeyObject from a 32-byte seed, via RFC 8410 PKCS#8. */
export function ed25519PrivateKey(seed: Uint8Array): KeyObject {
  const der = derSequence(
    derInteger(0),
    derSequence(derOid(OID.ed25519)),
    derOctetString(derOctetString(seed))
  );
  return privateKeyFromDer(der, 'pkcs8');
}

/** The 32-byte public key of a private key. */
export function ed25519PublicBytes(privateKey: KeyObject): Uint8Array {
  return rawPublicKey(privateKey, 32);
}

/** Pure Ed25519 (RFC 8032): a deterministic 64-byte signature. */
export function ed25519Sign(
  privateKey: KeyObject,
  data: Uint8Array
): Uint8Array {
  return new Uint8Array(nodeSign(null, data, privateKey));
}

/** Checks a 64-byte Ed25519 signature against a 32-byte public key. */
export function ed25519Verify(
  publicKey: Uint8Array,
  data: Uint8Array,
  signature: Uint8Array
): boolean {
  if (publicKey.length !== 32 || signature.length !== 64) return false;
  return nodeVerify(
    null,
    data,
    publicKeyFromSpki(encodeEd25519Spki(publicKey)),
    signature
  );
}
