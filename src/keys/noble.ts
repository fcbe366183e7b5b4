// The one place where the @noble libraries are configured (STYLE §5).
import * as ed from '@noble/ed25519';
import { p256 } from '@noble/curves/nist.js';
import { sha512 } from '@noble/hashes/sha2.js';

// @noble/ed25519 v3 ships only async methods until a sync sha512 is provided
// (its README, "Enabling synchronous methods").
ed.hashes.sha512 = sha512;

export { ed, p256 };

/**
 * ECDSA options notary's Go code implies ([N] tuf/signed/verifiers.go,
 * cryptoservice/crypto_service.go): SHA-256 of the message, raw r‖s (64
 * bytes), no low-S rule (Go neither produces nor requires low-S), and
 * deterministic k per RFC 6979 (no extra entropy), so vectors can pin it.
 */
export const ECDSA_SIGN = {
  prehash: true,
  lowS: false,
  format: 'compact',
  extraEntropy: false,
} as const;

/** Verification accepts high-S signatures, as Go's ecdsa.Verify does. */
export const ECDSA_VERIFY = {
  prehash: true,
  lowS: false,
  format: 'compact',
} as const;

/**
 * RFC 8032 verification (not ZIP-215): Go's crypto/ed25519, which notary
 * uses, rejects non-canonical encodings.
 */
export const ED25519_VERIFY = { zip215: false } as const;
