import { TAG, contextTag } from './der.js';

/** Joins byte arrays. */
export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/** One TLV with a minimal definite length, as DER requires (X.690 §10.1). */
export function derTLV(tag: number, value: Uint8Array): Uint8Array {
  const len = value.length;
  let header: number[];
  if (len < 0x80) header = [tag, len];
  else {
    const lenBytes: number[] = [];
    for (let n = len; n > 0; n = Math.floor(n / 256))
      lenBytes.unshift(n & 0xff);
    header = [tag, 0x80 | lenBytes.length, ...lenBytes];
  }
  return concatBytes(Uint8Array.from(header), value);
}

/** SEQUENCE of already-encoded elements. */
export function derSequence(...items: Uint8Array[]): Uint8Array {
  return derTLV(TAG.SEQUENCE, concatBytes(...items));
}

/** SET of already-encoded elements (callers pass them in DER order). */
export function derSet(...items: Uint8Array[]): Uint8Array {
  return derTLV(TAG.SET, concatBytes(...items));
}

/** EXPLICIT `[n]` wrapper around one encoded element. */
export function derExplicit(n: number, inner: Uint8Array): Uint8Array {
  return derTLV(contextTag(n), inner);
}

/**
 * A non-negative INTEGER from a number, bigint or unsigned big-endian bytes:
 * leading zeros are stripped and one 0x00 is added when the top bit is set.
 */
export function derInteger(n: number | bigint | Uint8Array): Uint8Array {
  let bytes: Uint8Array;
  if (n instanceof Uint8Array) bytes = n;
  else {
    let hex = BigInt(n).toString(16);
    if (hex.length % 2) hex = '0' + hex;
    bytes = new Uint8Array(Buffer.from(hex, 'hex'));
  }
  let i = 0;
  while (i < bytes.length - 1 && bytes[i] === 0) i++;
  bytes = bytes.subarray(i);
  if (bytes.length === 0) bytes = Uint8Array.of(0);
  if (bytes[0] & 0x80) bytes = concatBytes(Uint8Array.of(0), bytes);
  return derTLV(TAG.INTEGER, bytes);
}

/** OBJECT IDENTIFIER from dotted form. */
export function derOid(oid: string): Uint8Array {
  const arcs = oid.split('.').map(Number);
  const out: number[] = [];
  const [a, b, ...rest] = arcs as [number, number, ...number[]];
  for (const arc of [a * 40 + b, ...rest]) {
    const chunk: number[] = [arc & 0x7f];
    for (let v = Math.floor(arc / 128); v > 0; v = Math.floor(v / 128)) {
      chunk.unshift((v & 0x7f) | 0x80);
    }
    out.push(...chunk);
  }
  return derTLV(TAG.OID, Uint8Array.from(out));
}

/** OCTET STRING. */
export function derOctetString(bytes: Uint8Array): Uint8Array {
  return derTLV(TAG.OCTET_STRING, bytes);
}

/** BIT STRING of whole bytes, or with `unusedBits` trailing zero bits (KeyUsage). */
export function derBitString(bytes: Uint8Array, unusedBits = 0): Uint8Array {
  return derTLV(TAG.BIT_STRING, concatBytes(Uint8Array.of(unusedBits), bytes));
}

/** BOOLEAN (DER: TRUE is 0xff). */
export function derBoolean(v: boolean): Uint8Array {
  return derTLV(TAG.BOOLEAN, Uint8Array.of(v ? 0xff : 0));
}

/**
 * A directory string as Go's encoding/asn1 picks it: PrintableString when
 * every character is allowed there, UTF8String otherwise.
 */
export function derDirectoryString(s: string): Uint8Array {
  const printable = /^[A-Za-z0-9 '()+,\-./:=?]*$/.test(s);
  const tag = printable ? TAG.PRINTABLE_STRING : TAG.UTF8_STRING;
  return derTLV(tag, new TextEncoder().encode(s));
}

/**
 * A certificate time (RFC 5280 §4.1.2.5): UTCTime through 2049, then
 * GeneralizedTime; whole seconds, `Z`.
 */
export function derTime(d: Date): Uint8Array {
  const iso = d.toISOString(); // YYYY-MM-DDTHH:MM:SS.sssZ
  const digits = iso.slice(0, 19).replace(/[-:T]/g, '') + 'Z';
  const year = d.getUTCFullYear();
  if (year >= 1950 && year < 2050) {
    return derTLV(TAG.UTC_TIME, new TextEncoder().encode(digits.slice(2)));
  }
  return derTLV(TAG.GENERALIZED_TIME, new TextEncoder().encode(digits));
}
