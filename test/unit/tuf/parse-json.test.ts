import { describe, expect, it } from 'vitest';
import {
  MAX_JSON_DEPTH,
  MetadataError,
  parseJSON,
  type JSONObject,
} from '../../../src/tuf/index.js';
import { parseEnvelope } from '../../../src/tuf/parse-json.js';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

function expectReject(input: Uint8Array | string, fragment: RegExp): void {
  expect(() => parseJSON(input, 'root.json')).toThrow(MetadataError);
  expect(() => parseJSON(input, 'root.json')).toThrow(fragment);
}

describe('#parseJSON', () => {
  describe('when the input is valid JSON', () => {
    it('parses bytes and strings alike', () => {
      expect(
        parseJSON(bytes(' {"a":[1,-2.5e1,true,false,null,"x"]} \n'), 't')
      ).toEqual({
        a: [1, -25, true, false, null, 'x'],
      });
      expect(parseJSON('"\\u00e9\\ud83d\\ude00\\n\\/"', 't')).toBe('é😀\n/');
    });

    it('returns objects with a null prototype', () => {
      const v = parseJSON('{"a":{}}', 't') as Record<string, unknown>;
      expect(Object.getPrototypeOf(v)).toBeNull();
      expect(Object.getPrototypeOf(v.a)).toBeNull();
    });

    it('keeps __proto__ as a plain own key', () => {
      const v = parseJSON('{"__proto__":{"polluted":true}}', 't') as Record<
        string,
        unknown
      >;
      expect(Object.keys(v)).toEqual(['__proto__']);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.getPrototypeOf(v)).toBeNull();
      expect(Object.getOwnPropertyDescriptor(v, '__proto__')?.value).toEqual({
        polluted: true,
      });
    });

    it('reads integers of any length, signs and forms as JavaScript numbers', () => {
      const v = parseJSON(
        '[0,-0,7,-42,123456789012345,1234567890123456,-12345678901234567890,1e2,1.5,-0.0]',
        't'
      ) as number[];
      expect(v).toEqual([
        0,
        -0,
        7,
        -42,
        123456789012345,
        1234567890123456,
        Number('-12345678901234567890'),
        100,
        1.5,
        -0,
      ]);
      expect(Object.is(v[1], -0)).toBe(true);
    });

    it('accepts nesting up to the cap', () => {
      const deep = '['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH);
      expect(() => parseJSON(deep, 't')).not.toThrow();
    });
  });

  describe('when an object repeats a key', () => {
    it('throws naming the key and the input', () => {
      expectReject(
        '{"signed":{"version":1,"version":2}}',
        /root\.json: .*duplicate key "version"/
      );
    });
  });

  describe('when the input is not strict JSON', () => {
    const cases: Array<[string, Uint8Array | string, RegExp]> = [
      ['trailing garbage', '{"a":1}x', /unexpected data after/],
      ['a second document', '{}{}', /unexpected data after/],
      ['a trailing comma', '[1,]', /unexpected character/],
      ['single quotes', "{'a':1}", /expected a string key/],
      ['a raw control character', '"a\tb"', /control character/],
      ['a bad escape', '"\\x"', /bad escape/],
      ['a short \\u escape', '"\\u12"', /bad \\u escape/],
      ['a lone surrogate escape', '"\\ud800"', /lone surrogate/],
      ['a leading zero', '01', /unexpected data after/],
      ['a bare minus', '-', /bad number/],
      ['an overflowing number', '1e400', /out of range/],
      ['NaN', 'NaN', /unexpected character/],
      ['an unterminated string', '"abc', /unterminated string/],
      ['empty input', '', /unexpected end of input/],
      ['a byte-order mark', bytes('\ufeff{}'), /unexpected character/],
    ];
    for (const [name, input, fragment] of cases) {
      it(`throws for ${name}`, () => expectReject(input, fragment));
    }
  });

  describe('when the bytes are not UTF-8', () => {
    it('throws MetadataError', () => {
      expectReject(
        new Uint8Array([0x22, 0xff, 0x22]),
        /root\.json: invalid UTF-8/
      );
    });
  });

  describe('when nesting exceeds the cap', () => {
    it('throws instead of overflowing the stack', () => {
      const n = MAX_JSON_DEPTH + 1;
      expectReject('['.repeat(n) + ']'.repeat(n), /nesting deeper than 512/);
      expectReject('{"a":'.repeat(100_000), /nesting deeper/);
    });
  });
});

describe('#parseEnvelope with targetEntry', () => {
  const seen: string[] = [];
  const entry = (name: string, value: unknown) => {
    seen.push(name);
    return { model: value };
  };

  it('hands over each member of signed.targets, and only those', () => {
    seen.length = 0;
    const text = JSON.stringify({
      signed: {
        delegations: { targets: { notMe: 1 } },
        targets: { a: { length: 1 }, b: { length: 2 } },
      },
      targets: { notMeEither: 1 },
    });
    const { value } = parseEnvelope(text, 't', { targetEntry: entry });
    expect(seen).toEqual(['a', 'b']);
    const signed = (value as JSONObject).signed as JSONObject;
    expect(signed.targets).toEqual({
      a: { model: { length: 1 } },
      b: { model: { length: 2 } },
    });
    expect((signed.delegations as JSONObject).targets).toEqual({ notMe: 1 });
  });

  it('still notes canonical text while it does', () => {
    const text = '{"signed":{"targets":{"a":{"length":1}}},"signatures":[]}';
    const parsed = parseEnvelope(text, 't', { targetEntry: entry });
    expect(parsed.canonicalSigned).toBe('{"targets":{"a":{"length":1}}}');
  });
});
