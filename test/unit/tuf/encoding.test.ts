import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  base64ToBytes,
  bytesToBase64,
  isCanonicalBase64,
} from '../../../src/tuf/index.js';

/** The definition: well-formed, and Go's encoder writes the decoded bytes back the same. */
const oracle = (s: string) =>
  /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(s) &&
  Buffer.from(s, 'base64').toString('base64') === s;

describe('#isCanonicalBase64', () => {
  it('accepts what Go writes for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70 }), (bytes) => {
        expect(isCanonicalBase64(bytesToBase64(bytes))).toBe(true);
      })
    );
  });

  it('refuses non-zero padding bits, which Go would re-encode differently', () => {
    expect(isCanonicalBase64('AA==')).toBe(true);
    expect(isCanonicalBase64('AB==')).toBe(false);
    expect(isCanonicalBase64('AAA=')).toBe(true);
    expect(isCanonicalBase64('AAB=')).toBe(false);
    expect(base64ToBytes('AB==')).toBeUndefined();
  });

  it('refuses missing padding, URL-safe letters and stray characters', () => {
    for (const s of ['AA', 'AAA', 'A-_A', 'AA==\n', ' AAAA', 'A===', '===='])
      expect(isCanonicalBase64(s), s).toBe(false);
  });

  it('agrees with decode-and-re-encode on arbitrary base64-like text', () => {
    const chars = fc.constantFrom(...'AQgw/+9zB='.split(''));
    fc.assert(
      fc.property(fc.string({ unit: chars, maxLength: 12 }), (s) => {
        expect(isCanonicalBase64(s)).toBe(oracle(s));
      }),
      { numRuns: 2000 }
    );
  });
});
