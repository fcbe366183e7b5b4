import { parseDer, type DerNode } from './der.js';
import { derBitString, derOid, derSequence } from './der-writer.js';
import { KeyFormatError } from './errors.js';
import { OID } from './oids.js';

/** What a SubjectPublicKeyInfo holds, as far as notary cares. */
export type PublicKeyInfo =
  | { kind: 'ec'; curve: string; point: Uint8Array }
  | { kind: 'rsa'; modulusBits: number }
  | { kind: 'ed25519'; raw: Uint8Array }
  | { kind: 'other'; algorithm: string };

/**
 * Parses a DER SubjectPublicKeyInfo (RFC 5280 §4.1.2.7). Malformed input
 * throws {@link KeyFormatError}; an unknown algorithm is returned as `other`
 * so each caller can word its own refusal.
 */
export function parseSpki(der: Uint8Array): PublicKeyInfo {
  const what = 'SubjectPublicKeyInfo';
  const top = parseDer(der, what).sequence(what, 2);
  const [algOid, ...rest] = top[0].sequence(`${what} algorithm`, 1);
  const params: DerNode | undefined = rest[0];
  const algorithm = algOid.oid(`${what} algorithm`);
  const bits = top[1].bitString(`${what} key`);
  switch (algorithm) {
    case OID.ecPublicKey: {
      if (!params)
        throw new KeyFormatError(`${what}: EC key without a named curve`);
      return { kind: 'ec', curve: params.oid(`${what} curve`), point: bits };
    }
    case OID.rsaEncryption: {
      // RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER }
      const [modulus] = parseDer(bits, 'RSAPublicKey').sequence(
        'RSAPublicKey',
        2
      );
      const n = modulus.integer('RSA modulus');
      if (n <= 0n) throw new KeyFormatError('RSA modulus must be positive');
      return { kind: 'rsa', modulusBits: n.toString(2).length };
    }
    case OID.ed25519:
      if (bits.length !== 32)
        throw new KeyFormatError(`${what}: ed25519 key must be 32 bytes`);
      return { kind: 'ed25519', raw: bits };
    default:
      return { kind: 'other', algorithm };
  }
}

/**
 * The SPKI Go's x509.MarshalPKIXPublicKey writes for a P-256 key: algorithm
 * `{ecPublicKey, prime256v1}` and the uncompressed point (`MFkwEwYH…`).
 */
export function encodeP256Spki(point: Uint8Array): Uint8Array {
  return derSequence(
    derSequence(derOid(OID.ecPublicKey), derOid(OID.prime256v1)),
    derBitString(point)
  );
}

/** RFC 8410 SPKI for an Ed25519 key (what OpenSSL writes; docker refuses it). */
export function encodeEd25519Spki(raw: Uint8Array): Uint8Array {
  return derSequence(derSequence(derOid(OID.ed25519)), derBitString(raw));
}
