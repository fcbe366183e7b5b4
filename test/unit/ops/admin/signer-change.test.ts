import { describe, expect, it } from 'vitest';
import { SignerError, UsageError } from '../../../../src/errors.js';
import {
  canonicalKeyID,
  certificateOfKey,
  createRootCertificate,
  loadPrivateKey,
  parsePublicKeyPem,
  signerForCertificate,
} from '../../../../src/keys/index.js';
import { NotaryHTTPError } from '../../../../src/notary/index.js';
import {
  changeSigner,
  listSigners,
  NotSignedError,
  readBack,
  SignerRemovalError,
  verifyTag,
  type ChangeSignerOptions,
} from '../../../../src/ops/admin/index.js';
import {
  PublishConflictError,
  PublishRejectedError,
  ReadBackError,
  RepositoryNotFoundError,
  RootPinError,
} from '../../../../src/ops/index.js';
import {
  DelegatedRole,
  SignedMetadata,
  type Root,
  type Targets,
} from '../../../../src/tuf/index.js';
import {
  ADMIN_GUN as GUN,
  ADMIN_NOW as NOW,
  dockerRepo,
  emptyGun,
  keyRing,
  newKey,
  postedFiles,
  postedRoles,
  readRepository,
  signedBy,
  type RecordingKeyRing,
} from '../../../helpers/admin-fixtures.js';
import {
  notaryErrorResponse,
  recordingLogger,
  tagTarget,
  type DockerRepo,
} from '../../../helpers/fake-notary.js';
import { fixtureText } from '../../../helpers/keys-fixtures.js';

function options(
  keyring: RecordingKeyRing,
  over: Partial<ChangeSignerOptions> = {}
): ChangeSignerOptions {
  return { keyring, now: NOW, logger: recordingLogger(), ...over };
}

/** The diff's change lines, without the `= ` statement of everything signed. */
const changed = (diff: string[]) => diff.filter((l) => !l.startsWith('= '));

/** A key ring holding the repository (targets) key of a docker repo. */
const ringOf = (repo: DockerRepo) => keyRing([repo.targetsKey]);

const targetsOf = (
  files: Map<string, SignedMetadata>,
  role = 'targets'
): Targets => files.get(role)!.signed as Targets;

describe('#changeSigner', () => {
  describe('when the GUN has no trust data and the change is an add', () => {
    async function initialise() {
      const { notary, client } = emptyGun();
      const ring = keyRing([]);
      const ci = newKey('ci');
      const result = await changeSigner(
        client,
        { kind: 'add', name: 'ci', keys: [ci.publicKey] },
        options(ring)
      );
      return { notary, client, ring, ci, result };
    }

    it('uploads root v1 and targets v1 in one POST, with no snapshot', async () => {
      const { notary } = await initialise();
      expect(postedRoles(notary)).toEqual([['root', 'targets']]);
      const files = postedFiles(notary);
      expect(files.get('root')!.signed.version).toBe(1);
      expect(files.get('targets')!.signed.version).toBe(1);
    });

    it('requests the server-held snapshot and timestamp keys before making any key', async () => {
      const { notary, ring } = await initialise();
      expect(notary.log.slice(0, 3)).toEqual([
        'GET root.json',
        'GET snapshot.key',
        'GET timestamp.key',
      ]);
      expect(ring.calls).toEqual(['rootSigner', `createKey:targets:${GUN}`]);
    });

    it('lists the server keys as snapshot and timestamp keys of root', async () => {
      const { notary } = await initialise();
      const root = postedFiles(notary).get('root')!.signed as Root;
      expect(
        root
          .roleKeys('snapshot')
          .keys.has(notary.serverKey(GUN, 'snapshot').keyID)
      ).toBe(true);
      expect(
        root
          .roleKeys('timestamp')
          .keys.has(notary.serverKey(GUN, 'timestamp').keyID)
      ).toBe(true);
    });

    it('wraps the root key in a certificate CN=GUN valid 10 years', async () => {
      const { notary } = await initialise();
      const root = postedFiles(notary).get('root')!.signed as Root;
      const [cert] = root.roleKeys('root').keys.values();
      expect(cert.keyType).toBe('ecdsa-x509');
      const parsed = certificateOfKey(cert);
      expect(parsed.subjectCN).toBe(GUN);
      expect(parsed.notAfter.toISOString()).toBe('2036-11-22T03:00:00.000Z');
      expect(root.expires).toBe('2036-11-22T03:00:00Z');
    });

    it('delegates targets/releases and targets/NAME to the key, targets expiring in 3 years', async () => {
      const { notary, ci } = await initialise();
      const targets = targetsOf(postedFiles(notary));
      expect(targets.expires).toBe('2029-11-22T03:00:00Z');
      for (const role of ['targets/releases', 'targets/ci']) {
        expect(targets.delegation(role)!.toJSON()).toEqual({
          keyids: [ci.keyID],
          name: role,
          paths: [''],
          threshold: 1,
        });
      }
    });

    it('signs targets with the new targets key and root with the root certificate', async () => {
      const { notary, ring } = await initialise();
      const files = postedFiles(notary);
      const root = files.get('root')!.signed as Root;
      const [rootKey, targetsKey] = ring.created;
      expect(
        signedBy(files.get('targets')!, [
          ...root.roleKeys('targets').keys.values(),
        ])
      ).toBe(true);
      expect(root.roleKeys('targets').keys.has(targetsKey.keyID)).toBe(true);
      expect(
        signedBy(files.get('root')!, [...root.roleKeys('root').keys.values()])
      ).toBe(true);
      expect(canonicalKeyID([...root.roleKeys('root').keys.values()][0])).toBe(
        rootKey.keyID
      );
    });

    it('reports the created root and targets keys by canonical ID', async () => {
      const { ring, result } = await initialise();
      expect(result.createdKeys).toEqual([
        { role: 'root', keyID: ring.created[0].keyID },
        { role: 'targets', keyID: ring.created[1].keyID },
      ]);
    });

    it('returns an initialised, published result with root v1 and targets v1', async () => {
      const { result } = await initialise();
      expect(result).toMatchObject({
        gun: GUN,
        initialised: true,
        published: true,
        warnings: [],
        roles: [
          { role: 'root', version: 1 },
          { role: 'targets', version: 1 },
        ],
      });
      expect(result.diff[0]).toMatch(
        /^\+ root v1 {2}new repository: root key certificate CN=registry\.test\/acme\/app \(10 years\)/
      );
      expect(result.diff.slice(1).map((l) => l.split('  ')[0])).toEqual([
        '+ targets/ci',
        '+ targets/releases',
      ]);
    });

    it('leaves a repository that verifies, with the signer listed', async () => {
      const { client } = await initialise();
      const report = listSigners(await readRepository(client));
      expect(report.signers.map((s) => [s.name, s.published])).toEqual([
        ['releases', false],
        ['ci', false],
      ]);
    });

    it('uses the key ring root key when it holds one', async () => {
      const { notary, client } = emptyGun();
      const root = newKey('root');
      const ring = keyRing([], { root });
      const result = await changeSigner(
        client,
        { kind: 'add', name: 'ci', keys: [newKey().publicKey] },
        options(ring)
      );
      expect(result.createdKeys![0]).toEqual({
        role: 'root',
        keyID: root.keyID,
      });
      const posted = postedFiles(notary).get('root')!.signed as Root;
      expect(
        canonicalKeyID([...posted.roleKeys('root').keys.values()][0])
      ).toBe(root.keyID);
    });
  });

  describe('when the GUN has no trust data and the change is not an add', () => {
    it.each(['remove', 'rotate'] as const)(
      'throws RepositoryNotFoundError for %s',
      async (kind) => {
        const { notary, client } = emptyGun();
        const change =
          kind === 'remove'
            ? { kind, name: 'ci' }
            : { kind, name: 'ci', keys: [newKey().publicKey] };
        const err = await changeSigner(client, change, options(keyRing([])))
          .then(() => undefined)
          .catch((e: unknown) => e);
        expect(err).toBeInstanceOf(RepositoryNotFoundError);
        expect((err as Error).message).toBe(
          `${notary.serverUrl} has no trust data for ${GUN}: nothing to ${kind}`
        );
        expect(notary.posts).toEqual([]);
      }
    );
  });

  describe('when the GUN has no trust data and dryRun is set', () => {
    it('plans the initialisation without asking for keys or uploading', async () => {
      const { notary, client } = emptyGun();
      const ring = keyRing([]);
      const result = await changeSigner(
        client,
        { kind: 'add', name: 'ci', keys: [newKey().publicKey] },
        options(ring, { dryRun: true })
      );
      expect(result.published).toBe(false);
      expect(result.initialised).toBe(true);
      expect(result.createdKeys).toBeUndefined();
      expect(result.diff).toHaveLength(3);
      expect(result.diff[2]).toMatch(
        /^\+ targets\/releases {2}threshold 1 {2}paths "" {2}keys [0-9a-f]{12}$/
      );
      expect(ring.calls).toEqual([]);
      expect(notary.log).toEqual(['GET root.json']);
    });
  });

  describe('when the server refuses the server keys (no push access)', () => {
    it('fails before the key ring makes any key', async () => {
      const { notary, client } = emptyGun();
      notary.tamper = (req, res) =>
        req.tail === 'snapshot.key'
          ? notaryErrorResponse(401, 'UNAUTHORIZED', 'authentication required')
          : res;
      const ring = keyRing([]);
      await expect(
        changeSigner(
          client,
          { kind: 'add', name: 'ci', keys: [newKey().publicKey] },
          options(ring)
        )
      ).rejects.toThrow(NotaryHTTPError);
      expect(ring.calls).toEqual([]);
      expect(notary.posts).toEqual([]);
    });
  });

  describe('when the root cannot be fetched', () => {
    it('says which GUN it was fetching, keeping the error class', async () => {
      const repo = await dockerRepo();
      repo.notary.tamper = (req, res) =>
        req.tail === 'root.json'
          ? notaryErrorResponse(500, 'UNKNOWN', 'database down')
          : res;
      const err = await changeSigner(
        repo.client,
        { kind: 'remove', name: 'ci' },
        options(ringOf(repo))
      ).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(NotaryHTTPError);
      expect((err as Error).message).toMatch(
        new RegExp(`^fetching root of ${GUN}: .*database down`)
      );
    });
  });

  describe('when adding a signer to an existing repository', () => {
    async function addBob(repo: DockerRepo) {
      const bob = newKey('bob');
      const logger = recordingLogger();
      const ring = ringOf(repo);
      const result = await changeSigner(
        repo.client,
        { kind: 'add', name: 'bob', keys: [bob.publicKey] },
        options(ring, { logger })
      );
      return { bob, result, logger, ring };
    }

    it('uploads only targets.json, at version + 1', async () => {
      const repo = await dockerRepo();
      const { result } = await addBob(repo);
      expect(postedRoles(repo.notary)).toEqual([['targets']]);
      expect(result.roles).toEqual([{ role: 'targets', version: 2 }]);
      expect(targetsOf(postedFiles(repo.notary)).version).toBe(2);
    });

    it('merges the key into targets/releases and adds targets/NAME with paths [""]', async () => {
      const repo = await dockerRepo();
      const { bob } = await addBob(repo);
      const targets = targetsOf(postedFiles(repo.notary));
      expect(targets.delegation('targets/releases')!.keyIDs).toEqual([
        repo.signer.keyID,
        bob.keyID,
      ]);
      expect(targets.delegation('targets/bob')!.toJSON()).toEqual({
        keyids: [bob.keyID],
        name: 'targets/bob',
        paths: [''],
        threshold: 1,
      });
      expect(targets.delegation('targets/ci')!.keyIDs).toEqual([
        repo.signer.keyID,
      ]);
    });

    it('keeps the existing threshold of targets/releases', async () => {
      const repo = await dockerRepo();
      await repo.editTargets((t) =>
        t.withDelegation(
          t.delegation('targets/releases')!.with({ threshold: 2 })
        )
      );
      await addBob(repo);
      const targets = targetsOf(postedFiles(repo.notary));
      expect(targets.delegation('targets/releases')!.threshold).toBe(2);
      expect(targets.delegation('targets/bob')!.threshold).toBe(1);
    });

    it('signs targets with the repository key only, expiring 3 years from now', async () => {
      const repo = await dockerRepo();
      const { ring } = await addBob(repo);
      const file = postedFiles(repo.notary).get('targets')!;
      expect(file.signatures.map((s) => s.keyID)).toEqual([
        repo.targetsKey.keyID,
      ]);
      expect(signedBy(file, [repo.targetsKey.publicKey])).toBe(true);
      expect(file.signed.expires).toBe('2029-11-22T03:00:00Z');
      expect(ring.calls).toEqual(['signerFor:targets']);
    });

    it('reads the result back and reports it published', async () => {
      const repo = await dockerRepo();
      const { result, logger } = await addBob(repo);
      expect(result).toMatchObject({
        initialised: false,
        published: true,
        warnings: [],
      });
      expect(result.createdKeys).toBeUndefined();
      expect(logger.infos).toEqual([`published targets v2 for ${GUN}`]);
      const afterPost = repo.notary.log.slice(
        repo.notary.log.indexOf('POST ') + 1
      );
      expect(afterPost).toContain('GET timestamp.json');
      expect(afterPost).toContain('GET targets.json');
    });

    it('describes the change as a diff', async () => {
      const repo = await dockerRepo();
      const { bob, result } = await addBob(repo);
      const short = bob.keyID.slice(0, 12);
      expect(result.diff.filter((l) => l.startsWith('= '))).toContain(
        `= signing targets v2: 3 delegation(s), 0 tag(s) of its own`
      );
      expect(changed(result.diff)).toEqual([
        `+ targets/bob  threshold 1  paths ""  keys ${short}`,
        `~ targets/releases  keys +${short}`,
      ]);
    });

    it('gains the "" path on an existing role that lacked it', async () => {
      const repo = await dockerRepo({ releasesPaths: ['v'] });
      await addBob(repo);
      expect(
        targetsOf(postedFiles(repo.notary)).delegation('targets/releases')!
          .paths
      ).toEqual(['v', '']);
    });
  });

  describe('when adding keys that are already there', () => {
    it('says so in the diff and still publishes targets v+1', async () => {
      const repo = await dockerRepo();
      const result = await changeSigner(
        repo.client,
        { kind: 'add', name: 'ci', keys: [repo.signer.publicKey] },
        options(ringOf(repo))
      );
      expect(changed(result.diff)).toEqual([
        '(no change to targets.json: the keys are already there)',
      ]);
      expect(result.roles).toEqual([{ role: 'targets', version: 2 }]);
    });
  });

  describe('with dryRun on an existing repository', () => {
    it('returns the diff without a POST or a key', async () => {
      const repo = await dockerRepo();
      const ring = ringOf(repo);
      const bob = newKey('bob');
      const result = await changeSigner(
        repo.client,
        { kind: 'add', name: 'bob', keys: [bob.publicKey] },
        options(ring, { dryRun: true })
      );
      expect(repo.notary.posts).toEqual([]);
      expect(ring.calls).toEqual([]);
      expect(result.published).toBe(false);
      expect(result.roles).toEqual([]);
      expect(result.diff[0]).toBe(
        `+ targets/bob  threshold 1  paths ""  keys ${bob.keyID.slice(0, 12)}`
      );
    });
  });

  describe('when removing the only signer of a published targets/releases', () => {
    it('refuses with SignerRemovalError, uploading nothing', async () => {
      const repo = await dockerRepo({ tags: [tagTarget('v1')] });
      const err = await changeSigner(
        repo.client,
        { kind: 'remove', name: 'ci' },
        options(ringOf(repo))
      ).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(SignerRemovalError);
      expect((err as Error).message).toBe(
        `refusing: targets/releases of ${GUN} would be signed by 0/1 of its remaining keys: ` +
          'its 1 tag(s) would stop verifying and docker clients would fall back to the tags in targets (none); ' +
          'have another signer sign a tag first (dct-sign or docker trust sign), or pass --force to accept'
      );
      expect(repo.notary.posts).toEqual([]);
    });

    it('names the tags of targets that clients would fall back to', async () => {
      const repo = await dockerRepo({ tags: [tagTarget('v1')] });
      await repo.editTargets((t) =>
        t.withTarget(
          'old',
          repo.notary
            .currentTargets(GUN, 'targets/releases')!
            .targets.get('v1')!
        )
      );
      await expect(
        changeSigner(
          repo.client,
          { kind: 'remove', name: 'ci' },
          options(ringOf(repo))
        )
      ).rejects.toThrow(/fall back to the tags in targets \(old\)/);
    });

    it('with force, deletes targets/NAME, empties releases and warns', async () => {
      const repo = await dockerRepo({ tags: [tagTarget('v1')] });
      const result = await changeSigner(
        repo.client,
        { kind: 'remove', name: 'ci', force: true },
        options(ringOf(repo))
      );
      expect(result.warnings).toEqual([
        expect.stringMatching(/would be signed by 0\/1 .* \(--force\)$/),
      ]);
      expect(postedRoles(repo.notary)).toEqual([['targets']]);
      const targets = targetsOf(postedFiles(repo.notary));
      expect(targets.delegation('targets/ci')).toBeUndefined();
      expect(targets.delegation('targets/releases')!.keyIDs).toEqual([]);
      expect(targets.delegationKeys.size).toBe(0);
      expect(changed(result.diff)).toEqual([
        `- targets/ci  threshold 1  paths ""  keys ${repo.signer.keyID.slice(0, 12)}`,
        `~ targets/releases  keys -${repo.signer.keyID.slice(0, 12)}`,
      ]);
    });
  });

  describe('when removing a signer whose key another signer lists', () => {
    it('keeps the shared key in targets/releases and removes only targets/NAME', async () => {
      const repo = await dockerRepo({ tags: [tagTarget('v1')] });
      await repo.editTargets((t) =>
        t.withDelegation(
          new DelegatedRole({
            name: 'targets/bob',
            keyIDs: [repo.signer.keyID],
            threshold: 1,
            paths: [''],
          })
        )
      );
      const result = await changeSigner(
        repo.client,
        { kind: 'remove', name: 'ci' },
        options(ringOf(repo))
      );
      expect(result.warnings).toEqual([]);
      const targets = targetsOf(postedFiles(repo.notary));
      expect(targets.delegation('targets/ci')).toBeUndefined();
      expect(targets.delegation('targets/bob')!.keyIDs).toEqual([
        repo.signer.keyID,
      ]);
      expect(targets.delegation('targets/releases')!.keyIDs).toEqual([
        repo.signer.keyID,
      ]);
      expect(verifyTag(await readRepository(repo.client), 'v1').role).toBe(
        'targets/releases'
      );
    });
  });

  describe('when targets/releases is not published', () => {
    it('removes the signer without a refusal', async () => {
      const repo = await dockerRepo({ publishReleases: false });
      const result = await changeSigner(
        repo.client,
        { kind: 'remove', name: 'ci' },
        options(ringOf(repo))
      );
      expect(result.warnings).toEqual([]);
      expect(result.published).toBe(true);
    });
  });

  describe('when removing a signer that does not exist', () => {
    it('throws a UsageError naming the signers', async () => {
      const repo = await dockerRepo();
      const err = await changeSigner(
        repo.client,
        { kind: 'remove', name: 'carol' },
        options(ringOf(repo))
      ).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UsageError);
      expect((err as Error).message).toBe(
        `no signer carol for repository ${GUN} (signers: ci)`
      );
      expect(repo.notary.posts).toEqual([]);
    });
  });

  describe('when rotating a signer with the new private key', () => {
    async function rotate(repo: DockerRepo) {
      const next = newKey('ci');
      const result = await changeSigner(
        repo.client,
        {
          kind: 'rotate',
          name: 'ci',
          keys: [next.publicKey],
          newSigner: next,
        },
        options(ringOf(repo))
      );
      return { next, result };
    }

    it('uploads targets and the re-signed delegations in one POST', async () => {
      const repo = await dockerRepo({ tags: [tagTarget('v1')] });
      const { result } = await rotate(repo);
      expect(postedRoles(repo.notary)).toEqual([
        ['targets', 'targets/releases', 'targets/ci'],
      ]);
      expect(result.roles).toEqual([
        { role: 'targets', version: 2 },
        { role: 'targets/releases', version: 2 },
        { role: 'targets/ci', version: 2 },
      ]);
      expect(result.warnings).toEqual([]);
    });

    it('replaces the old key with the new one in both roles', async () => {
      const repo = await dockerRepo({ tags: [tagTarget('v1')] });
      const { next } = await rotate(repo);
      const targets = targetsOf(postedFiles(repo.notary));
      for (const role of ['targets/releases', 'targets/ci'])
        expect(targets.delegation(role)!.keyIDs).toEqual([next.keyID]);
      expect([...targets.delegationKeys.keys()]).toEqual([next.keyID]);
    });

    it('signs the delegations with the new key, keeping their tags', async () => {
      const repo = await dockerRepo({ tags: [tagTarget('v1')] });
      const { next } = await rotate(repo);
      const files = postedFiles(repo.notary);
      for (const role of ['targets/releases', 'targets/ci']) {
        const file = files.get(role)!;
        expect(signedBy(file, [next.publicKey])).toBe(true);
        expect([...(file.signed as Targets).targets.keys()]).toEqual(['v1']);
      }
    });

    it('leaves tags verifying for a fresh reader', async () => {
      const repo = await dockerRepo({ tags: [tagTarget('v1')] });
      const { result } = await rotate(repo);
      const read = await readRepository(repo.client);
      expect(read.warnings).toEqual([]);
      expect(verifyTag(read, 'v1')).toEqual({
        gun: GUN,
        tag: 'v1',
        digest: tagTarget('v1').digest,
        size: tagTarget('v1').size,
        role: 'targets/releases',
      });
      expect(result.diff.filter((l) => l.startsWith('^ '))).toEqual([
        '^ targets/releases  re-signed with the new key (its tags keep verifying)',
        '^ targets/ci  re-signed with the new key (its tags keep verifying)',
      ]);
    });
  });

  describe('when rotating without the new private key', () => {
    it('refuses with SignerRemovalError and suggests --new-private', async () => {
      const repo = await dockerRepo({ tags: [tagTarget('v1')] });
      const err = await changeSigner(
        repo.client,
        { kind: 'rotate', name: 'ci', keys: [newKey().publicKey] },
        options(ringOf(repo))
      ).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(SignerRemovalError);
      expect((err as Error).message).toMatch(
        /^refusing: targets\/releases of .* would be signed by 0\/1 .*; pass --new-private NEW\.key to re-sign it with the new key, or --force to accept$/
      );
      expect(repo.notary.posts).toEqual([]);
    });

    it('with force, publishes only targets and the tag stops verifying', async () => {
      const repo = await dockerRepo({ tags: [tagTarget('v1')] });
      const result = await changeSigner(
        repo.client,
        { kind: 'rotate', name: 'ci', keys: [newKey().publicKey], force: true },
        options(ringOf(repo))
      );
      expect(postedRoles(repo.notary)).toEqual([['targets']]);
      expect(result.warnings).toHaveLength(1);
      const read = await readRepository(repo.client);
      expect(() => verifyTag(read, 'v1')).toThrow(NotSignedError);
      expect(() => verifyTag(read, 'v1')).toThrow(
        /is not signed in targets\/releases or targets \(targets\/releases did not verify: /
      );
    });
  });

  describe('when rotating with a private key that is not among the new keys', () => {
    it('throws a UsageError before asking for any key', async () => {
      const repo = await dockerRepo();
      const ring = ringOf(repo);
      await expect(
        changeSigner(
          repo.client,
          {
            kind: 'rotate',
            name: 'ci',
            keys: [newKey().publicKey],
            newSigner: newKey(),
          },
          options(ring)
        )
      ).rejects.toThrow(UsageError);
      expect(ring.calls).toEqual([]);
    });
  });

  describe('when another publisher wins the race (VERSION)', () => {
    it('throws PublishConflictError telling to run again', async () => {
      const repo = await dockerRepo();
      repo.notary.beforePublish = async (_gun, call) => {
        if (call === 0) await repo.editTargets((t) => t);
      };
      const err = await changeSigner(
        repo.client,
        { kind: 'add', name: 'bob', keys: [newKey().publicKey] },
        options(ringOf(repo))
      ).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(PublishConflictError);
      expect((err as Error).message).toBe(
        `${GUN}: another publisher updated the repository while we worked; run the command again`
      );
      expect((err as Error).cause).toBeInstanceOf(NotaryHTTPError);
    });
  });

  describe('when the server does not hold the snapshot key (ErrBadHierarchy)', () => {
    it('throws PublishRejectedError naming notary key rotate', async () => {
      const repo = await dockerRepo({ clientHeldSnapshot: true });
      const err = await changeSigner(
        repo.client,
        { kind: 'add', name: 'bob', keys: [newKey().publicKey] },
        options(ringOf(repo))
      ).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(PublishRejectedError);
      expect((err as Error).message).toContain(
        `must run \`notary key rotate ${GUN} snapshot -r\``
      );
    });
  });

  describe('when the server answers the upload with another 400', () => {
    it('throws PublishRejectedError with the server message', async () => {
      const repo = await dockerRepo();
      repo.notary.tamper = (req, res) =>
        req.method === 'POST'
          ? notaryErrorResponse(
              400,
              'INVALID_UPDATE',
              'Update sent by the client is invalid.',
              {
                Name: 'ErrBadTargets',
                Error: { Msg: 'bad expiry' },
              }
            )
          : res;
      await expect(
        changeSigner(
          repo.client,
          { kind: 'add', name: 'bob', keys: [newKey().publicKey] },
          options(ringOf(repo))
        )
      ).rejects.toThrow(
        new RegExp(`refused the upload for ${GUN}: \\(400\\) bad expiry`)
      );
    });
  });

  describe('when the upload fails with a server error', () => {
    it('says what it was publishing, keeping the error class', async () => {
      const repo = await dockerRepo();
      repo.notary.tamper = (req, res) =>
        req.method === 'POST'
          ? notaryErrorResponse(503, 'UNAVAILABLE', 'try later')
          : res;
      const err = await changeSigner(
        repo.client,
        { kind: 'add', name: 'bob', keys: [newKey().publicKey] },
        options(ringOf(repo))
      ).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(NotaryHTTPError);
      expect((err as Error).message).toMatch(
        new RegExp(`^publishing targets of ${GUN}: .*\\(503\\) try later`)
      );
    });
  });

  describe('when the server answers 200 but drops the upload', () => {
    it('throws ReadBackError', async () => {
      const repo = await dockerRepo();
      repo.notary.dropUploads = 1;
      const err = await changeSigner(
        repo.client,
        { kind: 'add', name: 'bob', keys: [newKey().publicKey] },
        options(ringOf(repo))
      ).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ReadBackError);
      expect((err as Error).message).toBe(
        `${GUN}: the server accepted the upload but serves another targets; check the trust server's storage and run the command again`
      );
    });
  });

  describe('when the repository key is a certificate (notary-made)', () => {
    it('finds the bare key by canonical ID and signs under the certificate ID', async () => {
      const bare = newKey('targets', GUN);
      const cert = await createRootCertificate(bare, GUN, {
        notBefore: new Date(NOW.getTime() - 3600_000),
        notAfter: new Date('2030-01-01T00:00:00Z'),
      });
      const repo = await dockerRepo({
        extraTargetsKeys: [signerForCertificate(bare, cert)],
        targetsThreshold: 1,
      });
      const ring = keyRing([bare]);
      const result = await changeSigner(
        repo.client,
        { kind: 'add', name: 'bob', keys: [newKey().publicKey] },
        options(ring)
      );
      expect(result.published).toBe(true);
      const file = postedFiles(repo.notary).get('targets')!;
      expect(file.signatures.map((s) => s.keyID)).toEqual([cert.keyID]);
      expect(ring.calls).toEqual(['signerFor:targets', 'signerFor:targets']);
    });
  });

  describe('when the repository keys are an RSA certificate and an ECDSA key (threshold 2)', () => {
    it('signs targets with both, the RSA one rsapss under its certificate ID', async () => {
      const rsa = (
        await loadPrivateKey(fixtureText('keys/rsa/rsa-pkcs1.pem'), undefined)
      ).signer;
      const cert = parsePublicKeyPem(fixtureText('keys/rsa/rsa.crt'));
      const repo = await dockerRepo({
        extraTargetsKeys: [signerForCertificate(rsa, cert)],
        targetsThreshold: 2,
      });
      const result = await changeSigner(
        repo.client,
        { kind: 'add', name: 'bob', keys: [newKey().publicKey] },
        options(keyRing([repo.targetsKey, rsa]))
      );
      expect(result.published).toBe(true);
      const file = postedFiles(repo.notary).get('targets')!;
      expect(file.signatures.map((s) => [s.keyID, s.method]).sort()).toEqual(
        [
          [repo.targetsKey.keyID, 'ecdsa'],
          [cert.keyID, 'rsapss'],
        ].sort()
      );
    });
  });

  describe('when a root key ID is pinned', () => {
    it('goes ahead when the root lists the pinned key', async () => {
      const repo = await dockerRepo();
      const result = await changeSigner(
        repo.client,
        { kind: 'add', name: 'bob', keys: [newKey().publicKey] },
        options(ringOf(repo), { rootKeyID: repo.rootKey.keyID })
      );
      expect(result.published).toBe(true);
    });

    it('throws RootPinError before uploading when it does not', async () => {
      const repo = await dockerRepo();
      await expect(
        changeSigner(
          repo.client,
          { kind: 'add', name: 'bob', keys: [newKey().publicKey] },
          options(ringOf(repo), { rootKeyID: 'ab'.repeat(32) })
        )
      ).rejects.toThrow(RootPinError);
      expect(repo.notary.posts).toEqual([]);
    });
  });
});

describe('#readBack', () => {
  describe('when the server serves the uploaded bytes', () => {
    it('returns the verified repository', async () => {
      const repo = await dockerRepo({ tags: [tagTarget('v1')] });
      const releases = SignedMetadata.parse(
        repo.notary.current(GUN, 'targets/releases')!,
        'targets',
        'targets/releases'
      );
      const read = await readBack(repo.client, [releases], { now: NOW });
      expect(read.role('targets/releases')!.metadata.bytes).toEqual(
        releases.bytes
      );
    });
  });

  describe('when a role is not served at all', () => {
    it('throws ReadBackError naming the role', async () => {
      const repo = await dockerRepo({ publishSigner: false });
      const other = await dockerRepo({ tags: [tagTarget('v1')] });
      const ci = SignedMetadata.parse(
        other.notary.current(GUN, 'targets/ci')!,
        'targets',
        'targets/ci'
      );
      await expect(readBack(repo.client, [ci], { now: NOW })).rejects.toThrow(
        /serves another targets\/ci/
      );
    });
  });
});

describe('error classes', () => {
  it('are SignerErrors', () => {
    expect(new SignerRemovalError('x')).toBeInstanceOf(SignerError);
    expect(new NotSignedError('x').name).toBe('NotSignedError');
  });
});
