import { KeyFormatError } from './errors.js';

/** Universal tags we read or write (X.690 §8). */
export const TAG = {
  BOOLEAN: 0x01,
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  NULL: 0x05,
  OID: 0x06,
  UTF8_STRING: 0x0c,
  PRINTABLE_STRING: 0x13,
  IA5_STRING: 0x16,
  UTC_TIME: 0x17,
  GENERALIZED_TIME: 0x18,
  SEQUENCE: 0x30,
  SET: 0x31,
} as const;

/** Tag byte of a constructed context-specific `[n]` (EXPLICIT tagging). */
export function contextTag(n: number): number {
  return 0xa0 | n;
}

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * One DER TLV. Readers throw {@link KeyFormatError} on any mismatch so a
 * malformed or truncated input never crashes with a RangeError.
 */
export class DerNode {
  constructor(
    /** The identifier octet (class, constructed bit and tag number). */
    readonly tag: number,
    /** The contents octets. */
    readonly value: Uint8Array,
    /** The whole TLV, header included (what a signature covers, e.g. the TBS). */
    readonly raw: Uint8Array
  ) {}

  /** Throws unless the tag is `tag`; `what` names the field for the message. */
  expect(tag: number, what: string): this {
    if (this.tag !== tag) {
      throw new KeyFormatError(
        `${what}: expected DER tag 0x${hex2(tag)}, got 0x${hex2(this.tag)}`
      );
    }
    return this;
  }

  /** The elements of a SEQUENCE/SET/context node, each parsed strictly. */
  children(what: string): DerNode[] {
    if ((this.tag & 0x20) === 0) {
      throw new KeyFormatError(`${what}: expected a constructed DER value`);
    }
    const out: DerNode[] = [];
    let offset = 0;
    while (offset < this.value.length) {
      const [node, next] = readTLV(this.value, offset, what);
      out.push(node);
      offset = next;
    }
    return out;
  }

  /** A SEQUENCE's elements; at least `min` of them must be present. */
  sequence(what: string, min = 0): DerNode[] {
    const items = this.expect(TAG.SEQUENCE, what).children(what);
    if (items.length < min) {
      throw new KeyFormatError(`${what}: expected at least ${min} elements`);
    }
    return items;
  }

  /** An INTEGER as a bigint (two's complement, as X.690 §8.3 encodes it). */
  integer(what: string): bigint {
    const v = this.expect(TAG.INTEGER, what).value;
    if (v.length === 0) throw new KeyFormatError(`${what}: empty INTEGER`);
    let n = 0n;
    for (const b of v) n = (n << 8n) | BigInt(b);
    if ((v[0] & 0x80) !== 0) n -= 1n << BigInt(v.length * 8);
    return n;
  }

  /** A small non-negative INTEGER (versions, iteration counts) as a number. */
  smallInt(what: string): number {
    const n = this.integer(what);
    if (n < 0n || n > BigInt(Number.MAX_SAFE_INTEGER)) {
      throw new KeyFormatError(`${what}: INTEGER out of range`);
    }
    return Number(n);
  }

  /** An OBJECT IDENTIFIER in dotted form. */
  oid(what: string): string {
    return decodeOid(this.expect(TAG.OID, what).value, what);
  }

  /** An OCTET STRING's bytes. */
  octets(what: string): Uint8Array {
    return this.expect(TAG.OCTET_STRING, what).value;
  }

  /** A BIT STRING's bytes; only whole-byte strings (0 unused bits) are accepted. */
  bitString(what: string): Uint8Array {
    const v = this.expect(TAG.BIT_STRING, what).value;
    if (v.length === 0 || v[0] !== 0) {
      throw new KeyFormatError(`${what}: expected a BIT STRING of whole bytes`);
    }
    return v.subarray(1);
  }

  /** A PrintableString, IA5String or UTF8String as text. */
  text(what: string): string {
    if (this.tag === TAG.UTF8_STRING) {
      try {
        return utf8.decode(this.value);
      } catch {
        throw new KeyFormatError(`${what}: invalid UTF8String`);
      }
    }
    if (this.tag === TAG.PRINTABLE_STRING || this.tag === TAG.IA5_STRING) {
      return latin1.decode(this.value);
    }
    throw new KeyFormatError(
      `${what}: expected a string, got tag 0x${hex2(this.tag)}`
    );
  }

  /** A UTCTime or GeneralizedTime in the `Z` forms RFC 5280 §4.1.2.5 allows. */
  time(what: string): Date {
    const s = latin1.decode(this.value);
    let m: RegExpExecArray | null;
    let year: number;
    if (this.tag === TAG.UTC_TIME) {
      m = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(s);
      // RFC 5280: two-digit years 50..99 are 19xx, 00..49 are 20xx.
      year = m ? Number(m[1]) + (Number(m[1]) < 50 ? 2000 : 1900) : 0;
    } else if (this.tag === TAG.GENERALIZED_TIME) {
      m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(s);
      year = m ? Number(m[1]) : 0;
    } else {
      throw new KeyFormatError(
        `${what}: expected a time, got tag 0x${hex2(this.tag)}`
      );
    }
    if (!m) throw new KeyFormatError(`${what}: malformed time`);
    const [mo, d, h, mi, se] = m.slice(2).map(Number) as [
      number,
      number,
      number,
      number,
      number,
    ];
    return new Date(Date.UTC(year, mo - 1, d, h, mi, se));
  }
}

/**
 * Parses exactly one DER value filling `bytes`. Trailing bytes are an error
 * unless `allowTrailing` (notary's own parser ignores them after the PKCS#8
 * plaintext, [N] tuf/utils/pkcs8.go, so decryption strips padding first).
 */
export function parseDer(
  bytes: Uint8Array,
  what: string,
  allowTrailing = false
): DerNode {
  const [node, next] = readTLV(bytes, 0, what);
  if (!allowTrailing && next !== bytes.length) {
    throw new KeyFormatError(
      `${what}: ${bytes.length - next} trailing bytes after DER value`
    );
  }
  return node;
}

function readTLV(
  buf: Uint8Array,
  start: number,
  what: string
): [DerNode, number] {
  const truncated = (): KeyFormatError =>
    new KeyFormatError(`${what}: truncated DER`);
  if (start + 2 > buf.length) throw truncated();
  const tag = buf[start];
  // High tag numbers (0x1f) never occur in keys or certificates.
  if ((tag & 0x1f) === 0x1f)
    throw new KeyFormatError(`${what}: unsupported DER tag`);
  let len = buf[start + 1];
  let offset = start + 2;
  if (len & 0x80) {
    const count = len & 0x7f;
    // 0x80 is BER's indefinite length, which DER forbids.
    if (count === 0 || count > 4)
      throw new KeyFormatError(`${what}: bad DER length`);
    if (offset + count > buf.length) throw truncated();
    len = 0;
    for (let i = 0; i < count; i++) len = len * 256 + buf[offset + i];
    offset += count;
  }
  const end = offset + len;
  if (end > buf.length) throw truncated();
  return [
    new DerNode(tag, buf.subarray(offset, end), buf.subarray(start, end)),
    end,
  ];
}

function decodeOid(v: Uint8Array, what: string): string {
  if (v.length === 0 || (v[v.length - 1] & 0x80) !== 0) {
    throw new KeyFormatError(`${what}: malformed OBJECT IDENTIFIER`);
  }
  const arcs: number[] = [];
  let n = 0;
  for (const b of v) {
    n = n * 128 + (b & 0x7f);
    if (n > Number.MAX_SAFE_INTEGER)
      throw new KeyFormatError(`${what}: OID arc too large`);
    if ((b & 0x80) === 0) {
      arcs.push(n);
      n = 0;
    }
  }
  const first = arcs.shift()!;
  const head =
    first < 80 ? [Math.floor(first / 40), first % 40] : [2, first - 80];
  return [...head, ...arcs].join('.');
}

function hex2(n: number): string {
  return n.toString(16).padStart(2, '0');
}
