import { bytesToHex } from './digest.js';

const BASE64 =
  /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * True for standard, padded base64 in the one spelling Go's encoder writes for
 * its bytes. Go decodes `[]byte` fields and re-encodes them, so any other
 * spelling (non-zero padding bits) would not survive the server's round trip.
 */
export function isCanonicalBase64(s: string): boolean {
  if (!BASE64.test(s)) return false;
  // The unused low bits of the last character before the padding must be
  // zero: 4 bits before `==`, 2 before `=` (RFC 4648 §3.5). Checked in place:
  // decoding and re-encoding every digest of a 10,000-target role was slow.
  const n = s.length;
  if (s.endsWith('==')) return (ALPHABET.indexOf(s[n - 3]) & 0x0f) === 0;
  if (s.endsWith('=')) return (ALPHABET.indexOf(s[n - 2]) & 0x03) === 0;
  return true;
}

const ALPHABET =
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes standard base64; returns undefined unless it is canonical. */
export function base64ToBytes(s: string): Uint8Array | undefined {
  return isCanonicalBase64(s) ? base64Bytes(s) : undefined;
}

/** Standard base64 with padding, as Go's encoding/json writes `[]byte`. */
export function bytesToBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString(
    'base64'
  );
}

/** Lower-case hex of a base64 value (hash display); undefined when not base64. */
export function base64ToHex(s: string): string | undefined {
  const bytes = base64ToBytes(s);
  return bytes && bytesToHex(bytes);
}

function base64Bytes(s: string): Uint8Array {
  return new Uint8Array(Buffer.from(s, 'base64'));
}
