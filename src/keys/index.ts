// keys/: key material in, signers and public keys out. Pure: bytes and
// strings in, no files, no env; private material never leaves a signer.
export {
  KeyError,
  BadPassphraseError,
  UnsupportedKeyError,
  KeyFormatError,
  RootCertificateError,
} from './errors.js';
export type { KeyAlgorithm } from './raw-key.js';
export type { PrivateKeySigner } from './signer.js';
export { decodeKeyInput } from './pem.js';
export { loadPrivateKey, loadPrivateKeys } from './load.js';
export type { PrivateKey } from './load.js';
export { writePrivateKeyPem } from './write.js';
export type { WriteKeyOptions } from './write.js';
export { generateKey } from './generate.js';
export type { GenerateKeyOptions, GeneratedKey } from './generate.js';
export { parsePublicKeyPem } from './public-key.js';
export type { ParsePublicKeyOptions } from './public-key.js';
export {
  canonicalKeyID,
  certificateOfKey,
  checkRootCertificate,
  parseCertificate,
} from './x509.js';
export type { Certificate } from './x509.js';
export {
  createRootCertificate,
  signerForCertificate,
} from './root-certificate.js';
export type { RootCertificateOptions } from './root-certificate.js';
export { verifySignature } from './verify.js';
