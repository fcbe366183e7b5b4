import { SignerError } from '../errors.js';

/**
 * Base of every error keys/ throws. Messages name the key (role or short key
 * ID) but never carry a passphrase, PEM text or private key bytes (STYLE §6).
 */
export class KeyError extends SignerError {}

/**
 * The passphrase does not decrypt the key: the padding, the DER structure or
 * the embedded public key did not check out. An encrypted key has no MAC, so a
 * corrupted ciphertext looks the same and lands here too.
 */
export class BadPassphraseError extends KeyError {}

/**
 * Well-formed key material of an algorithm, curve, cipher or KDF we do not
 * implement (P-384, DES-CBC, ed25519 SPKI public keys, RSA under 2048 bits…);
 * the message names what was found.
 */
export class UnsupportedKeyError extends KeyError {}

/** Input that is not a key at all: no PEM block, bad base64, truncated or malformed DER. */
export class KeyFormatError extends KeyError {}

/**
 * A root certificate that notary's readers would refuse: wrong CN for the GUN,
 * expired, SHA-1 signed or a short RSA key ([N] tuf/utils/x509.go ValidateCertificate).
 */
export class RootCertificateError extends KeyError {}
