import { X509Certificate } from 'node:crypto';
import { Key } from '../tuf/index.js';
import { contextTag, parseDer, type DerNode } from './der.js';
import { KeyError, KeyFormatError, RootCertificateError } from './errors.js';
import { OID, WEAK_SIGNATURE_OIDS } from './oids.js';
import { parsePemBlocks } from './pem.js';
import { parseSpki } from './spki.js';

/** The parts of an X.509 certificate notary looks at (RFC 5280 §4.1). */
export interface Certificate {
  readonly serial: bigint;
  readonly subjectCN: string | undefined;
  readonly issuerCN: string | undefined;
  readonly notBefore: Date;
  readonly notAfter: Date;
  /** DER SubjectPublicKeyInfo: the bare key inside the certificate. */
  readonly spki: Uint8Array;
  /** Dotted OID of the outer signatureAlgorithm. */
  readonly signatureAlgorithm: string;
  /** The DER TBSCertificate, i.e. the bytes the signature covers. */
  readonly tbs: Uint8Array;
  /** The signatureValue bytes (DER Ecdsa-Sig-Value for ECDSA). */
  readonly signature: Uint8Array;
}

/** Parses a DER certificate; malformed input throws {@link KeyFormatError}. */
export function parseCertificate(der: Uint8Array): Certificate {
  const [tbsNode, sigAlg, sigValue] = parseDer(der, 'certificate').sequence(
    'certificate',
    3
  );
  const tbs = tbsNode.sequence('TBSCertificate', 6);
  // The version is an optional EXPLICIT [0]; without it the fields shift by one.
  const at = tbs[0].tag === contextTag(0) ? 1 : 0;
  const field = (i: number): DerNode =>
    tbs[at + i] ?? fail('TBSCertificate: missing field');
  const validity = field(3).sequence('validity', 2);
  return {
    serial: field(0).integer('serial number'),
    issuerCN: commonName(field(2)),
    notBefore: validity[0].time('notBefore'),
    notAfter: validity[1].time('notAfter'),
    subjectCN: commonName(field(4)),
    spki: field(5).expect(0x30, 'subjectPublicKeyInfo').raw,
    signatureAlgorithm: sigAlg
      .sequence('signatureAlgorithm', 1)[0]
      .oid('signatureAlgorithm'),
    tbs: tbsNode.raw,
    signature: sigValue.bitString('signatureValue'),
  };
}

/** The first CN in a Name (SEQUENCE OF SET OF AttributeTypeAndValue). */
function commonName(name: DerNode): string | undefined {
  for (const rdn of name.sequence('Name')) {
    for (const atv of rdn
      .expect(0x31, 'RelativeDistinguishedName')
      .children('RDN')) {
      const [type, value] = atv.sequence('AttributeTypeAndValue', 2);
      if (type.oid('attribute type') === OID.commonName)
        return value.text('commonName');
    }
  }
  return undefined;
}

/**
 * The leaf certificate of an `ecdsa-x509`/`rsa-x509` key, whose `public` is
 * base64 of PEM text (notary-protocol.md §5.1).
 */
export function certificateOfKey(key: Key): Certificate {
  if (!key.keyType.endsWith('-x509')) {
    throw new KeyError(
      `key ${key.keyID.slice(0, 12)} is ${key.keyType}, not a certificate key`
    );
  }
  const pem = new TextDecoder().decode(key.publicBytes());
  const block = parsePemBlocks(pem).find((b) => b.type === 'CERTIFICATE');
  if (!block)
    throw new KeyFormatError(
      `key ${key.keyID.slice(0, 12)} holds no CERTIFICATE block`
    );
  return parseCertificate(block.bytes);
}

/**
 * notary's canonical key ID ([N] tuf/utils/x509.go CanonicalKeyID): for a
 * `*-x509` key, the TUF ID of the bare key with the certificate's SPKI; for
 * any other key its TUF ID. Private key files are named by this ID.
 */
export function canonicalKeyID(key: Key): string {
  if (key.keyType !== 'ecdsa-x509' && key.keyType !== 'rsa-x509')
    return key.keyID;
  const spki = certificateOfKey(key).spki;
  return new Key({
    keyType: key.keyType.replace('-x509', ''),
    publicB64: Buffer.from(spki).toString('base64'),
  }).keyID;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Refuses a root certificate that notary clients would refuse
 * ([N] trustpinning/certs.go, tuf/utils/x509.go ValidateCertificate): CN must
 * equal the GUN or be a `prefix*` wildcard of it; it must be valid at `at`
 * (with notary's one day of leeway on notBefore); no SHA-1 (or older)
 * signature; RSA keys of at least 2048 bits. Throws {@link RootCertificateError}.
 */
export function checkRootCertificate(key: Key, gun: string, at: Date): void {
  let cert: Certificate;
  try {
    cert = certificateOfKey(key);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new RootCertificateError(
      `root key for ${gun} is not a usable certificate: ${reason}`,
      { cause: err }
    );
  }
  // [N] trustpinning/certs.go validRootLeafCerts: a root key is a leaf; a CA
  // certificate (basicConstraints CA:TRUE) could vouch for other keys.
  if (isCACertificate(key)) {
    throw new RootCertificateError(
      `root certificate for ${gun} is a CA certificate (basicConstraints CA:TRUE); a root key must be a leaf certificate`
    );
  }
  const cn = cert.subjectCN ?? '';
  const matches =
    cn === gun || (cn.endsWith('*') && gun.startsWith(cn.slice(0, -1)));
  if (!matches) {
    throw new RootCertificateError(
      `root certificate CN "${cn}" does not match GUN ${gun}`
    );
  }
  if (at.getTime() > cert.notAfter.getTime()) {
    throw new RootCertificateError(
      `root certificate for ${gun} expired at ${iso(cert.notAfter)}`
    );
  }
  if (at.getTime() + DAY_MS < cert.notBefore.getTime()) {
    throw new RootCertificateError(
      `root certificate for ${gun} is not valid before ${iso(cert.notBefore)}`
    );
  }
  const weak = WEAK_SIGNATURE_OIDS[cert.signatureAlgorithm];
  if (weak)
    throw new RootCertificateError(
      `root certificate for ${gun} is signed with ${weak}`
    );
  const info = parseSpki(cert.spki);
  if (info.kind === 'rsa' && info.modulusBits < 2048) {
    throw new RootCertificateError(
      `root certificate for ${gun} has a ${info.modulusBits}-bit RSA key, expected at least 2048`
    );
  }
}

/** True when the key's certificate says it is a CA (node's X.509 parser reads basicConstraints). */
function isCACertificate(key: Key): boolean {
  try {
    return new X509Certificate(Buffer.from(key.publicBytes())).ca;
  } catch {
    return false; // unparsable here: certificateOfKey already judged the DER
  }
}

function iso(d: Date): string {
  return d.toISOString().replace('.000Z', 'Z');
}

function fail(message: string): never {
  throw new KeyFormatError(message);
}
