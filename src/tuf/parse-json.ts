import { compareUtf8 } from './canonical.js';
import { MetadataError } from './errors.js';
import type { JSONObject, JSONValue } from './json.js';

/** Deepest nesting parseJSON accepts; notary metadata needs fewer than 10 levels. */
export const MAX_JSON_DEPTH = 512;

// fatal: invalid UTF-8 throws instead of becoming U+FFFD. ignoreBOM: keep a
// BOM in the text so the parser rejects it, as Go's decoder does.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
// eslint-disable-next-line no-control-regex -- JSON forbids raw C0 controls in strings
const PLAIN = /[^"\\\u0000-\u001f]*/y;
const LONE_SURROGATE =
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/**
 * Strict JSON parser for untrusted metadata. Rejects duplicate keys (Go keeps
 * the last one, so a signer and a verifier could disagree: notary-protocol.md
 * §12), invalid UTF-8, lone surrogates, trailing bytes and nesting deeper than
 * {@link MAX_JSON_DEPTH}. Objects have a null prototype, so `__proto__` is a
 * plain key. Errors are MetadataErrors that name `what`.
 */
export function parseJSON(input: Uint8Array | string, what: string): JSONValue {
  return parser(input, what).document();
}

/** Options of {@link parseEnvelope}. */
export interface EnvelopeOptions {
  /**
   * Turns each member of `signed.targets` into its model as soon as it is
   * parsed; the result takes the member's place in `value`. A 10,000-target
   * role then never exists twice at once (as a JSON tree and as models):
   * the tree's objects outlived young-generation GC and grew the process by
   * ~7 MiB for two such roles (docs/benchmark.md, case 3 peak RSS).
   */
  targetEntry?: (name: string, value: JSONValue) => unknown;
}

/** What {@link parseEnvelope} returns. */
export interface ParsedEnvelope {
  value: JSONValue;
  /**
   * CANON of the top-level `signed` value, when the file holds it in canonical
   * form (Go's HTML escapes allowed), as notary writes every file: it is then
   * the unescaped text itself, with no re-serialization. Undefined otherwise.
   */
  canonicalSigned?: string;
}

/**
 * parseJSON for a role file, which also notes whether the text of `signed`
 * is already canonical: no whitespace, keys in strictly increasing UTF-8
 * order, integers in their shortest form, and in strings no escapes but `\"`,
 * `\\` and the five Go HTML escapes. Then CANON(parse(text)) equals the
 * text with those five unescaped, so a caller can skip re-serializing
 * (~20 ms for a 10,000-target role); anything else takes the general path.
 */
export function parseEnvelope(
  input: Uint8Array | string,
  what: string,
  options: EnvelopeOptions = {}
): ParsedEnvelope {
  const p = parser(input, what);
  p.targetEntry = options.targetEntry;
  const value = p.document();
  return p.signedText === undefined
    ? { value }
    : { value, canonicalSigned: unescapeGoHTML(p.signedText) };
}

/** Undoes Go's HTML-safe escapes in canonical text (the only `\u` escapes it may hold). */
function unescapeGoHTML(text: string): string {
  if (!text.includes('\\u')) return text;
  return text.replace(/\\(?:u(003c|003e|0026|2028|2029)|["\\])/g, (m, hex) =>
    hex === undefined ? m : String.fromCharCode(parseInt(hex as string, 16))
  );
}

function parser(input: Uint8Array | string, what: string): Parser {
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    try {
      text = decoder.decode(input);
    } catch (err) {
      throw new MetadataError(`${what}: invalid UTF-8`, { cause: err });
    }
  }
  // Text decoded with `fatal` holds no lone surrogate; a JS string may.
  return new Parser(text, what, typeof input === 'string');
}

/** The escapes Go's encoder writes into canonical text: `<` `>` `&` U+2028 U+2029. */
const GO_HTML_ESCAPES = new Set(['003c', '003e', '0026', '2028', '2029']);

/** Recursive descent over the decoded text; depth is capped, so recursion is bounded. */
class Parser {
  private pos = 0;
  /**
   * Cleared by anything CANON would write differently; set again where the
   * top-level `signed` value starts, and read where it ends.
   */
  private canonical = true;
  /** The raw text of the top-level `signed` value, when it was canonical. */
  signedText: string | undefined;
  /** See EnvelopeOptions.targetEntry. */
  targetEntry: ((name: string, value: JSONValue) => unknown) | undefined;

  constructor(
    private readonly text: string,
    private readonly what: string,
    private readonly mayHoldLoneSurrogates: boolean
  ) {}

  document(): JSONValue {
    const value = this.value(0);
    this.skipSpace();
    if (this.pos !== this.text.length)
      this.fail('unexpected data after the JSON value');
    return value;
  }

  /** `place`: the value is the top-level `signed`, or its `targets` map. */
  private value(depth: number, place?: 'signed' | 'targets'): JSONValue {
    this.skipSpace();
    const c = this.text[this.pos];
    if (c === '{') return this.object(depth + 1, place);
    if (c === '[') return this.array(depth + 1);
    if (c === '"') return this.string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9'))
      return this.number();
    for (const [word, value] of LITERALS) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return value;
      }
    }
    return this.fail(
      c === undefined ? 'unexpected end of input' : 'unexpected character'
    );
  }

  private object(depth: number, place?: 'signed' | 'targets'): JSONObject {
    this.checkDepth(depth);
    // Null prototype from the start, so every key, `__proto__` included, is
    // an own property on every path below (a target may be named __proto__:
    // it is a valid docker tag, and losing it would drop it when re-signed).
    const out = Object.create(null) as JSONObject;
    this.pos++; // '{'
    if (this.consume('}')) return out;
    let previous: string | undefined;
    do {
      this.skipSpace();
      if (this.text[this.pos] !== '"') this.fail('expected a string key');
      const key = this.string();
      // Duplicate keys are ambiguous across parsers; refuse them outright.
      if (Object.hasOwn(out, key))
        this.fail(`duplicate key ${JSON.stringify(key)}`);
      if (previous !== undefined && compareUtf8(previous, key) >= 0)
        this.canonical = false;
      previous = key;
      if (!this.consume(':')) this.fail("expected ':'");
      if (depth === 1 && key === 'signed') {
        this.skipSpace();
        const start = this.pos;
        this.canonical = true;
        out[key] = this.value(depth, 'signed');
        this.signedText = this.canonical
          ? this.text.slice(start, this.pos)
          : undefined;
      } else if (place === 'signed' && key === 'targets') {
        out[key] = this.value(depth, 'targets');
      } else if (place === 'targets' && this.targetEntry) {
        out[key] = this.targetEntry(key, this.value(depth)) as JSONValue;
      } else {
        out[key] = this.value(depth);
      }
    } while (this.consume(','));
    if (!this.consume('}')) this.fail("expected ',' or '}'");
    return out;
  }

  private array(depth: number): JSONValue[] {
    this.checkDepth(depth);
    const out: JSONValue[] = [];
    this.pos++; // '['
    if (this.consume(']')) return out;
    do out.push(this.value(depth));
    while (this.consume(','));
    if (!this.consume(']')) this.fail("expected ',' or ']'");
    return out;
  }

  private string(): string {
    const start = ++this.pos; // after the opening quote
    // Fast path, nearly every string of a role: no escape and no control
    // character before the closing quote, so the text is the value.
    const text = this.text;
    const end = text.indexOf('"', start);
    if (end !== -1) {
      let i = start;
      for (; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x5c || c < 0x20) break;
      }
      if (i === end) {
        this.pos = end + 1;
        const value = text.slice(start, end);
        if (this.mayHoldLoneSurrogates && LONE_SURROGATE.test(value))
          this.fail('lone surrogate in string');
        return value;
      }
    }
    let out = '';
    for (;;) {
      PLAIN.lastIndex = this.pos;
      const run = PLAIN.exec(this.text)![0];
      out += run;
      this.pos += run.length;
      const c = this.text[this.pos];
      if (c === '"') break;
      if (c === undefined) this.fail('unterminated string');
      if (c !== '\\') this.fail('control character in string');
      out += this.escape();
    }
    this.pos++; // closing quote
    // A lone surrogate has no UTF-8 form; canonical bytes would be ambiguous.
    if (LONE_SURROGATE.test(out)) this.fail('lone surrogate in string');
    return out;
  }

  private escape(): string {
    const c = this.text[this.pos + 1];
    if (c === 'u') {
      const hex = this.text.slice(this.pos + 2, this.pos + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('bad \\u escape');
      if (!GO_HTML_ESCAPES.has(hex)) this.canonical = false;
      this.pos += 6;
      return String.fromCharCode(parseInt(hex, 16));
    }
    const decoded = c === undefined ? undefined : ESCAPES[c];
    if (decoded === undefined) this.fail('bad escape');
    if (c !== '"' && c !== '\\') this.canonical = false;
    this.pos += 2;
    return decoded;
  }

  private number(): number {
    // Fast path, every number of a role: an integer of at most 15 digits
    // (exact in a double), read in place without a regex match.
    const text = this.text;
    let p = this.pos;
    const negative = text.charCodeAt(p) === 0x2d;
    if (negative) p++;
    const first = p;
    let value = 0;
    for (; p < text.length; p++) {
      const c = text.charCodeAt(p);
      if (c < 0x30 || c > 0x39) break;
      value = value * 10 + (c - 0x30);
    }
    const digits = p - first;
    const next = text.charCodeAt(p);
    if (
      digits > 0 &&
      digits <= 15 &&
      next !== 0x2e && // .
      next !== 0x65 && // e
      next !== 0x45 && // E
      !(digits > 1 && text.charCodeAt(first) === 0x30)
    ) {
      this.pos = p;
      if (negative && value === 0) this.canonical = false; // CANON writes 0
      return negative ? -value : value;
    }
    return this.generalNumber();
  }

  private generalNumber(): number {
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text);
    if (!match) this.fail('bad number');
    this.pos += match[0].length;
    const value = Number(match[0]);
    if (!Number.isFinite(value)) this.fail('number out of range');
    // CANON writes safe integers only, shortest form: not 1.0, 1e2 or -0.
    const t = match[0];
    if (
      !Number.isSafeInteger(value) ||
      Object.is(value, -0) ||
      t.includes('.') ||
      t.includes('e') ||
      t.includes('E')
    )
      this.canonical = false;
    return value;
  }

  private checkDepth(depth: number): void {
    if (depth > MAX_JSON_DEPTH)
      this.fail(`nesting deeper than ${MAX_JSON_DEPTH}`);
  }

  private consume(c: string): boolean {
    this.skipSpace();
    if (this.text.charCodeAt(this.pos) !== c.charCodeAt(0)) return false;
    this.pos++;
    return true;
  }

  // JSON whitespace only (RFC 8259 §2); Go accepts exactly these four.
  private skipSpace(): void {
    const text = this.text;
    let pos = this.pos;
    for (;;) {
      const c = text.charCodeAt(pos);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
      pos++;
    }
    if (pos !== this.pos) this.canonical = false;
    this.pos = pos;
  }

  private fail(message: string): never {
    throw new MetadataError(
      `${this.what}: invalid JSON at offset ${this.pos}: ${message}`
    );
  }
}

const LITERALS: ReadonlyArray<[string, JSONValue]> = [
  ['true', true],
  ['false', false],
  ['null', null],
];
