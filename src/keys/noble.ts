// The one place where the @noble libraries are configured (STYLE §5).
import * as ed from '@noble/ed25519';
import { p256 } from '@noble/curves/nist.js';
import { sha512 } from '@noble/hashes/sha2.js';

// @noble/ed25519 v3 ships only async methods until a sync sha512 is provided
// (its README, "Enabling synchronous methods").
ed.hashes.sha512 = sha512;

export { ed, p256 };

/**
 * RFC 8032 verification (not ZIP-215): Go's crypto/ed25519, which notary
 * uses, rejects non-canonical encodings.
 */
export const ED25519_VERIFY = { zip215: false } as const;
