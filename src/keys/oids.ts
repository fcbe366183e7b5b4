/**
 * Object identifiers keys/ reads or writes, in dotted form. Names follow the
 * ASN.1 modules they come from (RFC 5480, RFC 8018, RFC 5280, RFC 8410).
 */
export const OID = {
  // RFC 5480 / SEC 1: EC keys and the curves we recognise by name.
  ecPublicKey: '1.2.840.10045.2.1',
  prime256v1: '1.2.840.10045.3.1.7',
  secp384r1: '1.3.132.0.34',
  secp521r1: '1.3.132.0.35',
  secp224r1: '1.3.132.0.33',
  rsaEncryption: '1.2.840.113549.1.1.1',
  // RFC 8410's Ed25519, and the one notary writes ([N] tuf/utils/pkcs8.go).
  ed25519: '1.3.101.112',
  ed25519Notary: '1.3.6.1.4.1.11591.15.1',
  // RFC 8018: password-based encryption.
  pbes2: '1.2.840.113549.1.5.13',
  pbkdf2: '1.2.840.113549.1.5.12',
  hmacWithSHA1: '1.2.840.113549.2.7',
  hmacWithSHA256: '1.2.840.113549.2.9',
  hmacWithSHA384: '1.2.840.113549.2.10',
  hmacWithSHA512: '1.2.840.113549.2.11',
  aes128CBC: '2.16.840.1.101.3.4.1.2',
  aes192CBC: '2.16.840.1.101.3.4.1.22',
  aes256CBC: '2.16.840.1.101.3.4.1.42',
  // RFC 5280 / RFC 5758 / RFC 3279: certificate signatures and extensions.
  ecdsaWithSHA256: '1.2.840.10045.4.3.2',
  commonName: '2.5.4.3',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  basicConstraints: '2.5.29.19',
  codeSigning: '1.3.6.1.5.5.7.3.3',
} as const;

/** Certificate signature algorithms notary refuses: SHA-1 and older ([N] tuf/utils/x509.go). */
export const WEAK_SIGNATURE_OIDS: Readonly<Record<string, string>> = {
  '1.2.840.113549.1.1.2': 'md2WithRSAEncryption',
  '1.2.840.113549.1.1.4': 'md5WithRSAEncryption',
  '1.2.840.113549.1.1.5': 'sha1WithRSAEncryption',
  '1.2.840.10045.4.1': 'ecdsa-with-SHA1',
  '1.2.840.10040.4.3': 'dsa-with-SHA1',
};

/** Human names for OIDs that appear in "unsupported" messages. */
export function oidName(oid: string): string {
  const known = Object.entries(OID).find(([, v]) => v === oid);
  return known ? `${known[0]} (${oid})` : oid;
}
