import { parseDer, contextTag, type DerNode } from './der.js';
import {
  concatBytes,
  derBitString,
  derExplicit,
  derInteger,
  derOctetString,
  derOid,
  derSequence,
} from './der-writer.js';
import { KeyFormatError, UnsupportedKeyError } from './errors.js';
import {
  isValidP256Scalar,
  p256PrivateKey,
  p256PublicPoint,
} from './native-ec.js';
import { ed25519PrivateKey, ed25519PublicBytes } from './native-ed25519.js';
import { rsaKeyFromPkcs1 } from './native-rsa.js';
import { OID, oidName } from './oids.js';
import { RawPrivateKey } from './raw-key.js';

const CURVE_NAMES: Readonly<Record<string, string>> = {
  [OID.secp224r1]: 'P-224',
  [OID.secp384r1]: 'P-384',
  [OID.secp521r1]: 'P-521',
};

/**
 * Reads an unencrypted PKCS#8 PrivateKeyInfo (RFC 5208 / RFC 5958). Accepts
 * notary's variants ([N] tuf/utils/pkcs8.go): version 1 for ECDSA, algorithm
 * without NULL, ed25519 under 1.3.6.1.4.1.11591.15.1 as 96 raw bytes, and
 * RSA as PKCS#1 with or without the NULL parameters OpenSSL writes.
 */
export function parsePrivateKeyInfo(der: Uint8Array): RawPrivateKey {
  const what = 'PKCS#8 PrivateKeyInfo';
  const items = parseDer(der, what).sequence(what, 3);
  const version = items[0].smallInt(`${what} version`);
  // 0 is RFC 5208; 1 is RFC 5958's v2 and also what notary writes for ECDSA.
  if (version > 1)
    throw new KeyFormatError(`${what}: unknown version ${version}`);
  const [algOid, ...rest] = items[1].sequence(`${what} algorithm`, 1);
  // notary writes no NULL and RFC 5480 puts the named curve here; both optional.
  const params: DerNode | undefined = rest[0];
  const algorithm = algOid.oid(`${what} algorithm`);
  const privateKey = items[2].octets(`${what} privateKey`);
  switch (algorithm) {
    case OID.ecPublicKey:
      return parseEcPrivateKey(privateKey, params?.oid('EC curve'));
    case OID.ed25519Notary:
      return parseNotaryEd25519(privateKey);
    case OID.ed25519:
      // RFC 8410 §7: the OCTET STRING wraps another OCTET STRING with the seed.
      return ed25519FromSeed(
        parseDer(privateKey, 'ed25519 key').octets('ed25519 key')
      );
    case OID.rsaEncryption:
      return parseRsaPrivateKey(privateKey);
    default:
      throw new UnsupportedKeyError(
        `unsupported private key algorithm ${oidName(algorithm)}`
      );
  }
}

/**
 * Reads a SEC 1 ECPrivateKey (RFC 5915), the body of `EC PRIVATE KEY` and of
 * PKCS#8 EC keys. Only P-256 is supported. An embedded public key must match
 * the scalar: after decryption this is the last check that the passphrase was
 * right, so garbage can never become a signer.
 */
export function parseEcPrivateKey(
  der: Uint8Array,
  outerCurve?: string
): RawPrivateKey {
  const what = 'EC private key';
  const items = parseDer(der, what).sequence(what, 2);
  if (items[0].smallInt(`${what} version`) !== 1) {
    throw new KeyFormatError(`${what}: version must be 1`);
  }
  let scalar = items[1].octets(`${what} scalar`);
  let curve = outerCurve;
  let embedded: Uint8Array | undefined;
  // RFC 5915 allows only [0] parameters and [1] publicKey after the scalar,
  // each at most once and in that order. Anything else is corruption: a
  // skipped unknown element could hide a damaged [1] and let a garbled
  // scalar load as some other key (found by the fuzz tests).
  let last = -1;
  for (const item of items.slice(2)) {
    const n =
      item.tag === contextTag(0) ? 0 : item.tag === contextTag(1) ? 1 : -1;
    if (n <= last)
      throw new KeyFormatError(
        `${what}: unexpected element (tag 0x${item.tag.toString(16)})`
      );
    last = n;
    const inner = (): DerNode =>
      item.children(what)[0] ?? fail(`${what}: empty [${n}]`);
    if (n === 0) curve = inner().oid(`${what} curve`);
    else embedded = inner().bitString(`${what} public key`);
  }
  if (curve === undefined) throw new KeyFormatError(`${what}: no named curve`);
  if (curve !== OID.prime256v1) {
    throw new UnsupportedKeyError(
      `unsupported ECDSA curve ${CURVE_NAMES[curve] ?? curve}: only P-256 keys can sign`
    );
  }
  // Some encoders drop leading zero bytes of the scalar; Go pads it to 32.
  if (scalar.length > 32)
    throw new KeyFormatError(`${what}: scalar longer than 32 bytes`);
  scalar = concatBytes(new Uint8Array(32 - scalar.length), scalar);
  if (!isValidP256Scalar(scalar)) {
    throw new KeyFormatError(`${what}: scalar out of range`);
  }
  const derived = p256PublicPoint(p256PrivateKey(scalar));
  if (embedded !== undefined && !equalBytes(embedded, derived)) {
    throw new KeyFormatError(
      `${what}: embedded public key does not match the private key`
    );
  }
  return new RawPrivateKey('ecdsa', scalar, derived);
}

/**
 * Reads a PKCS#1 RSAPrivateKey (RFC 8017 A.1.2), the body of `RSA PRIVATE
 * KEY` and of PKCS#8 RSA keys. Refuses keys under 2048 bits, as notary's
 * verifiers would never accept their signatures ([N] tuf/signed/verifiers.go).
 */
export function parseRsaPrivateKey(der: Uint8Array): RawPrivateKey {
  const { pkcs1, spki } = rsaKeyFromPkcs1(der);
  return new RawPrivateKey('rsa', pkcs1, spki);
}

/**
 * notary's ed25519 private bytes: `public(32) ‖ seed(32) ‖ public(32)`, i.e.
 * the public key followed by Go's 64-byte ed25519.PrivateKey. Both copies of
 * the public key must match the seed. Also the body of legacy `ED25519 PRIVATE KEY`.
 */
export function parseNotaryEd25519(bytes: Uint8Array): RawPrivateKey {
  if (bytes.length !== 96) {
    throw new KeyFormatError(
      `ed25519 key: expected 96 bytes, got ${bytes.length}`
    );
  }
  const key = ed25519FromSeed(bytes.subarray(32, 64));
  if (
    !equalBytes(bytes.subarray(0, 32), key.publicKey) ||
    !equalBytes(bytes.subarray(64), key.publicKey)
  ) {
    throw new KeyFormatError('ed25519 key: public key does not match the seed');
  }
  return key;
}

function ed25519FromSeed(seed: Uint8Array): RawPrivateKey {
  if (seed.length !== 32)
    throw new KeyFormatError('ed25519 key: seed must be 32 bytes');
  return new RawPrivateKey(
    'ed25519',
    seed,
    ed25519PublicBytes(ed25519PrivateKey(seed))
  );
}

/**
 * Writes the PrivateKeyInfo notary 0.7 writes (notary-protocol.md §6.3):
 * ECDSA as version 1, `{ecPublicKey, prime256v1}` without NULL, SEC 1 with
 * curve and public key; RSA as version 0, `{rsaEncryption}` without NULL,
 * PKCS#1; ed25519 as version 0 under notary's OID with 96 bytes
 * ([N] tuf/utils/pkcs8.go convertTUFKeyToPKCS8).
 */
export function encodePrivateKeyInfo(key: RawPrivateKey): Uint8Array {
  if (key.algorithm === 'rsa') {
    return derSequence(
      derInteger(0),
      derSequence(derOid(OID.rsaEncryption)),
      derOctetString(key.secret())
    );
  }
  if (key.algorithm === 'ecdsa') {
    return derSequence(
      derInteger(1),
      derSequence(derOid(OID.ecPublicKey), derOid(OID.prime256v1)),
      derOctetString(encodeEcPrivateKey(key))
    );
  }
  const raw = concatBytes(key.publicKey, key.secret(), key.publicKey);
  return derSequence(
    derInteger(0),
    derSequence(derOid(OID.ed25519Notary)),
    derOctetString(raw)
  );
}

/** SEC 1 ECPrivateKey with `[0]` curve and `[1]` public key, as Go's x509.MarshalECPrivateKey. */
export function encodeEcPrivateKey(key: RawPrivateKey): Uint8Array {
  return derSequence(
    derInteger(1),
    derOctetString(key.secret()),
    derExplicit(0, derOid(OID.prime256v1)),
    derExplicit(1, derBitString(key.publicKey))
  );
}

/** Byte equality (not constant time: used on public values only). */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

function fail(message: string): never {
  throw new KeyFormatError(message);
}
