import { canonicalize } from './canonical.js';
import { MetadataError } from './errors.js';
import type { JSONObject } from './json.js';
import type { Signature } from './model/signature.js';

const utf8 = new TextEncoder();

/**
 * Go encoding/json's HTML-safe escaping of JSON text: `<` `>` `&` U+2028 U+2029
 * become `\u003c` `\u003e` `\u0026` `\u2028` `\u2029` (lower-case hex). Go applies
 * it when it copies the canonical `signed` RawMessage into the envelope
 * (notary-protocol.md §4.3); other non-ASCII stays raw UTF-8.
 */
export function goEscapeHTML(json: string): string {
  return json.replace(/[<>&\u2028\u2029]/g, unicodeEscape);
}

/**
 * A string as Go 1.19's encoding/json writes it with HTML escaping on (the
 * server's build): `\"` `\\` `\n` `\r` `\t`, other controls as `\u00XX`.
 */
export function goQuote(s: string): string {
  // eslint-disable-next-line no-control-regex -- Go escapes every C0 control character
  const body = s.replace(/[\u0000-\u001f"\\<>&\u2028\u2029]/g, (c) => {
    if (c === '"' || c === '\\') return '\\' + c;
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return unicodeEscape(c);
  });
  return `"${body}"`;
}

/**
 * The exact file bytes notary's Go code produces for a role ([N] tuf/data
 * `Signed`, marshalled by encoding/json): `{"signed":` + HTML-escaped
 * CANON(signed) + `,"signatures":[…]}`, signature fields in struct order
 * keyid, method, sig; `[]` when there are none. No whitespace, no newline.
 */
export function encodeEnvelope(
  signed: JSONObject,
  signatures: readonly Signature[]
): Uint8Array {
  return encodeCanonicalEnvelope(canonicalize(signed), signatures);
}

/** {@link encodeEnvelope} from CANON(signed) already made (the signer has it). */
export function encodeCanonicalEnvelope(
  canonical: string,
  signatures: readonly Signature[]
): Uint8Array {
  // Canonical JSON writes control characters raw; Go's envelope step then
  // rejects the RawMessage as invalid JSON, so such metadata cannot exist.
  // eslint-disable-next-line no-control-regex -- raw C0 controls are exactly what Go refuses
  if (/[\u0000-\u001f]/.test(canonical)) {
    throw new MetadataError(
      'metadata contains a control character in a string'
    );
  }
  const sigs = signatures.map(
    (s) =>
      `{"keyid":${goQuote(s.keyID)},"method":${goQuote(s.method)},"sig":${goQuote(s.sigB64)}}`
  );
  return utf8.encode(
    `{"signed":${goEscapeHTML(canonical)},"signatures":[${sigs.join(',')}]}`
  );
}

function unicodeEscape(c: string): string {
  return '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0');
}
