import { MetadataError } from './errors.js';
import type { JSONValue } from './json.js';

const utf8 = new TextEncoder();

/**
 * Byte-wise UTF-8 order of object keys, as Go's `string <` sorts them in
 * docker/go canonical/json. UTF-8 byte order is code-point order; JS compares
 * UTF-16 units, which agrees except that astral characters (surrogates,
 * U+D800..U+DFFF) must sort above U+E000..U+FFFF (notary-protocol.md §9.21).
 * So the first differing unit is remapped instead of encoding both strings:
 * encoding on every comparison was the largest cost of sorting a big role.
 */
export function compareUtf8(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

/**
 * `entries` as a Map in CANON's key order: a copy, unless it is a map this
 * function made already (those are shared). Parsing a canonical file
 * yields that order, so every model keeps its maps in it: a model reads the
 * same (iteration order included) whether it was parsed or built, which the
 * parse memo of our own signed files relies on (SignedMetadata.ofOwnBytes).
 * Already-ordered input, the usual case, costs one pass.
 */
export function inCanonicalOrder<V>(
  entries: Iterable<readonly [string, V]> | undefined
): ReadonlyMap<string, V> {
  // A map this function made is shared, not copied: models are immutable,
  // and a role's editors (withVersion, withExpires, withTargets) would
  // otherwise copy and re-check a 10,000-entry map each.
  if (entries instanceof Map && ORDERED.has(entries))
    return entries as ReadonlyMap<string, V>;
  let map = new Map(entries);
  let previous: string | undefined;
  for (const key of map.keys()) {
    if (previous !== undefined && compareUtf8(previous, key) >= 0) {
      map = new Map([...map].sort((a, b) => compareUtf8(a[0], b[0])));
      break;
    }
    previous = key;
  }
  ORDERED.add(map);
  return map;
}

/** Maps made by inCanonicalOrder: in canonical order, and never changed after. */
const ORDERED = new WeakSet<ReadonlyMap<string, unknown>>();

/** Orders UTF-16 units by the code points they start: surrogates above U+FFFF's units. */
function codePointRank(unit: number): number {
  if (unit >= 0xe000) return unit - 0x800;
  if (unit >= 0xd800) return unit + 0x2000;
  return unit;
}

/** The canonical form of a number: integers only, as Go prints them. */
export function canonicalNumber(value: number): string {
  // Canonical JSON allows integers only; Go prints an integral float as an integer.
  if (!Number.isSafeInteger(value)) {
    throw new MetadataError(
      `canonical JSON allows only integers, got ${value}`
    );
  }
  return String(value);
}

/** The canonical form of a string: only `"` and `\` are escaped (docker/go encode.go). */
export function canonicalString(s: string): string {
  // Most strings (tags, hashes, key IDs) need no escape: skip the regex replace.
  if (s.indexOf('"') === -1 && s.indexOf('\\') === -1) return '"' + s + '"';
  return '"' + s.replace(/[\\"]/g, (c) => '\\' + c) + '"';
}

// Builds one string by concatenation (V8 ropes): for a role of 10,000 targets
// this allocates far less than an array of fragments joined at the end.
function write(value: JSONValue): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return canonicalNumber(value);
  if (typeof value === 'string') return canonicalString(value);
  let out: string;
  if (Array.isArray(value)) {
    out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      out += write(value[i]);
    }
    return out + ']';
  }
  out = '{';
  const keys = Object.keys(value);
  if (keys.length > 1) keys.sort(compareUtf8);
  for (let i = 0; i < keys.length; i++) {
    if (i > 0) out += ',';
    out += canonicalString(keys[i]) + ':' + write(value[keys[i]]);
  }
  return out + '}';
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
  return write(value);
}
