// tuf/: notary's TUF metadata: canonical JSON, models, byte forms and the
// verification rules. Pure: no I/O, no keys/ import; crypto arrives through
// the SigningKey / SignatureVerifier ports.
export type { JSONValue, JSONObject } from './json.js';
export { canonicalBytes, canonicalize, compareUtf8 } from './canonical.js';
export { Key, KEY_TYPES } from './model/key.js';
export type { KeyOptions } from './model/key.js';
export { Signature } from './model/signature.js';
export type { SignatureMethod } from './model/signature.js';
export type { SigningKey, SignatureVerifier } from './crypto-ports.js';
export * from './errors.js';
