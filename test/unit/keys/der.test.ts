import { describe, expect, it } from 'vitest';
import { KeyFormatError } from '../../../src/keys/index.js';
import { parseDer } from '../../../src/keys/der.js';
import {
  derBitString,
  derDirectoryString,
  derInteger,
  derOctetString,
  derOid,
  derSequence,
  derTime,
  derTLV,
} from '../../../src/keys/der-writer.js';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const bytes = (h: string): Uint8Array => Uint8Array.from(Buffer.from(h, 'hex'));

describe('DER writer and reader', () => {
  describe('when round-tripping values', () => {
    it('encodes and decodes OIDs with multi-byte arcs', () => {
      for (const oid of [
        '1.2.840.10045.4.3.2',
        '1.3.6.1.4.1.11591.15.1',
        '2.16.840.1.101.3.4.1.42',
        '2.5.29.15',
      ]) {
        expect(parseDer(derOid(oid), 'oid').oid('oid')).toBe(oid);
      }
      expect(hex(derOid('1.2.840.10045.2.1'))).toBe('06072a8648ce3d0201');
    });

    it('encodes INTEGERs minimally and positive', () => {
      expect(hex(derInteger(0))).toBe('020100');
      expect(hex(derInteger(2048))).toBe('02020800');
      expect(hex(derInteger(bytes('0080')))).toBe('02020080');
      expect(hex(derInteger(bytes('ff')))).toBe('020200ff');
      expect(parseDer(derInteger(bytes('ff')), 'i').integer('i')).toBe(255n);
      expect(parseDer(bytes('0201ff'), 'i').integer('i')).toBe(-1n);
    });

    it('uses long-form lengths past 127 bytes', () => {
      const long = derOctetString(new Uint8Array(300));
      expect(hex(long.subarray(0, 4))).toBe('0482012c');
      expect(parseDer(long, 'o').octets('o')).toHaveLength(300);
    });

    it('writes UTCTime through 2049 and GeneralizedTime after', () => {
      expect(parseDer(derTime(new Date('2036-11-19T02:00:29Z')), 't').tag).toBe(
        0x17
      );
      expect(parseDer(derTime(new Date('2050-01-01T00:00:00Z')), 't').tag).toBe(
        0x18
      );
      for (const d of [
        '2036-11-19T02:00:29Z',
        '2051-06-01T10:20:30Z',
        '1999-12-31T23:59:59Z',
      ]) {
        expect(parseDer(derTime(new Date(d)), 't').time('t')).toEqual(
          new Date(d)
        );
      }
    });

    it('picks PrintableString or UTF8String as Go does', () => {
      expect(parseDer(derDirectoryString('127.0.0.1:5000/a'), 's').tag).toBe(
        0x13
      );
      expect(parseDer(derDirectoryString('docker.io/a_b'), 's').tag).toBe(0x0c);
      expect(parseDer(derDirectoryString('ünï'), 's').text('s')).toBe('ünï');
    });

    it('walks SEQUENCE children', () => {
      const seq = derSequence(
        derInteger(1),
        derBitString(bytes('0102')),
        derOctetString(bytes('03'))
      );
      const [a, b, c] = parseDer(seq, 's').sequence('s', 3);
      expect(a.smallInt('a')).toBe(1);
      expect(hex(b.bitString('b'))).toBe('0102');
      expect(hex(c.octets('c'))).toBe('03');
    });
  });

  describe('when the input is malformed', () => {
    const cases: [string, string][] = [
      ['truncated value', '300501020101'],
      ['truncated header', '30'],
      ['indefinite length', '308002010100'],
      ['oversized length field', '3085ffffffffff'],
      ['trailing bytes', '3000ff'],
      ['empty', ''],
    ];
    for (const [name, input] of cases) {
      it(`throws KeyFormatError for ${name}`, () => {
        expect(() => parseDer(bytes(input), 'x').children('x')).toThrow(
          KeyFormatError
        );
      });
    }

    it('throws KeyFormatError on a wrong tag, naming the field', () => {
      expect(() => parseDer(derInteger(1), 'field').oid('version')).toThrow(
        'version: expected DER tag 0x06, got 0x02'
      );
    });

    it('throws KeyFormatError for BIT STRINGs with unused bits, bad OIDs and bad times', () => {
      expect(() =>
        parseDer(derBitString(bytes('a0'), 5), 'b').bitString('b')
      ).toThrow(KeyFormatError);
      expect(() => parseDer(bytes('060188'), 'o').oid('o')).toThrow(
        KeyFormatError
      );
      expect(() =>
        parseDer(derTLV(0x17, new TextEncoder().encode('2501')), 't').time('t')
      ).toThrow(KeyFormatError);
      expect(() => parseDer(derInteger(1), 'p').children('p')).toThrow(
        KeyFormatError
      );
    });

    it('never throws anything but KeyFormatError on random bytes', () => {
      let seed = 1;
      const rand = (): number =>
        (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256;
      for (let i = 0; i < 500; i++) {
        const input = Uint8Array.from({ length: 1 + (i % 40) }, rand);
        try {
          const node = parseDer(input, 'x');
          if (node.tag & 0x20) node.children('x');
        } catch (err) {
          expect(err).toBeInstanceOf(KeyFormatError);
        }
      }
    });
  });
});
