import { MetadataError } from './errors.js';
import type { JSONValue } from './json.js';

const utf8 = new TextEncoder();

/**
 * Byte-wise UTF-8 order of object keys, as Go's `string <` sorts them in
 * docker/go canonical/json. JS string comparison orders by UTF-16 units, which
 * differs for astral characters vs U+E000..U+FFFF (notary-protocol.md §9.21).
 */
export function compareUtf8(a: string, b: string): number {
  const x = utf8.encode(a);
  const y = utf8.encode(b);
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    if (x[i] !== y[i]) return x[i] - y[i];
  }
  return x.length - y.length;
}

/** The canonical form of a string: only `"` and `\` are escaped (docker/go encode.go). */
function quote(s: string): string {
  return '"' + s.replace(/[\\"]/g, (c) => '\\' + c) + '"';
}

function write(value: JSONValue, out: string[]): void {
  if (value === null) out.push('null');
  else if (typeof value === 'boolean') out.push(value ? 'true' : 'false');
  else if (typeof value === 'number') {
    // Canonical JSON allows integers only; Go prints an integral float as an integer.
    if (!Number.isSafeInteger(value)) {
      throw new MetadataError(
        `canonical JSON allows only integers, got ${value}`
      );
    }
    out.push(String(value));
  } else if (typeof value === 'string') out.push(quote(value));
  else if (Array.isArray(value)) {
    out.push('[');
    value.forEach((item, i) => {
      if (i > 0) out.push(',');
      write(item, out);
    });
    out.push(']');
  } else {
    out.push('{');
    const keys = Object.keys(value).sort(compareUtf8);
    keys.forEach((key, i) => {
      if (i > 0) out.push(',');
      out.push(quote(key), ':');
      write(value[key], out);
    });
    out.push('}');
  }
}

/**
 * The OLPC canonical JSON that notary signs and hashes for key IDs:
 * sorted keys, no whitespace, integers only, only `\` and `"` escaped
 * (notary-protocol.md §4.1). Returns the UTF-8 bytes.
 */
export function canonicalBytes(value: JSONValue): Uint8Array {
  return utf8.encode(canonicalize(value));
}

/** The canonical form as a string (for tests and for building envelopes). */
export function canonicalize(value: JSONValue): string {
  const out: string[] = [];
  write(value, out);
  return out.join('');
}
