import { describe, expect, it } from 'vitest';
import {
  canonicalize,
  DelegatedRole,
  FileMeta,
  Key,
  MetadataError,
  parseJSON,
  Root,
  SignedMetadata,
  Snapshot,
  Targets,
  Timestamp,
} from '../../../../src/tuf/index.js';
import type { JSONObject } from '../../../../src/tuf/index.js';
import { fixtureBytes } from '../../../helpers/tuf-fixtures.js';

const signedOf = (role: string): JSONObject =>
  (parseJSON(fixtureBytes(role), role) as JSONObject).signed as JSONObject;
const KEY_A = new Key({ keyType: 'ecdsa', publicB64: 'AAAA' });
const KEY_B = new Key({ keyType: 'ecdsa', publicB64: 'BBBB' });
const EXPIRES = '2029-01-01T00:00:00Z';

function expectMetadataError(fn: () => unknown, fragment: RegExp): void {
  expect(fn).toThrow(MetadataError);
  expect(fn).toThrow(fragment);
}

describe('models', () => {
  describe('Root.fromJSON', () => {
    it('parses the fixture root', () => {
      const root = Root.fromJSON(signedOf('root'));
      expect(root.version).toBe(1);
      expect(
        root.roleKeys('timestamp').keys.values().next().value?.keyType
      ).toBe('ed25519');
    });

    describe('when _type is wrong', () => {
      it('throws naming the expected type', () => {
        const data = { ...signedOf('root'), _type: 'Targets' };
        expectMetadataError(
          () => Root.fromJSON(data),
          /root: expected _type Root, got "Targets"/
        );
      });
    });

    describe('when a base role is missing', () => {
      it('throws naming the role', () => {
        const data = signedOf('root');
        const roles = { ...(data.roles as JSONObject) };
        delete roles.snapshot;
        expectMetadataError(
          () => Root.fromJSON({ ...data, roles }),
          /missing snapshot role/
        );
      });
    });

    describe('when a role lists an unknown key', () => {
      it('throws', () => {
        const data = signedOf('root');
        const roles = {
          ...(data.roles as JSONObject),
          targets: { keyids: ['f'.repeat(64)], threshold: 1 },
        };
        expectMetadataError(
          () => Root.fromJSON({ ...data, roles }),
          /without corresponding key/
        );
      });

      // Found by the fuzz suite: a key ID is untrusted text and must not
      // put a second line into the message.
      it('quotes a key ID that is not plain text', () => {
        const data = signedOf('root');
        const roles = {
          ...(data.roles as JSONObject),
          targets: { keyids: ['a\nforged line'], threshold: 1 },
        };
        expectMetadataError(
          () => Root.fromJSON({ ...data, roles }),
          /^root: key ID "a\\nforged line" specified in targets without corresponding key$/
        );
      });
    });

    const badFields: Array<[string, JSONObject, RegExp]> = [
      ['version 0', { version: 0 }, /root\.version: expected ≥ 1, got 0/],
      [
        'a fractional version',
        { version: 1.5 },
        /root\.version: expected an integer/,
      ],
      [
        'a string version',
        { version: '1' },
        /root\.version: expected an integer/,
      ],
      [
        'a non-RFC 3339 expires',
        { expires: 'tomorrow' },
        /root\.expires: invalid time/,
      ],
      [
        'a non-boolean consistent_snapshot',
        { consistent_snapshot: 0 },
        /consistent_snapshot: expected a boolean/,
      ],
      [
        'threshold 0',
        {
          roles: {
            ...(signedOf('root').roles as JSONObject),
            root: { keyids: [], threshold: 0 },
          },
        },
        /root\.roles\.root\.threshold: expected ≥ 1/,
      ],
      [
        'keys that are not an object',
        { keys: [] },
        /root\.keys: expected an object/,
      ],
    ];
    for (const [name, patch, fragment] of badFields) {
      it(`throws for ${name}`, () =>
        expectMetadataError(
          () => Root.fromJSON({ ...signedOf('root'), ...patch }),
          fragment
        ));
    }
  });

  describe('Targets.fromJSON', () => {
    it('parses delegations of the fixture targets', () => {
      const t = Targets.fromJSON(signedOf('targets'));
      expect(t.delegationRoles.map((r) => r.name)).toEqual([
        'targets/ci',
        'targets/releases',
      ]);
      expect(t.roleKeys('targets/ci').threshold).toBe(1);
    });

    const role = (name: string, extra: JSONObject = {}): JSONObject => ({
      keyids: [KEY_A.keyID],
      name,
      paths: [''],
      threshold: 1,
      ...extra,
    });
    const targetsWith = (
      roles: JSONObject[],
      keys: JSONObject = { [KEY_A.keyID]: KEY_A.toJSON() }
    ): JSONObject => ({
      _type: 'Targets',
      delegations: { keys, roles },
      expires: EXPIRES,
      targets: {},
      version: 1,
    });

    it('accepts a direct child of a delegation', () => {
      expect(
        Targets.fromJSON(targetsWith([role('targets/a/b')]), 'targets/a')
          .delegationRoles
      ).toHaveLength(1);
    });

    const bad: Array<[string, JSONObject, string, RegExp]> = [
      [
        'a grandchild delegation',
        targetsWith([role('targets/a/b')]),
        'targets',
        /not a direct child of targets/,
      ],
      [
        'an invalid delegation name',
        targetsWith([role('targets/A')]),
        'targets',
        /delegation role "targets\/A" invalid/,
      ],
      [
        'a sibling delegation',
        targetsWith([role('targets/b')]),
        'targets/a',
        /not a direct child of targets\/a/,
      ],
      [
        'a role listed twice',
        targetsWith([role('targets/a'), role('targets/a')]),
        'targets',
        /listed twice/,
      ],
      [
        'a role with an unknown key',
        targetsWith([role('targets/a')], {}),
        'targets',
        /without corresponding key/,
      ],
      [
        'threshold 0',
        targetsWith([role('targets/a', { threshold: 0 })]),
        'targets',
        /threshold: expected ≥ 1/,
      ],
      [
        'non-string paths',
        targetsWith([role('targets/a', { paths: [1] })]),
        'targets',
        /paths\[0\]: expected a string/,
      ],
      [
        'a negative length',
        { ...targetsWith([]), targets: { t: { hashes: {}, length: -1 } } },
        'targets',
        /targets\.t\.length: expected ≥ 0/,
      ],
      [
        'a non-base64 hash',
        {
          ...targetsWith([]),
          targets: { t: { hashes: { sha256: 'zz' }, length: 1 } },
        },
        'targets',
        /hashes\.sha256: expected base64/,
      ],
      [
        '_type Root',
        { ...targetsWith([]), _type: 'Root' },
        'targets',
        /expected _type Targets/,
      ],
    ];
    for (const [name, data, roleName, fragment] of bad) {
      it(`throws for ${name}`, () =>
        expectMetadataError(() => Targets.fromJSON(data, roleName), fragment));
    }
  });

  describe('Snapshot and Timestamp', () => {
    it('parse the fixtures', () => {
      expect(
        Snapshot.fromJSON(signedOf('snapshot')).meta.get('targets/ci')?.length
      ).toBe(610);
      expect(
        Timestamp.fromJSON(signedOf('timestamp')).snapshotMeta.length
      ).toBe(1079);
    });

    it('reject a snapshot without a targets sha256', () => {
      const data = signedOf('snapshot');
      const meta = {
        ...(data.meta as JSONObject),
        targets: { hashes: { md5: 'AAAA' }, length: 1 },
      };
      expectMetadataError(
        () => Snapshot.fromJSON({ ...data, meta }),
        /needs a sha256 or sha512/
      );
    });

    it('reject a short sha256 in the timestamp', () => {
      const data = signedOf('timestamp');
      const meta = { snapshot: { hashes: { sha256: 'AAAA' }, length: 1 } };
      expectMetadataError(
        () => Timestamp.fromJSON({ ...data, meta }),
        /sha256: expected 32 bytes/
      );
    });

    it('reject a timestamp without snapshot meta', () => {
      expectMetadataError(
        () => Timestamp.fromJSON({ ...signedOf('timestamp'), meta: {} }),
        /missing snapshot/
      );
    });
  });

  describe('SignedMetadata.parse', () => {
    it('rejects a role name that cannot hold the kind', () => {
      expectMetadataError(
        () => SignedMetadata.parse(fixtureBytes('root'), 'targets', 'root'),
        /cannot hold targets/
      );
    });

    it('rejects signatures that are not base64', () => {
      const bad = new TextEncoder().encode(
        new TextDecoder()
          .decode(fixtureBytes('timestamp'))
          .replace(/"sig":"[^"]+"/, '"sig":"!!"')
      );
      expectMetadataError(
        () => SignedMetadata.parse(bad, 'timestamp'),
        /sig must be base64/
      );
    });

    describe('when a target entry carries a field the model does not know', () => {
      // notary checks signatures over CANON of the decoded map, unknown
      // fields included; the model (Go's struct) drops them.
      const withExtra = (indent?: number) => {
        const doc = JSON.parse(
          new TextDecoder().decode(fixtureBytes('targets/releases'))
        ) as JSONObject;
        const signed = doc.signed as JSONObject;
        const targets = signed.targets as Record<string, JSONObject>;
        const first = Object.keys(targets)[0];
        targets[first] = { ...targets[first], zzz: 1 };
        return {
          first,
          signed,
          bytes: new TextEncoder().encode(JSON.stringify(doc, null, indent)),
        };
      };

      for (const [form, indent] of [
        ['canonical text', undefined],
        ['indented text', 2],
      ] as const) {
        it(`signs over it in ${form}, and the model drops it`, () => {
          const { first, signed, bytes } = withExtra(indent);
          const m = SignedMetadata.parse(bytes, 'targets', 'targets/releases');
          expect(new TextDecoder().decode(m.signedBytes)).toBe(
            canonicalize(signed)
          );
          expect(canonicalize(signed)).toContain('"zzz":1');
          expect(m.signed.targets.get(first)?.toJSON()).not.toHaveProperty(
            'zzz'
          );
        });
      }
    });

    it('keeps the exact bytes and computes their file meta', () => {
      const m = SignedMetadata.parse(fixtureBytes('snapshot'), 'snapshot');
      const ts = SignedMetadata.parse(fixtureBytes('timestamp'), 'timestamp');
      expect(m.fileMeta().equals(ts.signed.snapshotMeta)).toBe(true);
    });
  });

  describe('Targets editors', () => {
    const base = new Targets({ version: 3, expires: EXPIRES });
    const releases = new DelegatedRole({
      name: 'targets/releases',
      keyIDs: [KEY_A.keyID],
      threshold: 1,
      paths: [''],
    });

    it('set and remove a target without changing the original', () => {
      const meta = FileMeta.fromSha256Hex('00'.repeat(32), 10);
      const withTag = base.withTarget('v1', meta);
      expect(withTag.targets.get('v1')).toBe(meta);
      expect(base.targets.size).toBe(0);
      expect(withTag.withoutTarget('v1').targets.size).toBe(0);
    });

    it('set many targets at once, replacing existing ones, without changing the original', () => {
      const one = FileMeta.fromSha256Hex('11'.repeat(32), 1);
      const two = FileMeta.fromSha256Hex('22'.repeat(32), 2);
      const withOld = base.withTarget(
        'v1',
        FileMeta.fromSha256Hex('00'.repeat(32), 9)
      );
      const t = withOld.withTargets([
        ['v1', one],
        ['v2', two],
      ]);
      expect([...t.targets]).toEqual([
        ['v1', one],
        ['v2', two],
      ]);
      expect(withOld.targets.get('v1')?.length).toBe(9);
      expect(t.version).toBe(withOld.version);
    });

    it('keep the targets in canonical (UTF-8 byte) order, wherever new names land', () => {
      const meta = (n: number) => FileMeta.fromSha256Hex('33'.repeat(32), n);
      const existing = base.withTargets([
        ['b', meta(1)],
        ['d', meta(2)],
        ['\uffff', meta(3)],
      ]);
      const t = existing.withTargets([
        ['\u{1f600}', meta(4)], // astral: after U+FFFF in UTF-8 order
        ['e', meta(5)],
        ['a', meta(6)],
        ['d', meta(7)], // replaces
        ['c', meta(8)],
      ]);
      expect([...t.targets].map(([n, m]) => [n, m.length])).toEqual([
        ['a', 6],
        ['b', 1],
        ['c', 8],
        ['d', 7],
        ['e', 5],
        ['\uffff', 3],
        ['\u{1f600}', 4],
      ]);
    });

    it('add a delegation with its keys', () => {
      const t = base.withDelegation(releases, [KEY_A]);
      expect(t.delegation('targets/releases')?.equals(releases)).toBe(true);
      expect([...t.delegationKeys.keys()]).toEqual([KEY_A.keyID]);
    });

    it('refuse a delegation whose keys are missing', () => {
      expectMetadataError(
        () => base.withDelegation(releases),
        /without corresponding key/
      );
    });

    it('add and remove delegation keys, pruning unused ones', () => {
      const t = base
        .withDelegation(releases, [KEY_A])
        .withDelegationKeys('targets/releases', [KEY_B]);
      expect(t.delegation('targets/releases')?.keyIDs).toEqual([
        KEY_A.keyID,
        KEY_B.keyID,
      ]);
      const removed = t.withoutDelegationKeys('targets/releases', [
        KEY_A.keyID,
      ]);
      expect([...removed.delegationKeys.keys()]).toEqual([KEY_B.keyID]);
    });

    it('remove a delegation and its now-unused keys', () => {
      const t = base
        .withDelegation(releases, [KEY_A])
        .withoutDelegation('targets/releases');
      expect(t.delegationRoles).toHaveLength(0);
      expect(t.delegationKeys.size).toBe(0);
    });

    it('bump the version and set expires in Go form', () => {
      const t = base
        .bumpVersion()
        .withExpires(new Date('2030-05-06T07:08:09.123Z'));
      expect(t.version).toBe(4);
      expect(t.toJSON().expires).toBe('2030-05-06T07:08:09Z');
    });

    it('throw for an edit of an unknown delegation', () => {
      expectMetadataError(
        () => base.withDelegationKeys('targets/x', [KEY_A]),
        /no delegation targets\/x/
      );
    });
  });
});
