import { describe, expect, it } from 'vitest';
import {
  applySignerChange,
  applyToBundle,
  BundleError,
  changeSigner,
  encodeBundle,
  fetchBundle,
  parseBundle,
  publishBundle,
  SignerRemovalError,
} from '../../../../src/ops/admin/index.js';
import {
  PublishConflictError,
  PublishRejectedError,
} from '../../../../src/ops/index.js';
import { signMetadata } from '../../../../src/tuf/index.js';
import {
  ADMIN_GUN as GUN,
  ADMIN_NOW as NOW,
  dockerRepo,
  emptyGun,
  keyRing,
  newKey,
  readRepository,
} from '../../../helpers/admin-fixtures.js';
import {
  recordingLogger,
  tagTarget,
  type DockerRepo,
} from '../../../helpers/fake-notary.js';

// Regression tests for bugs found in src/ops/admin by the unit-coverage work:
// a rotation counting signatures its re-signing invalidates, bundle publish
// errors not explained, a root pin checked only after init had published,
// and an unchecked bundle fetchedAt.

const ringOf = (repo: DockerRepo) => keyRing([repo.targetsKey]);

async function stagedAdd(repo: DockerRepo) {
  const { bundle } = await fetchBundle(repo.client, NOW);
  return (
    await applyToBundle(
      bundle,
      { kind: 'add', name: 'bob', keys: [newKey('bob').publicKey] },
      { keyring: ringOf(repo), now: NOW }
    )
  ).bundle;
}

describe('#applySignerChange', () => {
  describe('when rotating with the new private key a signer of a threshold-2 targets/releases', () => {
    // checkReleases counts the co-signer's signature on the published file
    // (+1 for the new key) = 2/2, but re-signing bumps the version, so that
    // signature no longer covers the new bytes: the upload carries 1/2 and the
    // server refuses it with "the key is not a signer of that role any more".
    it('refuses before signing (SignerRemovalError), as the re-signed file would carry 1/2', async () => {
      const repo = await dockerRepo({ tags: [tagTarget('v1')] });
      const bob = newKey('bob');
      await repo.editTargets((t) => {
        const withBob = t.withDelegationKeys('targets/releases', [
          bob.publicKey,
        ]);
        return withBob.withDelegation(
          withBob.delegation('targets/releases')!.with({ threshold: 2 })
        );
      });
      const releases = repo.notary
        .currentTargets(GUN, 'targets/releases')!
        .bumpVersion();
      const signed = await signMetadata(releases, [repo.signer, bob]);
      await repo.notary.upload(GUN, [
        { role: 'targets/releases', bytes: signed.bytes },
      ]);
      const before = await readRepository(repo.client);
      expect(before.warnings).toEqual([]);
      const next = newKey('ci');
      await expect(
        applySignerChange(
          before,
          {
            kind: 'rotate',
            name: 'ci',
            keys: [next.publicKey],
            newSigner: next,
          },
          { keyring: ringOf(repo), now: NOW }
        )
      ).rejects.toThrow(SignerRemovalError);
    });
  });
});

describe('#publishBundle', () => {
  describe('when another publisher wins the race after the freshness check', () => {
    // changeSigner maps VERSION to PublishConflictError; publishBundle passes
    // the raw NotaryHTTPError on: "publishing targets of GUN: POST …: (400)
    // A newer version of metadata is already available."
    it('throws PublishConflictError', async () => {
      const repo = await dockerRepo();
      const bundle = await stagedAdd(repo);
      repo.notary.beforePublish = async (_gun, call) => {
        if (call === 0) await repo.editTargets((t) => t);
      };
      await expect(
        publishBundle(repo.client, bundle, {
          now: NOW,
          logger: recordingLogger(),
        })
      ).rejects.toThrow(PublishConflictError);
    });
  });

  describe('when the server does not hold the snapshot key (ErrBadHierarchy)', () => {
    // changeSigner explains this (notary key rotate GUN snapshot -r);
    // publishBundle passes the raw 400 on.
    it('throws PublishRejectedError naming notary key rotate', async () => {
      const repo = await dockerRepo({ clientHeldSnapshot: true });
      const bundle = await stagedAdd(repo);
      await expect(
        publishBundle(repo.client, bundle, {
          now: NOW,
          logger: recordingLogger(),
        })
      ).rejects.toThrow(PublishRejectedError);
    });
  });
});

describe('#changeSigner', () => {
  describe('when initialising a GUN with a root key ID pinned that is not the new root key', () => {
    // Observed: root v1 + targets v1 are POSTed, then readBack throws
    // RootPinError ("a root swap is an attack…"): the repository now exists
    // with a root the operator pinned against, and every re-run fails.
    it('refuses before uploading anything', async () => {
      const { notary, client } = emptyGun();
      await expect(
        changeSigner(
          client,
          { kind: 'add', name: 'ci', keys: [newKey().publicKey] },
          {
            keyring: keyRing([]),
            now: NOW,
            logger: recordingLogger(),
            rootKeyID: 'ab'.repeat(32),
          }
        )
      ).rejects.toThrow();
      expect(notary.posts).toEqual([]);
    });
  });
});

describe('#parseBundle', () => {
  describe('when fetchedAt is not an RFC 3339 time', () => {
    // Accepted here; verifyBundle later throws MetadataError
    // 'invalid RFC 3339 time "yesterday"' instead of a BundleError.
    it('throws BundleError', async () => {
      const repo = await dockerRepo();
      const { bundle } = await fetchBundle(repo.client, NOW);
      expect(() =>
        parseBundle(encodeBundle({ ...bundle, fetchedAt: 'yesterday' }))
      ).toThrow(BundleError);
    });
  });
});
