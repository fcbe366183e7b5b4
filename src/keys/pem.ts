import { KeyFormatError } from './errors.js';

/**
 * One PEM block with its RFC 1421 headers. notary puts `role`, `gun`,
 * `path` (key export) and, for legacy encrypted keys, `Proc-Type`/`DEK-Info`
 * there ([N] trustmanager/keystore.go, tuf/utils/x509.go).
 */
export interface PemBlock {
  /** The label between `BEGIN ` and the dashes, e.g. `ENCRYPTED PRIVATE KEY`. */
  readonly type: string;
  /** Header fields in a null-prototype record (a header named `__proto__` is inert). */
  readonly headers: Readonly<Record<string, string>>;
  /** The decoded body (DER). */
  readonly bytes: Uint8Array;
}

const BEGIN = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n/g;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Every PEM block in `text`, in order (a certificate chain has several).
 * Throws {@link KeyFormatError} when there is none, when a block has no END
 * line (truncated) or when a body is not valid base64.
 */
export function parsePemBlocks(text: string): PemBlock[] {
  const blocks: PemBlock[] = [];
  BEGIN.lastIndex = 0;
  for (let m = BEGIN.exec(text); m; m = BEGIN.exec(text)) {
    const type = m[1];
    const endLine = `-----END ${type}-----`;
    const end = text.indexOf(endLine, BEGIN.lastIndex);
    if (end < 0)
      throw new KeyFormatError(`PEM block ${type} is truncated (no END line)`);
    blocks.push(parseBody(type, text.slice(BEGIN.lastIndex, end)));
    BEGIN.lastIndex = end + endLine.length;
  }
  if (blocks.length === 0) throw new KeyFormatError('no PEM block found');
  return blocks;
}

/** Splits a block body into `Key: value` headers and the base64 payload, as Go's pem.Decode does. */
function parseBody(type: string, body: string): PemBlock {
  const lines = body.split(/\r?\n/);
  const headers = Object.create(null) as Record<string, string>;
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i];
    const colon = line.indexOf(':');
    if (colon < 0) break;
    headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  const b64 = lines.slice(i).join('').replace(/\s+/g, '');
  if (!BASE64.test(b64) || b64.length % 4 !== 0) {
    throw new KeyFormatError(`PEM block ${type} has a malformed base64 body`);
  }
  return { type, headers, bytes: new Uint8Array(Buffer.from(b64, 'base64')) };
}

/**
 * Encodes a block exactly as Go's pem.Encode: `Proc-Type` first, then the
 * other headers sorted, a blank line after headers, 64-character base64 lines.
 */
export function encodePem(block: PemBlock): string {
  const names = Object.keys(block.headers)
    .filter((k) => k !== 'Proc-Type')
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if ('Proc-Type' in block.headers) names.unshift('Proc-Type');
  let out = `-----BEGIN ${block.type}-----\n`;
  for (const name of names) out += `${name}: ${block.headers[name]}\n`;
  if (names.length > 0) out += '\n';
  const b64 = Buffer.from(block.bytes).toString('base64');
  for (let i = 0; i < b64.length; i += 64) out += b64.slice(i, i + 64) + '\n';
  return out + `-----END ${block.type}-----\n`;
}

/**
 * Accepts key text as PEM or as base64 of PEM (CI secrets are often stored
 * base64'd) and returns the PEM text. Never echoes the input in an error.
 */
export function decodeKeyInput(text: string): string {
  if (text.includes('-----BEGIN ')) return text;
  const compact = text.replace(/\s+/g, '');
  if (compact.length > 0 && BASE64.test(compact) && compact.length % 4 === 0) {
    const decoded = Buffer.from(compact, 'base64').toString('utf8');
    if (decoded.includes('-----BEGIN ')) return decoded;
  }
  throw new KeyFormatError('key input is neither PEM nor base64-encoded PEM');
}
