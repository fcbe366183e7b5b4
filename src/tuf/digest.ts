import { createHash } from 'node:crypto';

// Hashes through node:crypto (OpenSSL). The benchmark's CPU profile of a
// 10,000-target role showed the pure-JavaScript SHA-2 as a top cost: notary
// records both sha256 and sha512 of every role file, so each big role is
// hashed several times per run (docs/benchmark.md).

export type DigestAlgorithm = 'sha256' | 'sha512';

/** The digest of `bytes` with a SHA-2 function notary uses. */
export function digest(
  algorithm: DigestAlgorithm,
  bytes: Uint8Array
): Uint8Array {
  return new Uint8Array(createHash(algorithm).update(bytes).digest());
}

/** Lower-case hex sha256 (key IDs, manifest digests, role file names). */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Lower-case hex of any bytes. */
export function bytesToHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString(
    'hex'
  );
}
