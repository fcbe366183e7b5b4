import { describe, expect, it } from 'vitest';
import {
  FileMeta,
  Key,
  MetadataError,
  RootRole,
  Signature,
  SignedMetadata,
} from '../../../../src/tuf/index.js';
import type { JSONValue } from '../../../../src/tuf/index.js';
import { fixtureBytes } from '../../../helpers/tuf-fixtures.js';

function expectMetadataError(fn: () => unknown, fragment: RegExp): void {
  expect(fn).toThrow(MetadataError);
  expect(fn).toThrow(fragment);
}

describe('small models', () => {
  describe('Key.fromJSON', () => {
    const bad: Array<[string, JSONValue, RegExp]> = [
      ['a non-object', 1, /expected an object/],
      [
        'an empty keytype',
        { keytype: '', keyval: { public: 'AAAA' } },
        /keytype must be/,
      ],
      ['a missing keyval', { keytype: 'ecdsa' }, /keyval must be an object/],
      [
        'non-base64 public',
        { keytype: 'ecdsa', keyval: { public: '%%' } },
        /keyval.public must be base64/,
      ],
      [
        'private material',
        { keytype: 'ecdsa', keyval: { public: 'AAAA', private: 'AAAA' } },
        /private material/,
      ],
    ];
    for (const [name, data, fragment] of bad) {
      it(`throws for ${name}`, () =>
        expectMetadataError(() => Key.fromJSON(data), fragment));
    }

    it('computes the notary key ID of the fixture timestamp key', () => {
      const k = Key.fromJSON({
        keytype: 'ed25519',
        keyval: {
          public: 'KNRBrCmwuaH8Okl8QE4jDST8NWI9n/jQWE2BK8eWBts=',
          private: null,
        },
      });
      expect(k.keyID).toBe(
        '623256a285d178d832fdea03ba30ce691b2881292f1c21ea5607390250194181'
      );
      expect(k.equals(Key.fromJSON(k.toJSON()))).toBe(true);
    });
  });

  describe('Signature.fromJSON', () => {
    const id = 'a'.repeat(64);
    const bad: Array<[string, JSONValue, RegExp]> = [
      ['a non-object', [], /expected an object/],
      [
        'an upper-case keyid',
        { keyid: 'A'.repeat(64), method: 'ecdsa', sig: 'AAAA' },
        /keyid must be 64/,
      ],
      [
        'a non-string method',
        { keyid: id, method: 1, sig: 'AAAA' },
        /method must be a string/,
      ],
      [
        'non-canonical base64',
        { keyid: id, method: 'ecdsa', sig: 'AB==' },
        /sig must be base64/,
      ],
    ];
    for (const [name, data, fragment] of bad) {
      it(`throws for ${name}`, () =>
        expectMetadataError(() => Signature.fromJSON(data), fragment));
    }

    it('lower-cases the method as notary does', () => {
      expect(
        Signature.fromJSON({ keyid: id, method: 'ECDSA', sig: 'AAAA' }).method
      ).toBe('ecdsa');
    });
  });

  describe('RootRole', () => {
    it('compares key IDs and threshold', () => {
      const a = new RootRole({ keyIDs: ['x'], threshold: 1 });
      expect(a.equals(RootRole.fromJSON(a.toJSON(), 'r'))).toBe(true);
      expect(a.equals(new RootRole({ keyIDs: ['x'], threshold: 2 }))).toBe(
        false
      );
    });

    it('rejects threshold 0', () => {
      expectMetadataError(
        () => new RootRole({ keyIDs: [], threshold: 0 }),
        /threshold must be an integer ≥ 1/
      );
    });
  });

  describe('Snapshot editors', () => {
    const snapshot = SignedMetadata.parse(
      fixtureBytes('snapshot'),
      'snapshot'
    ).signed;

    it('record, drop and re-version entries immutably', () => {
      const meta = FileMeta.fromBytes(new Uint8Array([1, 2]));
      const edited = snapshot
        .withMeta('targets/new', meta)
        .withoutMeta('targets/ci')
        .bumpVersion();
      expect(edited.meta.get('targets/new')?.equals(meta)).toBe(true);
      expect(edited.meta.has('targets/ci')).toBe(false);
      expect(edited.version).toBe(3);
      expect(snapshot.meta.has('targets/ci')).toBe(true);
      expect(
        snapshot.equals(snapshot.withExpires(new Date('2030-01-01T00:00:00Z')))
      ).toBe(false);
    });
  });

  describe('FileMeta', () => {
    it('keeps canonical custom data and compares it', () => {
      const a = FileMeta.fromJSON(
        { custom: { b: 1, a: 2 }, hashes: {}, length: 1 },
        't'
      );
      expect(a.toJSON()).toEqual({
        custom: { b: 1, a: 2 },
        hashes: {},
        length: 1,
      });
      expect(
        a.equals(
          FileMeta.fromJSON(
            { custom: { a: 2, b: 1 }, hashes: {}, length: 1 },
            't'
          )
        )
      ).toBe(true);
      expect(a.equals(FileMeta.fromJSON({ hashes: {}, length: 1 }, 't'))).toBe(
        false
      );
    });

    it('rejects a digest that is not 64 hex digits', () => {
      expectMetadataError(
        () => FileMeta.fromSha256Hex('AB', 1),
        /64 lower-case hex/
      );
    });
  });
});
