import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../../src/errors.js';
import {
  applyToBundle,
  changeSigner,
  fetchBundle,
  MissingKeyError,
  NotSignedError,
  type ChangeSignerOptions,
  type RevokeChange,
} from '../../../../src/ops/admin/index.js';
import { RepositoryNotFoundError } from '../../../../src/ops/index.js';
import { DelegatedRole, type Targets } from '../../../../src/tuf/index.js';
import {
  ADMIN_NOW as NOW,
  dockerRepo,
  emptyGun,
  keyRing,
  postedFiles,
  postedRoles,
  readRepository,
  signedBy,
  type RecordingKeyRing,
} from '../../../helpers/admin-fixtures.js';
import {
  newDelegationKey,
  recordingLogger,
  tagTarget,
  type DockerRepo,
} from '../../../helpers/fake-notary.js';

const TAGS = [tagTarget('v1'), tagTarget('v2')];

function options(
  keyring: RecordingKeyRing,
  over: Partial<ChangeSignerOptions> = {}
): ChangeSignerOptions {
  return { keyring, now: NOW, logger: recordingLogger(), ...over };
}

const revokeOf = (
  tags: RevokeChange['tags'],
  roles?: string[]
): RevokeChange => ({ kind: 'revoke', tags, roles });

/** A docker-made repository with v1 and v2 signed into releases and ci. */
const signedRepo = () => dockerRepo({ tags: TAGS });
const ringOf = (repo: DockerRepo) => keyRing([repo.signer]);

const tagsIn = async (repo: DockerRepo, role: string) =>
  [
    ...(await readRepository(repo.client, [role]))
      .role(role)!
      .metadata.signed.targets.keys(),
  ].sort();

describe('#changeSigner (revoke)', () => {
  describe('when the delegation key of both roles is held', () => {
    it('removes the tag from targets/releases and targets/ci in one upload', async () => {
      const repo = await signedRepo();
      const result = await changeSigner(
        repo.client,
        revokeOf(['v1']),
        options(ringOf(repo))
      );
      expect(postedRoles(repo.notary)).toEqual([
        ['targets/releases', 'targets/ci'],
      ]);
      expect(result.published).toBe(true);
      expect(result.roles).toEqual([
        { role: 'targets/releases', version: 2 },
        { role: 'targets/ci', version: 2 },
      ]);
      expect(await tagsIn(repo, 'targets/releases')).toEqual(['v2']);
      expect(await tagsIn(repo, 'targets/ci')).toEqual(['v2']);
    });

    it('signs each role with the delegation key and a fresh 3-year expiry', async () => {
      const repo = await signedRepo();
      await changeSigner(repo.client, revokeOf(['v1']), options(ringOf(repo)));
      for (const [, file] of postedFiles(repo.notary)) {
        expect(signedBy(file, [repo.signer.publicKey])).toBe(true);
        expect((file.signed as Targets).expires).toBe('2029-11-22T03:00:00Z');
      }
    });

    it('lists each removal in the diff with digest and size', async () => {
      const repo = await signedRepo();
      const result = await changeSigner(
        repo.client,
        revokeOf(['v1']),
        options(ringOf(repo))
      );
      const digest = TAGS[0].digest;
      expect(result.diff).toEqual([
        `- targets/releases  v1  ${digest}  ${TAGS[0].size} bytes`,
        `- targets/ci  v1  ${digest}  ${TAGS[0].size} bytes`,
      ]);
    });
  });

  describe('when dry-run', () => {
    it('uploads nothing, asks for no key and still gives the diff', async () => {
      const repo = await signedRepo();
      const ring = ringOf(repo);
      const result = await changeSigner(
        repo.client,
        revokeOf(['v1']),
        options(ring, { dryRun: true })
      );
      expect(repo.notary.posts).toHaveLength(0);
      expect(ring.calls).toEqual([]);
      expect(result.published).toBe(false);
      expect(result.diff).toHaveLength(2);
    });
  });

  describe('when --role names one role', () => {
    it('edits only that role', async () => {
      const repo = await signedRepo();
      await changeSigner(
        repo.client,
        revokeOf(['v1'], ['targets/ci']),
        options(ringOf(repo))
      );
      expect(postedRoles(repo.notary)).toEqual([['targets/ci']]);
      expect(await tagsIn(repo, 'targets/releases')).toEqual(['v1', 'v2']);
    });

    it('refuses a role the repository does not have', async () => {
      const repo = await signedRepo();
      await expect(
        changeSigner(
          repo.client,
          revokeOf(['v1'], ['targets/nope']),
          options(ringOf(repo))
        )
      ).rejects.toThrow(UsageError);
      expect(repo.notary.posts).toHaveLength(0);
    });
  });

  describe('when the tag is not signed', () => {
    it('throws NotSignedError and uploads nothing', async () => {
      const repo = await signedRepo();
      await expect(
        changeSigner(repo.client, revokeOf(['v9']), options(ringOf(repo)))
      ).rejects.toThrow(/registry\.test\/acme\/app:v9 is not signed/);
      await expect(
        changeSigner(repo.client, revokeOf(['v9']), options(ringOf(repo)))
      ).rejects.toThrow(NotSignedError);
      expect(repo.notary.posts).toHaveLength(0);
    });
  });

  describe('when no key of targets/releases is held', () => {
    it('throws MissingKeyError (the tag would still verify) and uploads nothing', async () => {
      const repo = await signedRepo();
      await expect(
        changeSigner(repo.client, revokeOf(['v1']), options(keyRing([])))
      ).rejects.toThrow(MissingKeyError);
      expect(repo.notary.posts).toHaveLength(0);
    });
  });

  describe('when another role holds the tag and no key of it is held', () => {
    async function withBob() {
      const repo = await signedRepo();
      const bob = newDelegationKey('bob');
      await repo.editTargets((t) =>
        t.withDelegation(
          new DelegatedRole({
            name: 'targets/bob',
            keyIDs: [bob.keyID],
            threshold: 1,
            paths: [''],
          }),
          [bob.publicKey]
        )
      );
      await repo.notary.publishAs(repo.gun, 'targets/bob', bob, [TAGS[0]]);
      return repo;
    }

    it('leaves that role as it is and warns', async () => {
      const repo = await withBob();
      const result = await changeSigner(
        repo.client,
        revokeOf(['v1']),
        options(ringOf(repo))
      );
      expect(postedRoles(repo.notary).at(-1)).toEqual([
        'targets/releases',
        'targets/ci',
      ]);
      expect(result.warnings).toEqual([
        expect.stringMatching(/^targets\/bob keeps its entry/),
      ]);
      expect(result.diff.some((d) => d.includes('targets/bob'))).toBe(false);
      expect(await tagsIn(repo, 'targets/bob')).toEqual(['v1']);
    });

    it('refuses when that role is named with --role', async () => {
      const repo = await withBob();
      await expect(
        changeSigner(
          repo.client,
          revokeOf(['v1'], ['targets/bob']),
          options(ringOf(repo))
        )
      ).rejects.toThrow(MissingKeyError);
    });
  });

  describe('when targets/releases no longer verifies (threshold raised to 2)', () => {
    it('still revokes from a named role that verifies', async () => {
      const repo = await signedRepo();
      const other = newDelegationKey('other');
      await repo.editTargets((t) =>
        t.withDelegation(
          new DelegatedRole({
            name: 'targets/releases',
            keyIDs: [repo.signer.keyID, other.keyID],
            threshold: 2,
            paths: [''],
          }),
          [repo.signer.publicKey, other.publicKey]
        )
      );
      await expect(
        changeSigner(
          repo.client,
          revokeOf(['v1'], ['targets/ci']),
          options(keyRing([repo.signer]))
        )
      ).resolves.toMatchObject({ published: true });
      expect(await tagsIn(repo, 'targets/ci')).toEqual(['v2']);
    });
  });

  describe('when every released tag is revoked', () => {
    it('empties both roles', async () => {
      const repo = await signedRepo();
      await changeSigner(repo.client, revokeOf('all'), options(ringOf(repo)));
      expect(await tagsIn(repo, 'targets/releases')).toEqual([]);
      expect(await tagsIn(repo, 'targets/ci')).toEqual([]);
    });

    it('throws NotSignedError when nothing is signed', async () => {
      const repo = await dockerRepo();
      await expect(
        changeSigner(repo.client, revokeOf('all'), options(ringOf(repo)))
      ).rejects.toThrow(/no signed tags to remove/);
    });
  });

  describe('when the GUN has no trust data', () => {
    it('throws RepositoryNotFoundError', async () => {
      const { client } = emptyGun();
      await expect(
        changeSigner(client, revokeOf(['v1']), options(keyRing([])))
      ).rejects.toThrow(RepositoryNotFoundError);
    });
  });
});

describe('#applyToBundle (revoke)', () => {
  it('stages the re-signed roles without any network', async () => {
    const repo = await signedRepo();
    const { bundle } = await fetchBundle(repo.client, NOW);
    const before = repo.notary.log.length;
    const { bundle: next, result } = await applyToBundle(
      bundle,
      revokeOf(['v2']),
      { keyring: ringOf(repo), now: NOW }
    );
    expect(repo.notary.log.length).toBe(before);
    expect(Object.keys(next.staged ?? {})).toEqual([
      'targets/releases',
      'targets/ci',
    ]);
    expect(result.roles.map((r) => r.version)).toEqual([2, 2]);
  });
});
