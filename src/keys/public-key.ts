import { Key } from '../tuf/index.js';
import { KeyError, KeyFormatError, UnsupportedKeyError } from './errors.js';
import { OID, WEAK_SIGNATURE_OIDS, oidName } from './oids.js';
import { decodeKeyInput, encodePem, parsePemBlocks } from './pem.js';
import { parseSpki, type PublicKeyInfo } from './spki.js';
import { parseCertificate } from './x509.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Options for {@link parsePublicKeyPem}. */
export interface ParsePublicKeyOptions {
  /** When set, a certificate must be valid at this time (docker refuses expired ones). */
  at?: Date;
}

/**
 * Parses a signer's public key file as notary's ParsePEMPublicKey does
 * ([N] tuf/utils/x509.go): `PUBLIC KEY` → `ecdsa`/`rsa` key over the DER as
 * given; `CERTIFICATE` → `ecdsa-x509`/`rsa-x509` whose `public` is the leaf
 * re-encoded as header-less PEM (CertToKey). Certificates signed with SHA-1
 * or holding RSA < 2048 are refused; ed25519 SPKI is refused as docker does.
 */
export function parsePublicKeyPem(
  text: string,
  options: ParsePublicKeyOptions = {}
): Key {
  const block = parsePemBlocks(decodeKeyInput(text))[0];
  if (block.type === 'PUBLIC KEY') {
    return new Key({
      keyType: keyTypeOf(parseSpki(block.bytes)),
      publicB64: b64(block.bytes),
    });
  }
  if (block.type !== 'CERTIFICATE') {
    throw new KeyFormatError(
      `PEM block ${block.type} is not a public key or certificate`
    );
  }
  const cert = parseCertificate(block.bytes);
  const keyType = `${keyTypeOf(parseSpki(cert.spki))}-x509`;
  const cn = cert.subjectCN ?? '';
  const weak = WEAK_SIGNATURE_OIDS[cert.signatureAlgorithm];
  if (weak)
    throw new UnsupportedKeyError(`certificate "${cn}" is signed with ${weak}`);
  const at = options.at?.getTime();
  // notary allows one day of clock skew on notBefore (ValidateCertificate).
  if (
    at !== undefined &&
    (at > cert.notAfter.getTime() || at + DAY_MS < cert.notBefore.getTime())
  ) {
    throw new KeyError(`certificate "${cn}" is expired or not yet valid`);
  }
  const pem = encodePem({
    type: 'CERTIFICATE',
    headers: {},
    bytes: block.bytes,
  });
  return new Key({ keyType, publicB64: b64(new TextEncoder().encode(pem)) });
}

/** notary's key type for an SPKI, refusing what docker refuses. */
function keyTypeOf(info: PublicKeyInfo): 'ecdsa' | 'rsa' {
  switch (info.kind) {
    case 'ec':
      if (info.curve !== OID.prime256v1) {
        throw new UnsupportedKeyError(
          `unsupported ECDSA curve ${oidName(info.curve)}: only P-256 is supported`
        );
      }
      return 'ecdsa';
    case 'rsa':
      if (info.modulusBits < 2048) {
        throw new UnsupportedKeyError(
          `RSA key of ${info.modulusBits} bits refused, expected at least 2048`
        );
      }
      return 'rsa';
    case 'ed25519':
      throw new UnsupportedKeyError(
        'ed25519 public keys are not supported as signer keys (docker refuses them too); use an ecdsa key'
      );
    default:
      throw new UnsupportedKeyError(
        `unsupported public key algorithm ${oidName(info.algorithm)}`
      );
  }
}

function b64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}
