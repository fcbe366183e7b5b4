import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../../src/errors.js';
import {
  addSignerKeys,
  checkSignerName,
  removeSignerKeys,
  rotateSignerKeys,
  signerRole,
  validSignatureCount,
} from '../../../../src/ops/admin/index.js';
import {
  keysOnlyOf,
  shortIDs,
  signerNames,
} from '../../../../src/ops/admin/signer-edit.js';
import {
  DelegatedRole,
  SignedMetadata,
  signMetadata,
  Targets,
} from '../../../../src/tuf/index.js';
import { ADMIN_GUN as GUN, newKey } from '../../../helpers/admin-fixtures.js';

const empty = () =>
  new Targets({ version: 1, expires: '2030-01-01T00:00:00Z' });
const role = (name: string, keyIDs: string[], threshold = 1) =>
  new DelegatedRole({ name, keyIDs, threshold, paths: [''] });

describe('#checkSignerName', () => {
  describe('when the name is "releases"', () => {
    it('throws a UsageError saying it is reserved', () => {
      expect(() => checkSignerName('releases')).toThrow(
        new UsageError(
          'signer name "releases" is reserved (targets/releases holds the released tags); pick another name'
        )
      );
    });
  });

  describe('when the name breaks docker rules', () => {
    it.each(['', 'Ci', '_ci', '-ci', 'ci/x', 'ci.bot', 'ci bot', 'é'])(
      'throws a UsageError for %j',
      (name) => {
        expect(() => checkSignerName(name)).toThrow(UsageError);
        expect(() => checkSignerName(name)).toThrow(
          `signer name "${name}" is invalid: use lower-case letters, digits`
        );
      }
    );

    it('refuses names longer than 200 characters', () => {
      expect(() => checkSignerName('a'.repeat(201))).toThrow(/is invalid/);
      expect(() => checkSignerName('a'.repeat(200))).not.toThrow();
    });
  });

  describe('when the name follows docker rules', () => {
    it.each(['ci', '0day', 'ci_bot-2', 'releases2'])('accepts %j', (name) => {
      expect(() => checkSignerName(name)).not.toThrow();
    });
  });
});

describe('#signerRole', () => {
  it('prefixes targets/', () => {
    expect(signerRole('ci')).toBe('targets/ci');
  });
});

describe('#addSignerKeys', () => {
  describe('when targets/NAME exists without the "" path', () => {
    it('merges the keys, keeps its threshold and adds ""', () => {
      const a = newKey('a');
      const b = newKey('b');
      const before = empty().withDelegation(
        new DelegatedRole({
          name: 'targets/ci',
          keyIDs: [a.keyID],
          threshold: 1,
          paths: ['v'],
        }),
        [a.publicKey]
      );
      const out = addSignerKeys(before, 'ci', [b.publicKey]);
      expect(out.delegation('targets/ci')!.toJSON()).toEqual({
        keyids: [a.keyID, b.keyID],
        name: 'targets/ci',
        paths: ['v', ''],
        threshold: 1,
      });
    });
  });

  describe('when a key is already listed', () => {
    it('does not list it twice', () => {
      const a = newKey('a');
      const once = addSignerKeys(empty(), 'ci', [a.publicKey]);
      const twice = addSignerKeys(once, 'ci', [a.publicKey]);
      expect(twice.toJSON()).toEqual(once.toJSON());
    });
  });
});

describe('#signerNames', () => {
  it('lists the direct delegations other than releases', () => {
    const a = newKey('a');
    const t = addSignerKeys(
      addSignerKeys(empty(), 'ci', [a.publicKey]),
      'bob',
      [a.publicKey]
    );
    expect(signerNames(t)).toEqual(['ci', 'bob']);
  });
});

describe('#keysOnlyOf', () => {
  it('keeps only the keys no other signer lists', () => {
    const a = newKey('a');
    const b = newKey('b');
    const t = addSignerKeys(
      addSignerKeys(empty(), 'ci', [a.publicKey, b.publicKey]),
      'bob',
      [b.publicKey]
    );
    expect(keysOnlyOf(t, 'ci', [a.keyID, b.keyID])).toEqual([a.keyID]);
  });
});

describe('#removeSignerKeys', () => {
  describe('when there is no targets/releases', () => {
    it('removes targets/NAME only', () => {
      const a = newKey('a');
      const t = empty().withDelegation(role('targets/ci', [a.keyID]), [
        a.publicKey,
      ]);
      const out = removeSignerKeys(t, 'ci', GUN);
      expect(out.delegationRoles).toEqual([]);
      expect(out.delegationKeys.size).toBe(0);
    });
  });

  describe('when the repository has no signers', () => {
    it('throws a UsageError saying none', () => {
      expect(() => removeSignerKeys(empty(), 'ci', GUN)).toThrow(
        new UsageError(`no signer ci for repository ${GUN} (signers: none)`)
      );
    });
  });
});

describe('#rotateSignerKeys', () => {
  describe('when the old key is shared with another signer', () => {
    it('keeps it in targets/releases and adds the new key', () => {
      const old = newKey('old');
      const next = newKey('next');
      const t = addSignerKeys(
        addSignerKeys(empty(), 'ci', [old.publicKey]),
        'bob',
        [old.publicKey]
      );
      const out = rotateSignerKeys(t, 'ci', [next.publicKey], GUN);
      expect(out.delegation('targets/ci')!.keyIDs).toEqual([next.keyID]);
      expect(out.delegation('targets/bob')!.keyIDs).toEqual([old.keyID]);
      expect(out.delegation('targets/releases')!.keyIDs).toEqual([
        old.keyID,
        next.keyID,
      ]);
    });
  });

  describe('when the new keys include an old one', () => {
    it('keeps that key in targets/releases', () => {
      const a = newKey('a');
      const b = newKey('b');
      const t = addSignerKeys(empty(), 'ci', [a.publicKey]);
      const out = rotateSignerKeys(t, 'ci', [a.publicKey, b.publicKey], GUN);
      expect(out.delegation('targets/releases')!.keyIDs).toEqual([
        a.keyID,
        b.keyID,
      ]);
    });
  });

  describe('when there is no targets/releases', () => {
    it('changes targets/NAME only, pruning the old key', () => {
      const a = newKey('a');
      const b = newKey('b');
      const t = empty().withDelegation(role('targets/ci', [a.keyID], 2), [
        a.publicKey,
      ]);
      const out = rotateSignerKeys(t, 'ci', [b.publicKey], GUN);
      expect(out.delegation('targets/ci')!.keyIDs).toEqual([b.keyID]);
      expect(out.delegation('targets/ci')!.threshold).toBe(2);
      expect(out.delegation('targets/releases')).toBeUndefined();
      expect([...out.delegationKeys.keys()]).toEqual([b.keyID]);
    });
  });

  describe('when the signer does not exist', () => {
    it('throws a UsageError naming the signers', () => {
      const a = newKey('a');
      const t = addSignerKeys(empty(), 'ci', [a.publicKey]);
      expect(() => rotateSignerKeys(t, 'bob', [a.publicKey], GUN)).toThrow(
        /^no signer bob for repository .* \(signers: ci\)$/
      );
    });
  });
});

describe('#validSignatureCount', () => {
  async function releasesSignedBy(
    ...keys: ReturnType<typeof newKey>[]
  ): Promise<SignedMetadata<Targets>> {
    return signMetadata(
      new Targets({
        role: 'targets/releases',
        version: 1,
        expires: '2030-01-01T00:00:00Z',
      }),
      keys
    );
  }

  describe('when the role is not delegated', () => {
    it('returns 0', async () => {
      const a = newKey('a');
      expect(
        validSignatureCount(
          await releasesSignedBy(a),
          empty(),
          'targets/releases'
        )
      ).toBe(0);
    });
  });

  describe('when signatures come from listed and unlisted keys', () => {
    it('counts the distinct listed keys with valid signatures', async () => {
      const a = newKey('a');
      const b = newKey('b');
      const c = newKey('c');
      const t = empty().withDelegation(
        role('targets/releases', [a.keyID, b.keyID], 2),
        [a.publicKey, b.publicKey]
      );
      // c is defined in targets but only as another role's key
      const withC = t.withDelegation(role('targets/other', [c.keyID]), [
        c.publicKey,
      ]);
      const file = await releasesSignedBy(a, c);
      expect(validSignatureCount(file, withC, 'targets/releases')).toBe(1);
      const both = await releasesSignedBy(a, b);
      expect(validSignatureCount(both, t, 'targets/releases')).toBe(2);
    });
  });

  describe('when a signature does not verify', () => {
    it('does not count it', async () => {
      const a = newKey('a');
      const t = empty().withDelegation(role('targets/releases', [a.keyID]), [
        a.publicKey,
      ]);
      const good = await releasesSignedBy(a);
      const other = await signMetadata(
        new Targets({
          role: 'targets/releases',
          version: 2,
          expires: '2030-01-01T00:00:00Z',
        }),
        [a]
      );
      // a's signature over v2 presented on the v1 bytes
      const forged = new SignedMetadata({
        signed: good.signed,
        signatures: other.signatures,
        bytes: good.bytes,
        signedBytes: good.signedBytes,
      });
      expect(validSignatureCount(good, t, 'targets/releases')).toBe(1);
      expect(validSignatureCount(forged, t, 'targets/releases')).toBe(0);
    });
  });
});

describe('#shortIDs', () => {
  it('gives the first 12 hex digits of each canonical ID', () => {
    const a = newKey('a');
    expect(shortIDs([a.publicKey])).toEqual([a.keyID.slice(0, 12)]);
  });
});
