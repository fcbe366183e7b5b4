import { describe, expect, it } from 'vitest';
import { SignerError } from '../../../../src/errors.js';
import { NotSignedError, verifyTag } from '../../../../src/ops/admin/index.js';
import { FileMeta, signMetadata } from '../../../../src/tuf/index.js';
import {
  ADMIN_GUN as GUN,
  dockerRepo,
  newKey,
  readRepository,
} from '../../../helpers/admin-fixtures.js';
import { tagMeta, tagTarget } from '../../../helpers/fake-notary.js';

const catchError = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return undefined;
};

describe('#verifyTag', () => {
  describe('when targets/releases and targets both sign the tag', () => {
    it('returns the digest of targets/releases', async () => {
      const repo = await dockerRepo({ tags: [tagTarget('v1')] });
      await repo.editTargets((t) =>
        t.withTarget('v1', tagMeta(tagTarget('v1', 'other')))
      );
      expect(verifyTag(await readRepository(repo.client), 'v1')).toEqual({
        gun: GUN,
        tag: 'v1',
        digest: tagTarget('v1').digest,
        size: tagTarget('v1').size,
        role: 'targets/releases',
      });
    });
  });

  describe('when only targets signs the tag', () => {
    it('returns the digest of targets', async () => {
      const repo = await dockerRepo();
      await repo.editTargets((t) =>
        t.withTarget('v0', tagMeta(tagTarget('v0')))
      );
      const hit = verifyTag(await readRepository(repo.client), 'v0');
      expect(hit.role).toBe('targets');
      expect(hit.digest).toBe(tagTarget('v0').digest);
    });
  });

  describe('when the targets/releases entry has no sha256', () => {
    it('falls back to the targets entry', async () => {
      const repo = await dockerRepo();
      const sha512Only = FileMeta.fromJSON(
        {
          length: 3,
          hashes: { sha512: Buffer.alloc(64, 1).toString('base64') },
        },
        'v3'
      );
      expect(sha512Only.sha256Hex).toBeUndefined();
      const releases = repo.notary
        .currentTargets(GUN, 'targets/releases')!
        .withTarget('v3', sha512Only)
        .bumpVersion();
      const signed = await signMetadata(releases, [repo.signer]);
      const res = await repo.notary.upload(GUN, [
        { role: 'targets/releases', bytes: signed.bytes },
      ]);
      expect(res.status).toBe(200);
      await repo.editTargets((t) =>
        t.withTarget('v3', tagMeta(tagTarget('v3')))
      );
      const read = await readRepository(repo.client);
      expect(read.findTarget('v3').map((m) => m.role)).toEqual([
        'targets',
        'targets/releases',
      ]);
      expect(verifyTag(read, 'v3')).toMatchObject({
        role: 'targets',
        digest: tagTarget('v3').digest,
      });
    });
  });

  describe('when only another delegation signs the tag', () => {
    it('throws NotSignedError: docker trusts releases and targets only', async () => {
      const repo = await dockerRepo();
      await repo.notary.publishAs(GUN, 'targets/ci', repo.signer, [
        tagTarget('ci-only'),
      ]);
      const read = await readRepository(repo.client);
      expect(read.findTarget('ci-only')).toHaveLength(1);
      const err = catchError(() => verifyTag(read, 'ci-only'));
      expect(err).toBeInstanceOf(NotSignedError);
      expect(err).toBeInstanceOf(SignerError);
      expect((err as Error).message).toBe(
        `${GUN}:ci-only is not signed in targets/releases or targets`
      );
    });
  });

  describe('when no role signs the tag', () => {
    it('throws NotSignedError naming the tag', async () => {
      const repo = await dockerRepo({ tags: [tagTarget('v1')] });
      const read = await readRepository(repo.client);
      expect(() => verifyTag(read, 'v9')).toThrow(
        new NotSignedError(
          `${GUN}:v9 is not signed in targets/releases or targets`
        )
      );
    });
  });

  describe('when targets/releases does not verify', () => {
    it('throws NotSignedError saying why releases was skipped', async () => {
      const repo = await dockerRepo({
        tags: [tagTarget('v1')],
        releasesSignedBy: newKey('intruder'),
      });
      const read = await readRepository(repo.client);
      expect(() => verifyTag(read, 'v1')).toThrow(NotSignedError);
      expect(() => verifyTag(read, 'v1')).toThrow(
        /^registry\.test\/acme\/app:v1 is not signed in targets\/releases or targets \(targets\/releases did not verify: .+\)$/
      );
    });
  });
});
