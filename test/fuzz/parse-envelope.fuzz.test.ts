import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEnvelope } from '../../src/tuf/parse-json.js';
import {
  canonicalize,
  encodeEnvelope,
  type JSONObject,
  type JSONValue,
} from '../../src/tuf/index.js';
import { FIXTURE_FILES, fixtureBytes } from '../helpers/tuf-fixtures.js';
import { check, integerJSON, unicodeString } from './fuzz.js';

// parseEnvelope's shortcut: when the text of `signed` is already canonical,
// its signed bytes are that text (unescaped), not a re-serialization. It must
// never differ from CANON(parse(text)): one wrong byte and every signature
// check would silently disagree with notary's.

/** CANON of the parsed `signed`, or undefined when it has none (floats, controls...). */
function canonicalOf(value: JSONValue): string | undefined {
  try {
    return canonicalize((value as JSONObject).signed);
  } catch {
    return undefined;
  }
}

function expectSound(text: string): void {
  let parsed;
  try {
    parsed = parseEnvelope(text, 'fuzz');
  } catch {
    return; // invalid JSON: nothing to compare
  }
  if (parsed.canonicalSigned !== undefined)
    expect(parsed.canonicalSigned).toBe(canonicalOf(parsed.value));
}

const signedValue = fc.oneof(
  integerJSON,
  fc.dictionary(unicodeString(6), integerJSON, { maxKeys: 6 }),
  fc.jsonValue({ maxDepth: 3 })
);

/** The same value in other spellings: spaces, other key order, other escapes. */
function respellings(v: unknown): string[] {
  const shuffled = (x: unknown): unknown =>
    Array.isArray(x)
      ? x.map(shuffled)
      : x !== null && typeof x === 'object'
        ? Object.fromEntries(
            Object.entries(x)
              .reverse()
              .map(([k, y]) => [k, shuffled(y)])
          )
        : x;
  return [
    JSON.stringify({ signed: v, signatures: [] }),
    JSON.stringify({ signed: v, signatures: [] }, null, 1),
    JSON.stringify({ signatures: [], signed: shuffled(v) }),
    JSON.stringify({ signed: v }).replace(/</g, '\\u003C'),
    JSON.stringify({ signed: v }).replace(/\//g, '\\/'),
  ];
}

describe('parseEnvelope', () => {
  it("takes the shortcut for Go's byte form, and it equals CANON", async () => {
    await check(
      fc.property(signedValue, (v) => {
        let bytes: Uint8Array;
        try {
          bytes = encodeEnvelope({ v: v as JSONValue }, []);
        } catch {
          return; // not representable by Go (controls, floats)
        }
        const parsed = parseEnvelope(bytes, 'fuzz');
        expect(parsed.canonicalSigned).toBe(
          canonicalize({ v: v as JSONValue })
        );
      })
    );
  });

  it('never gives other bytes than CANON, however the text is spelled', async () => {
    await check(
      fc.property(signedValue, (v) => {
        for (const text of respellings(v)) expectSound(text);
      })
    );
  });

  it('never gives other bytes than CANON for mutated fixture files', async () => {
    const roles = Object.keys(FIXTURE_FILES);
    await check(
      fc.property(
        fc.constantFrom(...roles),
        fc.nat(),
        fc.constantFrom(' ', '\\n', '0', '"', '\\\\', 'u', '<', '.', 'e', '-'),
        (role, at, insert) => {
          const text = new TextDecoder().decode(fixtureBytes(role));
          const i = at % text.length;
          expectSound(text.slice(0, i) + insert + text.slice(i));
          expectSound(text.slice(0, i) + text.slice(i + 1));
        }
      )
    );
  });

  it('takes the shortcut for every real notary file', () => {
    for (const role of Object.keys(FIXTURE_FILES)) {
      const parsed = parseEnvelope(fixtureBytes(role), role);
      expect(parsed.canonicalSigned, role).toBe(canonicalOf(parsed.value));
    }
  });
});
