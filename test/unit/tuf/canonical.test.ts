import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalize,
  compareUtf8,
  FileMeta,
  MetadataError,
  parseJSON,
  Targets,
} from '../../../src/tuf/index.js';
import type { JSONValue } from '../../../src/tuf/index.js';

describe('canonical JSON', () => {
  describe('#canonicalize', () => {
    const table: Array<[string, JSONValue, string]> = [
      ['sorts keys', { b: 1, a: 2 }, '{"a":2,"b":1}'],
      [
        'sorts upper case before _ before lower case',
        { a: 1, _type: 2, Z: 3, B: 4 },
        '{"B":4,"Z":3,"_type":2,"a":1}',
      ],
      [
        'sorts "signatures" before "signed"',
        { signed: 1, signatures: 2 },
        '{"signatures":2,"signed":1}',
      ],
      [
        'sorts by UTF-8 bytes: U+E000 before an astral character',
        { '😀': 1, '\ue000': 2 },
        '{"\ue000":2,"😀":1}',
      ],
      ['sorts é after ASCII', { é: 1, z: 2 }, '{"z":2,"é":1}'],
      ['sorts a prefix first', { ab: 1, a: 2 }, '{"a":2,"ab":1}'],
      [
        'escapes only quote and backslash',
        { s: 'a"b\\c' },
        '{"s":"a\\"b\\\\c"}',
      ],
      ['leaves < > & and U+2028 raw', { s: '<>&\u2028' }, '{"s":"<>&\u2028"}'],
      ['leaves non-ASCII raw', ['é', '😀'], '["é","😀"]'],
      ['prints integral numbers as integers', [3.0, -7, 0], '[3,-7,0]'],
      ['keeps array order', [3, 1, 2], '[3,1,2]'],
      [
        'nests',
        { o: { y: [null, true, false, {}], x: [] } },
        '{"o":{"x":[],"y":[null,true,false,{}]}}',
      ],
      [
        'handles __proto__ as a key',
        parseJSON('{"__proto__":1,"a":2}', 't'),
        '{"__proto__":1,"a":2}',
      ],
    ];
    for (const [name, value, expected] of table) {
      it(name, () => expect(canonicalize(value)).toBe(expected));
    }

    describe('when a number has a fraction', () => {
      it('throws MetadataError', () => {
        expect(() => canonicalize({ a: 1.5 })).toThrow(MetadataError);
        expect(() => canonicalize({ a: 1.5 })).toThrow(/only integers/);
      });
    });

    describe('when a number is beyond 2^53', () => {
      it('throws MetadataError', () => {
        expect(() => canonicalize([2 ** 60])).toThrow(MetadataError);
      });
    });

    it('round-trips through parseJSON for any integer-valued JSON', () => {
      // Canonical JSON writes control characters raw (not JSON), so leave them out.
      const text = fc
        .string({ unit: 'grapheme' })
        .filter((s) => [...s].every((c) => c.codePointAt(0)! >= 0x20));
      const json = fc.letrec((tie) => ({
        value: fc.oneof(
          { depthSize: 'small' },
          fc.constant(null),
          fc.boolean(),
          fc.integer(),
          text,
          fc.array(tie('value')),
          fc.dictionary(text, tie('value'))
        ),
      })).value as fc.Arbitrary<JSONValue>;
      fc.assert(
        fc.property(json, (v) => {
          const once = canonicalize(v);
          expect(canonicalize(parseJSON(once, 'prop'))).toBe(once);
        })
      );
    });
  });

  describe('#compareUtf8', () => {
    it('agrees with byte-wise comparison of the UTF-8 encodings', () => {
      fc.assert(
        fc.property(
          fc.string({ unit: 'grapheme' }),
          fc.string({ unit: 'grapheme' }),
          (a, b) => {
            const bytes = Math.sign(
              Buffer.compare(Buffer.from(a), Buffer.from(b))
            );
            expect(Math.sign(compareUtf8(a, b))).toBe(bytes);
          }
        )
      );
    });
  });

  describe('the notary-protocol §3.7 worked example', () => {
    const expected =
      '{"_type":"Targets","delegations":{"keys":{},"roles":[]},"expires":"2029-01-01T00:00:00Z","targets":{"v1.0":{"hashes":{"sha256":"qw9cPS4fABEiM0RVZneImaq7zN3u/wARIjNEVWZ3iJk="},"length":528}},"version":1}';
    const targets = new Targets({
      version: 1,
      expires: '2029-01-01T00:00:00Z',
    }).withTarget(
      'v1.0',
      FileMeta.fromSha256Hex(
        'ab0f5c3d2e1f00112233445566778899aabbccddeeff00112233445566778899',
        528
      )
    );

    it('produces the 202 canonical bytes', () => {
      const canon = canonicalize(targets.toJSON());
      expect(canon).toBe(expected);
      expect(Buffer.byteLength(canon)).toBe(202);
    });

    it('hashes to the documented sha256', () => {
      const digest = createHash('sha256')
        .update(canonicalize(targets.toJSON()))
        .digest('hex');
      expect(digest).toBe(
        '4cf94d0b02915cda0cd31635a4a78bf3408d8d85682275259bae47cb6d342566'
      );
    });
  });
});
