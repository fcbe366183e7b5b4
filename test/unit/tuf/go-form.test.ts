import { describe, expect, it } from 'vitest';
import {
  encodeEnvelope,
  formatExpires,
  goEscapeHTML,
  goQuote,
  isExpiredAt,
  MetadataError,
  normalizeGoTime,
  parseTime,
  Signature,
} from '../../../src/tuf/index.js';

const text = (b: Uint8Array): string => new TextDecoder().decode(b);
const KEYID = 'a'.repeat(64);

describe('Go byte forms', () => {
  describe('#goEscapeHTML', () => {
    it('escapes < > & U+2028 U+2029 with lower-case hex', () => {
      expect(goEscapeHTML('{"a":"<b>&\u2028\u2029"}')).toBe(
        '{"a":"\\u003cb\\u003e\\u0026\\u2028\\u2029"}'
      );
    });

    it('leaves other non-ASCII raw', () => {
      expect(goEscapeHTML('"é😀"')).toBe('"é😀"');
    });
  });

  describe('#goQuote', () => {
    it('writes Go 1.19 escapes for controls, quotes and HTML characters', () => {
      expect(goQuote('a"\\\n\r\t\u0001\b<&')).toBe(
        '"a\\"\\\\\\n\\r\\t\\u0001\\u0008\\u003c\\u0026"'
      );
    });
  });

  describe('#encodeEnvelope', () => {
    it('writes signed first, then signatures in keyid, method, sig order', () => {
      const out = encodeEnvelope({ version: 1, _type: 'Targets' }, [
        new Signature(KEYID, 'ecdsa', 'AAAA'),
      ]);
      expect(text(out)).toBe(
        `{"signed":{"_type":"Targets","version":1},"signatures":[{"keyid":"${KEYID}","method":"ecdsa","sig":"AAAA"}]}`
      );
    });

    it('writes [] for no signatures, never null', () => {
      expect(text(encodeEnvelope({}, []))).toBe(
        '{"signed":{},"signatures":[]}'
      );
    });

    it('escapes & in the signed part as \\u0026', () => {
      expect(text(encodeEnvelope({ t: 'a&b' }, []))).toBe(
        '{"signed":{"t":"a\\u0026b"},"signatures":[]}'
      );
    });

    describe('when a string holds a control character', () => {
      it('throws MetadataError, as Go cannot serialize it', () => {
        expect(() => encodeEnvelope({ t: 'a\nb' }, [])).toThrow(MetadataError);
        expect(() => encodeEnvelope({ t: 'a\nb' }, [])).toThrow(
          /control character/
        );
      });
    });
  });

  describe('#normalizeGoTime', () => {
    const table: Array<[string, string]> = [
      ['2029-01-01T00:00:00.000Z', '2029-01-01T00:00:00Z'],
      ['2029-01-01T00:00:00+00:00', '2029-01-01T00:00:00Z'],
      ['2029-01-01T00:00:00-00:00', '2029-01-01T00:00:00Z'],
      ['2029-01-01T00:00:00.120000000-05:00', '2029-01-01T00:00:00.12-05:00'],
      ['2036-11-19T02:00:29.694620393Z', '2036-11-19T02:00:29.694620393Z'],
      ['2029-01-01T00:00:00Z', '2029-01-01T00:00:00Z'],
      ['2028-02-29T23:59:59.5+01:30', '2028-02-29T23:59:59.5+01:30'],
    ];
    for (const [input, go] of table) {
      it(`prints ${input} as ${go}`, () =>
        expect(normalizeGoTime(input)).toBe(go));
    }

    const bad = [
      '2029-01-01 00:00:00Z',
      '2029-01-01T00:00:00',
      '2029-01-01t00:00:00z',
      '2029-13-01T00:00:00Z',
      '2029-02-29T00:00:00Z',
      '2029-01-01T24:00:00Z',
      '2029-01-01T00:00:60Z',
      '2029-01-01T00:00:00.1234567890Z',
      '2029-01-01T00:00:00,5Z',
      '2029-01-01T00:00:00+24:00',
    ];
    for (const input of bad) {
      it(`throws MetadataError for ${input}`, () => {
        expect(() => normalizeGoTime(input)).toThrow(MetadataError);
        expect(() => normalizeGoTime(input)).toThrow(/time/);
      });
    }
  });

  describe('#parseTime', () => {
    it('applies the offset', () => {
      expect(parseTime('2029-01-01T00:00:00-05:00').toISOString()).toBe(
        '2029-01-01T05:00:00.000Z'
      );
    });

    it('keeps years below 100 as written', () => {
      expect(parseTime('0050-06-01T00:00:00Z').getUTCFullYear()).toBe(50);
    });
  });

  describe('#isExpiredAt', () => {
    const expires = '2026-12-06T02:00:29.787906269Z';

    it('is false up to and at the expiry millisecond', () => {
      expect(isExpiredAt(expires, new Date('2026-12-06T02:00:29.787Z'))).toBe(
        false
      );
    });

    it('is true once the reference time is past it', () => {
      expect(isExpiredAt(expires, new Date('2026-12-06T02:00:29.788Z'))).toBe(
        true
      );
    });
  });

  describe('#formatExpires', () => {
    it('writes UTC whole seconds with Z', () => {
      expect(formatExpires(new Date('2029-01-01T10:20:30.999+02:00'))).toBe(
        '2029-01-01T08:20:30Z'
      );
    });

    it('throws MetadataError for an invalid date', () => {
      expect(() => formatExpires(new Date(NaN))).toThrow(MetadataError);
      expect(() => formatExpires(new Date('+010000-01-01T00:00:00Z'))).toThrow(
        /0000\.\.9999/
      );
    });
  });
});
