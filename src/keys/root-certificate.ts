import { randomBytes } from 'node:crypto';
import { Key, type SigningKey } from '../tuf/index.js';
import {
  derBitString,
  derBoolean,
  derDirectoryString,
  derExplicit,
  derInteger,
  derOctetString,
  derOid,
  derSequence,
  derSet,
  derTime,
} from './der-writer.js';
import { createEcdsaSigner } from './ecdsa.js';
import { KeyError, UnsupportedKeyError } from './errors.js';
import { OID } from './oids.js';
import { encodePem } from './pem.js';
import { equalBytes } from './pkcs8.js';
import { createRsaSigner } from './rsa.js';
import { rawKeyOf, type PrivateKeySigner } from './signer.js';
import { certificateOfKey } from './x509.js';

/** Validity window of a new root certificate; notary uses now … now + 10 years. */
export interface RootCertificateOptions {
  notBefore: Date;
  notAfter: Date;
}

/**
 * Makes the self-signed certificate notary wraps a root key in
 * ([N] cryptoservice/certificate.go, tuf/utils/x509.go NewCertificate):
 * X.509 v3, random positive 128-bit serial, Subject = Issuer = CN=<gun>,
 * KeyUsage (critical) digitalSignature + keyEncipherment, EKU codeSigning,
 * BasicConstraints (critical) CA:FALSE, ecdsa-with-SHA256. Returns the
 * `ecdsa-x509` key whose `public` is base64 of the certificate PEM.
 */
export async function createRootCertificate(
  signer: SigningKey,
  gun: string,
  options: RootCertificateOptions
): Promise<Key> {
  if (signer.method !== 'ecdsa' || signer.publicKey.keyType !== 'ecdsa') {
    throw new UnsupportedKeyError(
      `root certificates need an ecdsa key, got ${signer.publicKey.keyType}`
    );
  }
  const name = derSequence(
    derSet(derSequence(derOid(OID.commonName), derDirectoryString(gun)))
  );
  const algorithm = derSequence(derOid(OID.ecdsaWithSHA256));
  const tbs = derSequence(
    derExplicit(0, derInteger(2)),
    derInteger(randomSerial()),
    algorithm,
    name,
    derSequence(derTime(options.notBefore), derTime(options.notAfter)),
    name,
    signer.publicKey.publicBytes(),
    derExplicit(3, extensions())
  );
  // TUF signatures are raw r‖s; X.509 requires DER Ecdsa-Sig-Value (RFC 3279 §2.2.3).
  const raw = await signer.sign(tbs);
  if (raw.length !== 64)
    throw new KeyError(`expected a 64-byte ecdsa signature, got ${raw.length}`);
  const sig = derSequence(
    derInteger(raw.subarray(0, 32)),
    derInteger(raw.subarray(32))
  );
  const der = derSequence(tbs, algorithm, derBitString(sig));
  const pem = encodePem({ type: 'CERTIFICATE', headers: {}, bytes: der });
  return new Key({
    keyType: 'ecdsa-x509',
    publicB64: Buffer.from(pem).toString('base64'),
  });
}

/** The three extensions, in the order Go's x509.CreateCertificate writes them. */
function extensions(): Uint8Array {
  const ext = (
    oid: string,
    critical: boolean,
    value: Uint8Array
  ): Uint8Array =>
    critical
      ? derSequence(derOid(oid), derBoolean(true), derOctetString(value))
      : derSequence(derOid(oid), derOctetString(value));
  return derSequence(
    // digitalSignature (bit 0) + keyEncipherment (bit 2): 0b101 with 5 unused bits.
    ext(OID.keyUsage, true, derBitString(Uint8Array.of(0xa0), 5)),
    ext(OID.extKeyUsage, false, derSequence(derOid(OID.codeSigning))),
    ext(OID.basicConstraints, true, derSequence())
  );
}

/** 128 random bits, never zero; derInteger adds the 0x00 that keeps it positive. */
function randomSerial(): Uint8Array {
  const bytes = new Uint8Array(randomBytes(16));
  bytes[15] |= 1;
  return bytes;
}

/**
 * A signer that files its signatures under the certificate's TUF key ID, as
 * a role listing an `ecdsa-x509`/`rsa-x509` key expects ([N] tuf/signed/sign.go
 * looks the private key up by canonical ID and signs under the role's key ID).
 * The certificate must hold this signer's public key.
 */
export function signerForCertificate(
  signer: PrivateKeySigner,
  certificate: Key
): PrivateKeySigner {
  const spki = certificateOfKey(certificate).spki;
  if (
    signer.algorithm === 'ed25519' ||
    certificate.keyType !== `${signer.algorithm}-x509` ||
    !equalBytes(spki, signer.publicKey.publicBytes())
  ) {
    throw new KeyError(
      `certificate ${certificate.keyID.slice(0, 12)} does not hold key ${signer.keyID.slice(0, 12)}`
    );
  }
  const options = { role: signer.role, gun: signer.gun };
  return signer.algorithm === 'rsa'
    ? createRsaSigner(rawKeyOf(signer), options, certificate)
    : createEcdsaSigner(rawKeyOf(signer), options, certificate);
}
