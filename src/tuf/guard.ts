import { isCanonicalBase64 } from './encoding.js';
import { MetadataError } from './errors.js';
import type { JSONObject, JSONValue } from './json.js';

// Guards for untrusted JSON (STYLE §4, after tuf-js utils/guard.ts): each
// checks one field and throws a MetadataError that names where it is, so a
// model is never built from a value of the wrong shape.

/** True for a JSON object (not null, not an array). */
export function isObject(v: JSONValue | undefined): v is JSONObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The value as an object, or a MetadataError naming `where`. */
export function expectObject(
  v: JSONValue | undefined,
  where: string
): JSONObject {
  if (!isObject(v)) throw new MetadataError(`${where}: expected an object`);
  return v;
}

/** The value as an array, or a MetadataError naming `where`. */
export function expectArray(
  v: JSONValue | undefined,
  where: string
): JSONValue[] {
  if (!Array.isArray(v)) throw new MetadataError(`${where}: expected an array`);
  return v;
}

/** The value as a string, or a MetadataError naming `where`. */
export function expectString(v: JSONValue | undefined, where: string): string {
  if (typeof v !== 'string')
    throw new MetadataError(`${where}: expected a string`);
  return v;
}

/** The value as a boolean, or a MetadataError naming `where`. */
export function expectBoolean(
  v: JSONValue | undefined,
  where: string
): boolean {
  if (typeof v !== 'boolean')
    throw new MetadataError(`${where}: expected a boolean`);
  return v;
}

/** A safe integer ≥ `min` (versions ≥ 1, thresholds ≥ 1, lengths ≥ 0). */
export function expectInteger(
  v: JSONValue | undefined,
  where: string,
  min: number
): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v)) {
    throw new MetadataError(`${where}: expected an integer`);
  }
  if (v < min) throw new MetadataError(`${where}: expected ≥ ${min}, got ${v}`);
  return v;
}

/** An array of strings. */
export function expectStringArray(
  v: JSONValue | undefined,
  where: string
): string[] {
  return expectArray(v, where).map((item, i) =>
    expectString(item, `${where}[${i}]`)
  );
}

/** Standard padded base64, in the spelling Go would re-encode unchanged. */
export function expectBase64(v: JSONValue | undefined, where: string): string {
  const s = expectString(v, where);
  if (!isCanonicalBase64(s))
    throw new MetadataError(`${where}: expected base64`);
  return s;
}

/** An object with a null prototype built from entries, safe for any key. */
export function toJSONObject(
  entries: Iterable<[string, JSONValue]>
): JSONObject {
  const out = Object.create(null) as JSONObject;
  for (const [k, v] of entries) out[k] = v;
  return out;
}

/**
 * A map key appended to a field path for error messages. Keys come from
 * untrusted JSON: anything beyond plain name characters is JSON-quoted, so a
 * server cannot put a newline (a forged extra line) into our messages.
 */
export function keyPath(base: string, key: string): string {
  return PLAIN.test(key) ? `${base}.${key}` : `${base}[${JSON.stringify(key)}]`;
}

/** An untrusted value for a message: as is when plain, else JSON-quoted (see keyPath). */
export function shown(value: string): string {
  return PLAIN.test(value) ? value : JSON.stringify(value);
}

const PLAIN = /^[\w.\-/:@+]+$/;
