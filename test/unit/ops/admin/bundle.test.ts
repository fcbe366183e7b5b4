import { describe, expect, it } from 'vitest';
import { SignerError } from '../../../../src/errors.js';
import {
  applyToBundle,
  BUNDLE_SCHEMA,
  BundleError,
  bundleFiles,
  changeSigner,
  encodeBundle,
  fetchBundle,
  parseBundle,
  publishBundle,
  SignerRemovalError,
  verifyBundle,
  verifyTag,
  type Bundle,
} from '../../../../src/ops/admin/index.js';
import {
  ReadBackError,
  RepositoryNotFoundError,
} from '../../../../src/ops/index.js';
import {
  bytesToBase64,
  ExpiredError,
  Targets,
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
} from '../../../helpers/admin-fixtures.js';
import {
  recordingLogger,
  tagTarget,
  type DockerRepo,
} from '../../../helpers/fake-notary.js';

const DAY = 24 * 3600 * 1000;
/** Long after the fetch: the server's timestamp (14 days) has expired by then. */
const LATER = new Date(NOW.getTime() + 30 * DAY);

const ringOf = (repo: DockerRepo) => keyRing([repo.targetsKey]);
const encode = (value: unknown) =>
  new TextEncoder().encode(JSON.stringify(value));
const b64 = (s: string) => Buffer.from(s).toString('base64');

async function fetched(repo: DockerRepo): Promise<Bundle> {
  return (await fetchBundle(repo.client, NOW)).bundle;
}

async function stagedAdd(repo: DockerRepo) {
  const bob = newKey('bob');
  const { bundle, result } = await applyToBundle(
    await fetched(repo),
    { kind: 'add', name: 'bob', keys: [bob.publicKey] },
    { keyring: ringOf(repo), now: LATER }
  );
  return { bob, bundle, result };
}

describe('#fetchBundle', () => {
  describe('when the repository exists', () => {
    it('holds every role file as served, base64, with server, GUN and fetch time', async () => {
      const repo = await dockerRepo({ tags: [tagTarget('v1')] });
      const { bundle } = await fetchBundle(repo.client, NOW);
      const roles = [
        'root',
        'timestamp',
        'snapshot',
        'targets',
        'targets/releases',
        'targets/ci',
      ];
      expect(bundle).toEqual({
        schema: BUNDLE_SCHEMA,
        server: repo.notary.serverUrl,
        gun: GUN,
        fetchedAt: '2026-11-22T03:00:00.000Z',
        files: Object.fromEntries(
          roles.map((r) => [r, bytesToBase64(repo.notary.current(GUN, r)!)])
        ),
      });
      expect(bundle.staged).toBeUndefined();
    });

    it('returns the verified repository alongside', async () => {
      const repo = await dockerRepo({ tags: [tagTarget('v1')] });
      const { repo: verified } = await fetchBundle(repo.client, NOW);
      expect(verifyTag(verified, 'v1').role).toBe('targets/releases');
    });

    it('uploads nothing and asks for no server key', async () => {
      const repo = await dockerRepo();
      await fetchBundle(repo.client, NOW);
      expect(repo.notary.posts).toEqual([]);
      expect(repo.notary.log.some((l) => l.endsWith('.key'))).toBe(false);
    });
  });

  describe('when the GUN has no trust data', () => {
    it('throws RepositoryNotFoundError', async () => {
      const { client } = emptyGun();
      await expect(fetchBundle(client, NOW)).rejects.toThrow(
        RepositoryNotFoundError
      );
    });
  });
});

describe('#encodeBundle', () => {
  it('writes indented JSON ending with a newline that parseBundle reads back', async () => {
    const bundle = await fetched(await dockerRepo());
    const text = new TextDecoder().decode(encodeBundle(bundle));
    expect(text.startsWith('{\n  "schema": "dct-sign/bundle/v1",\n')).toBe(
      true
    );
    expect(text.endsWith('}\n')).toBe(true);
    expect(parseBundle(encodeBundle(bundle))).toEqual(bundle);
  });
});

describe('#parseBundle', () => {
  const valid = {
    schema: BUNDLE_SCHEMA,
    server: 'https://notary.test:4443',
    gun: GUN,
    fetchedAt: NOW.toISOString(),
    files: { root: b64('{}') },
  };

  describe('when the bytes are not JSON', () => {
    it('throws BundleError saying how to make one', () => {
      expect(() => parseBundle(new TextEncoder().encode('{'))).toThrow(
        BundleError
      );
      expect(() => parseBundle(new TextEncoder().encode('{'))).toThrow(
        'the bundle is not JSON; make it with dct-sign fetch GUN --out FILE'
      );
    });
  });

  describe('when the JSON is not a bundle', () => {
    it.each([
      ['null', null],
      ['an array', []],
      ['a string', 'dct-sign/bundle/v1'],
      ['another schema', { ...valid, schema: 'dct-sign/bundle/v2' }],
    ])('throws BundleError for %s', (_what, value) => {
      expect(() => parseBundle(encode(value))).toThrow(
        /^the bundle is not a dct-sign\/bundle\/v1 file/
      );
    });
  });

  describe('when a field is missing or of the wrong type', () => {
    it.each([
      ['server', { ...valid, server: undefined }],
      ['gun', { ...valid, gun: 7 }],
      ['fetchedAt', { ...valid, fetchedAt: null }],
      ['files', { ...valid, files: undefined }],
      ['files', { ...valid, files: null }],
      ['staged', { ...valid, staged: null }],
    ])('throws BundleError naming %s', (field, value) => {
      expect(() => parseBundle(encode(value))).toThrow(BundleError);
      expect(() => parseBundle(encode(value))).toThrow(
        new BundleError(`the bundle has no ${field}`)
      );
    });
  });

  describe('when a file is not base64', () => {
    it.each([
      ['files.root', { ...valid, files: { root: 'not base64!' } }],
      ['files.targets', { ...valid, files: { targets: 42 } }],
      ['staged.targets', { ...valid, staged: { targets: '@@' } }],
    ])('throws BundleError naming %s', (where, value) => {
      expect(() => parseBundle(encode(value))).toThrow(
        `the bundle's ${where} is not base64`
      );
    });
  });

  describe('when the bundle is well formed', () => {
    it('returns it, with or without staged files', () => {
      expect(parseBundle(encode(valid))).toEqual(valid);
      const staged = { ...valid, staged: { targets: b64('{}') } };
      expect(parseBundle(encode(staged))).toEqual(staged);
    });
  });
});

describe('#bundleFiles', () => {
  describe('when a top-level role is missing', () => {
    it.each(['root', 'timestamp', 'snapshot', 'targets'])(
      'throws BundleError naming %s.json',
      async (role) => {
        const bundle = await fetched(await dockerRepo());
        const files = { ...bundle.files };
        delete files[role];
        expect(() => bundleFiles({ ...bundle, files })).toThrow(
          new BundleError(`the bundle has no ${role}.json`)
        );
      }
    );
  });

  describe('when the bundle holds delegations', () => {
    it('returns them by role, bytes as fetched', async () => {
      const repo = await dockerRepo();
      const files = bundleFiles(await fetched(repo));
      expect([...files.delegations!.keys()].sort()).toEqual([
        'targets/ci',
        'targets/releases',
      ]);
      expect(files.delegations!.get('targets/ci')).toEqual(
        repo.notary.current(GUN, 'targets/ci')
      );
      expect(files.root).toEqual(repo.notary.current(GUN, 'root'));
    });
  });
});

describe('#verifyBundle', () => {
  describe('when verified long after the fetch', () => {
    it('verifies at the fetch time, not the clock', async () => {
      const repo = await dockerRepo({ tags: [tagTarget('v1')] });
      const bundle = await fetched(repo);
      expect(verifyTag(verifyBundle(bundle), 'v1').digest).toBe(
        tagTarget('v1').digest
      );
    });
  });

  describe('when the fetch time is after the timestamp expired', () => {
    it('throws the expiry error', async () => {
      const repo = await dockerRepo();
      const bundle = await fetched(repo);
      expect(() =>
        verifyBundle({ ...bundle, fetchedAt: LATER.toISOString() })
      ).toThrow(ExpiredError);
    });
  });

  describe('when a file was altered', () => {
    it('refuses the bundle', async () => {
      const repo = await dockerRepo();
      const bundle = await fetched(repo);
      const other = await fetched(await dockerRepo());
      expect(() =>
        verifyBundle({
          ...bundle,
          files: { ...bundle.files, targets: other.files.targets },
        })
      ).toThrow(SignerError);
    });
  });
});

describe('#applyToBundle', () => {
  describe('when adding a signer offline', () => {
    it('stages targets v+1 signed by the repository key, with the diff', async () => {
      const repo = await dockerRepo();
      const { bob, bundle, result } = await stagedAdd(repo);
      expect(Object.keys(bundle.staged!)).toEqual(['targets']);
      const staged = Targets.fromJSON(
        JSON.parse(Buffer.from(bundle.staged!.targets, 'base64').toString())
          .signed
      );
      expect(staged.version).toBe(2);
      expect(staged.delegation('targets/bob')!.keyIDs).toEqual([bob.keyID]);
      expect(staged.expires).toBe('2029-12-22T03:00:00Z');
      expect(bundle.changes).toEqual(result.diff);
      expect(result).toMatchObject({
        gun: GUN,
        initialised: false,
        published: false,
        roles: [{ role: 'targets', version: 2 }],
        warnings: [],
      });
    });

    it('keeps the fetched files and touches no network', async () => {
      const repo = await dockerRepo();
      const before = await fetched(repo);
      const requests = repo.notary.requestCount;
      const { bundle } = await applyToBundle(
        before,
        { kind: 'add', name: 'bob', keys: [newKey().publicKey] },
        { keyring: ringOf(repo), now: LATER }
      );
      expect(bundle.files).toEqual(before.files);
      expect(bundle.fetchedAt).toBe(before.fetchedAt);
      expect(repo.notary.requestCount).toBe(requests);
    });
  });

  describe('when the bundle already holds a staged change', () => {
    it('throws BundleError telling to publish and fetch again', async () => {
      const repo = await dockerRepo();
      const { bundle } = await stagedAdd(repo);
      const err = await applyToBundle(
        bundle,
        { kind: 'add', name: 'carol', keys: [newKey().publicKey] },
        { keyring: ringOf(repo), now: LATER }
      ).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(BundleError);
      expect((err as Error).message).toBe(
        `the bundle for ${GUN} already holds a staged change; publish it (dct-sign publish) and fetch again before the next change`
      );
    });
  });

  describe('when staged is present but empty', () => {
    it('applies the change', async () => {
      const repo = await dockerRepo();
      const bundle = { ...(await fetched(repo)), staged: {} };
      const out = await applyToBundle(
        bundle,
        { kind: 'add', name: 'bob', keys: [newKey().publicKey] },
        { keyring: ringOf(repo), now: LATER }
      );
      expect(Object.keys(out.bundle.staged!)).toEqual(['targets']);
    });
  });

  describe('with dryRun', () => {
    it('returns the same bundle and the diff, asking for no key', async () => {
      const repo = await dockerRepo();
      const ring = ringOf(repo);
      const before = await fetched(repo);
      const { bundle, result } = await applyToBundle(
        before,
        { kind: 'remove', name: 'ci', force: true },
        { keyring: ring, now: LATER, dryRun: true }
      );
      expect(bundle).toBe(before);
      expect(result.roles).toEqual([]);
      expect(result.diff[0]).toMatch(/^- targets\/ci /);
      expect(result.warnings).toHaveLength(1);
      expect(ring.calls).toEqual([]);
    });
  });

  describe('when the change would break targets/releases', () => {
    it('refuses as online', async () => {
      const repo = await dockerRepo({ tags: [tagTarget('v1')] });
      await expect(
        applyToBundle(
          await fetched(repo),
          { kind: 'remove', name: 'ci' },
          { keyring: ringOf(repo), now: LATER }
        )
      ).rejects.toThrow(SignerRemovalError);
    });
  });
});

describe('#publishBundle', () => {
  describe('when nothing is staged', () => {
    it.each([
      ['no staged field', undefined],
      ['an empty staged field', {}],
    ])('throws BundleError for %s', async (_what, staged) => {
      const repo = await dockerRepo();
      const bundle = { ...(await fetched(repo)), staged };
      const seen = repo.notary.requestCount;
      await expect(
        publishBundle(repo.client, bundle, {
          now: NOW,
          logger: recordingLogger(),
        })
      ).rejects.toThrow(
        `the bundle for ${GUN} has nothing staged; run dct-sign signer add|remove|rotate ... --bundle FILE first`
      );
      expect(repo.notary.requestCount).toBe(seen);
    });
  });

  describe('when the server is unchanged since the fetch', () => {
    it('uploads the staged files in one POST and reads them back', async () => {
      const repo = await dockerRepo();
      const { bob, bundle } = await stagedAdd(repo);
      const logger = recordingLogger();
      const result = await publishBundle(repo.client, bundle, {
        now: NOW,
        logger,
      });
      expect(postedRoles(repo.notary)).toEqual([['targets']]);
      expect(repo.notary.current(GUN, 'targets')).toEqual(
        new Uint8Array(Buffer.from(bundle.staged!.targets, 'base64'))
      );
      expect(result).toEqual({
        gun: GUN,
        initialised: false,
        roles: [{ role: 'targets', version: 2 }],
        diff: bundle.changes,
        warnings: [],
        published: true,
      });
      expect(logger.infos).toEqual([`published targets v2 for ${GUN}`]);
      const read = await readRepository(repo.client);
      expect(
        read.targets.metadata.signed.delegation('targets/bob')!.keyIDs
      ).toEqual([bob.keyID]);
    });

    it('checks root, targets and every staged role before the POST', async () => {
      const repo = await dockerRepo();
      const { bundle } = await stagedAdd(repo);
      const seen = repo.notary.requestCount;
      await publishBundle(repo.client, bundle, {
        now: NOW,
        logger: recordingLogger(),
      });
      const log = repo.notary.log.slice(seen);
      expect(log.slice(0, log.indexOf('POST '))).toEqual([
        'GET root.json',
        'GET targets.json',
      ]);
    });
  });

  describe('when a rotation was staged with the new private key', () => {
    it('publishes targets and the re-signed delegations together; tags keep verifying', async () => {
      const repo = await dockerRepo({ tags: [tagTarget('v1')] });
      const next = newKey('ci');
      const { bundle } = await applyToBundle(
        await fetched(repo),
        { kind: 'rotate', name: 'ci', keys: [next.publicKey], newSigner: next },
        { keyring: ringOf(repo), now: LATER }
      );
      expect(Object.keys(bundle.staged!)).toEqual([
        'targets',
        'targets/releases',
        'targets/ci',
      ]);
      await publishBundle(repo.client, bundle, {
        now: NOW,
        logger: recordingLogger(),
      });
      expect(postedRoles(repo.notary)).toEqual([
        ['targets', 'targets/releases', 'targets/ci'],
      ]);
      expect(
        signedBy(postedFiles(repo.notary).get('targets/releases')!, [
          next.publicKey,
        ])
      ).toBe(true);
      const read = await readRepository(repo.client);
      expect(read.warnings).toEqual([]);
      expect(verifyTag(read, 'v1').role).toBe('targets/releases');
    });
  });

  describe('when the server changed since the fetch', () => {
    it('throws BundleError naming the role, uploading nothing', async () => {
      const repo = await dockerRepo();
      const { bundle } = await stagedAdd(repo);
      await changeSigner(
        repo.client,
        { kind: 'add', name: 'carol', keys: [newKey().publicKey] },
        { keyring: ringOf(repo), now: NOW, logger: recordingLogger() }
      );
      const posts = repo.notary.posts.length;
      const err = await publishBundle(repo.client, bundle, {
        now: NOW,
        logger: recordingLogger(),
      }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(BundleError);
      expect((err as Error).message).toBe(
        `targets of ${GUN} changed on the server since the bundle was fetched (2026-11-22T03:00:00.000Z); nothing was published: run dct-sign fetch again and redo the change on the new bundle`
      );
      expect(repo.notary.posts.length).toBe(posts);
    });

    it('also refuses when only a staged delegation changed', async () => {
      const repo = await dockerRepo({ tags: [tagTarget('v1')] });
      const next = newKey('ci');
      const { bundle } = await applyToBundle(
        await fetched(repo),
        { kind: 'rotate', name: 'ci', keys: [next.publicKey], newSigner: next },
        { keyring: ringOf(repo), now: LATER }
      );
      await repo.notary.publishAs(GUN, 'targets/ci', repo.signer, [
        tagTarget('v2'),
      ]);
      await expect(
        publishBundle(repo.client, bundle, {
          now: NOW,
          logger: recordingLogger(),
        })
      ).rejects.toThrow(/^targets\/ci of .* changed on the server/);
      expect(repo.notary.posts).toEqual([]);
    });

    it('refuses when the GUN was deleted', async () => {
      const repo = await dockerRepo();
      const { bundle } = await stagedAdd(repo);
      const empty = emptyGun();
      await expect(
        publishBundle(empty.client, bundle, {
          now: NOW,
          logger: recordingLogger(),
        })
      ).rejects.toThrow(/^root of .* changed on the server/);
    });
  });

  describe('with dryRun', () => {
    it('checks the server and returns the plan without a POST', async () => {
      const repo = await dockerRepo();
      const { bundle } = await stagedAdd(repo);
      const seen = repo.notary.requestCount;
      const result = await publishBundle(repo.client, bundle, {
        now: NOW,
        logger: recordingLogger(),
        dryRun: true,
      });
      expect(result.published).toBe(false);
      expect(result.roles).toEqual([{ role: 'targets', version: 2 }]);
      expect(repo.notary.posts).toEqual([]);
      expect(repo.notary.log.slice(seen)).toEqual([
        'GET root.json',
        'GET targets.json',
      ]);
    });
  });

  describe('when the bundle carries no change list', () => {
    it('reports an empty diff', async () => {
      const repo = await dockerRepo();
      const { bundle } = await stagedAdd(repo);
      const result = await publishBundle(
        repo.client,
        { ...bundle, changes: undefined },
        { now: NOW, logger: recordingLogger(), dryRun: true }
      );
      expect(result.diff).toEqual([]);
    });
  });

  describe('when fetching the current state fails', () => {
    it('says which role it was fetching', async () => {
      const repo = await dockerRepo();
      const { bundle } = await stagedAdd(repo);
      repo.notary.tamper = (req, res) =>
        req.tail === 'targets.json'
          ? { status: 500, headers: {}, body: new Uint8Array() }
          : res;
      await expect(
        publishBundle(repo.client, bundle, {
          now: NOW,
          logger: recordingLogger(),
        })
      ).rejects.toThrow(new RegExp(`^fetching targets of ${GUN}: `));
    });
  });

  describe('when the POST fails', () => {
    it('says what it was publishing', async () => {
      const repo = await dockerRepo();
      const { bundle } = await stagedAdd(repo);
      repo.notary.tamper = (req, res) =>
        req.method === 'POST'
          ? { status: 503, headers: {}, body: new Uint8Array() }
          : res;
      await expect(
        publishBundle(repo.client, bundle, {
          now: NOW,
          logger: recordingLogger(),
        })
      ).rejects.toThrow(new RegExp(`^publishing targets of ${GUN}: `));
    });
  });

  describe('when the server answers 200 but drops the upload', () => {
    it('throws ReadBackError', async () => {
      const repo = await dockerRepo();
      const { bundle } = await stagedAdd(repo);
      repo.notary.dropUploads = 1;
      await expect(
        publishBundle(repo.client, bundle, {
          now: NOW,
          logger: recordingLogger(),
        })
      ).rejects.toThrow(ReadBackError);
    });
  });
});
