import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MetadataError,
  Signature,
  canonicalize,
  encodeEnvelope,
  parseJSON,
  type JSONObject,
  type JSONValue,
} from '../../src/tuf/index.js';
import { check, expectOnly, integerJSON, unicodeString } from './fuzz.js';

// Canonical JSON (docker/go canonical/json, notary-protocol.md §4) against an
// independent reference: keys sorted by Buffer.compare of their UTF-8 bytes,
// only `"` and `\` escaped, integers only.

/** Reference canonical form, written from the spec and nothing in src/. */
function reference(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string')
    return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).sort((a, b) =>
    Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'))
  );
  return `{${keys.map((k) => `${reference(k)}:${reference(obj[k])}`).join(',')}}`;
}

// eslint-disable-next-line no-control-regex -- Go's envelope refuses raw C0 controls
const CONTROL = /[\u0000-\u001f]/;

const objectJSON = fc
  .uniqueArray(fc.tuple(unicodeString(8), integerJSON), {
    maxLength: 8,
    selector: ([k]) => k,
  })
  .map((entries) => Object.fromEntries(entries) as JSONObject);

describe('canonical JSON under fuzzing', () => {
  describe('#canonicalize', () => {
    it('equals the reference form: keys in UTF-8 byte order, only " and \\ escaped', async () => {
      await check(
        fc.asyncProperty(integerJSON, async (value) => {
          const r = await expectOnly([MetadataError], () =>
            canonicalize(value as JSONValue)
          );
          expect(r).toEqual({ value: reference(value) });
        })
      );
    });

    it('is idempotent through parseJSON', async () => {
      await check(
        fc.property(integerJSON, (value) => {
          const once = canonicalize(value as JSONValue);
          // raw control characters are canonical but not JSON (see below)
          fc.pre(!CONTROL.test(once));
          const parsed = parseJSON(new TextEncoder().encode(once), 'fuzz');
          expect(canonicalize(parsed)).toBe(once);
        })
      );
    });

    it('parses with JSON.parse to a deep-equal value', async () => {
      await check(
        fc.property(integerJSON, (value) => {
          // Canonical JSON writes control characters raw, which RFC 8259 (and
          // so JSON.parse) forbids; the envelope property covers those.
          const text = canonicalize(value as JSONValue);
          fc.pre(!CONTROL.test(text));
          expect(JSON.parse(text)).toEqual(value);
        })
      );
    });

    it('orders astral keys after U+E000..U+FFFF keys (UTF-8, not UTF-16 order)', async () => {
      await check(
        fc.property(
          fc.integer({ min: 0xe000, max: 0xffff }),
          fc.integer({ min: 0x10000, max: 0x10ffff }),
          (bmp, astral) => {
            const a = String.fromCodePoint(bmp);
            const b = String.fromCodePoint(astral);
            expect(canonicalize({ [b]: 1, [a]: 2 })).toBe(
              `{"${a}":2,"${b}":1}`
            );
          }
        )
      );
    });

    it('refuses non-integers with a MetadataError', async () => {
      await check(
        fc.asyncProperty(
          fc.double().filter((d) => !Number.isSafeInteger(d)),
          async (d) => {
            const r = await expectOnly([MetadataError], () =>
              canonicalize({ n: [d] })
            );
            expect('error' in r).toBe(true);
          }
        )
      );
    });
  });

  describe('#encodeEnvelope', () => {
    it('re-parses to the same signed object and signatures (Go form)', async () => {
      const signature = fc
        .tuple(
          fc.stringMatching(/^[0-9a-f]{64}$/),
          fc.constantFrom('ecdsa', 'eddsa', 'rsapss', 'x<&>\u2028'),
          fc.uint8Array({ maxLength: 64 })
        )
        .map(
          ([id, method, sig]) =>
            new Signature(id, method, Buffer.from(sig).toString('base64'))
        );
      await check(
        fc.asyncProperty(
          objectJSON,
          fc.array(signature, { maxLength: 3 }),
          async (signed, signatures) => {
            const r = await expectOnly([MetadataError], () =>
              encodeEnvelope(signed, signatures)
            );
            if ('error' in r) {
              // only refused for what Go cannot write: a raw control character
              expect(CONTROL.test(canonicalize(signed))).toBe(true);
              return;
            }
            const back = parseJSON(r.value, 'envelope') as JSONObject;
            expect(Object.keys(back)).toEqual(['signed', 'signatures']);
            expect(back.signed).toEqual(signed);
            expect(canonicalize(back.signed)).toBe(canonicalize(signed));
            expect(back.signatures).toEqual(signatures.map((s) => s.toJSON()));
            // Go's HTML escaping leaves none of < > & U+2028 U+2029 raw
            expect(new TextDecoder().decode(r.value)).not.toMatch(
              /[<>&\u2028\u2029]/
            );
          }
        )
      );
    });
  });
});
