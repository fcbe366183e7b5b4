import { describe, expect, it, vi } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import {
  createRootCertificate,
  loadPrivateKey,
  parsePublicKeyPem,
} from '../../../src/keys/index.js';
import { NetworkError } from '../../../src/net/index.js';
import {
  KeyNotDelegatedError,
  PublishConflictError,
  PublishRejectedError,
  ReadBackError,
  UntrustedRoleError,
  signImages,
  type SignImagesOptions,
} from '../../../src/ops/index.js';
import { SignedMetadata } from '../../../src/tuf/index.js';
import {
  FakeNotary,
  createDockerRepository,
  newDelegationKey,
  recordingLogger,
  tagTarget,
  uploadedFiles,
  type DockerRepo,
  type DockerRepoOptions,
} from '../../helpers/fake-notary.js';
import { fixtureText } from '../../helpers/keys-fixtures.js';

const NOW = new Date('2026-11-22T03:00:00Z');
const GUN = 'registry.test/acme/app';

async function setup(
  o: Partial<DockerRepoOptions> = {},
  storage: 'memory' | 'sql' = 'memory'
): Promise<DockerRepo> {
  const notary = new FakeNotary({ now: () => NOW, storage });
  return createDockerRepository(notary, { gun: GUN, ...o });
}

function options(
  repo: DockerRepo,
  over: Partial<SignImagesOptions> = {}
): SignImagesOptions {
  return {
    gun: repo.gun,
    trustServer: repo.notary.serverUrl,
    notary: repo.client,
    key: repo.signer,
    signerName: 'ci',
    targets: [tagTarget('v2')],
    expiryWarnDays: 30,
    dryRun: false,
    logger: recordingLogger(),
    clock: { now: () => NOW },
    sleep: () => Promise.resolve(),
    ...over,
  };
}

/** Tag names of the newest stored version of a role. */
function storedTags(repo: DockerRepo, role: string): string[] {
  return [
    ...(repo.notary.currentTargets(repo.gun, role)?.targets.keys() ?? []),
  ];
}

describe('#signImages', () => {
  describe('when the key is delegated as docker does it (releases + signer)', () => {
    it('signs into targets/releases and targets/<signer>', async () => {
      const repo = await setup({ tags: [tagTarget('v1')] });
      const result = await signImages(options(repo));
      expect(result.roles.map((r) => r.role)).toEqual([
        'targets/releases',
        'targets/ci',
      ]);
    });

    it('bumps every role version by exactly 1', async () => {
      const repo = await setup({ tags: [tagTarget('v1')] });
      const result = await signImages(options(repo));
      expect(result.roles.map((r) => [r.previousVersion, r.version])).toEqual([
        [1, 2],
        [1, 2],
      ]);
      expect(
        SignedMetadata.parse(
          repo.notary.current(GUN, 'targets/ci')!,
          'targets',
          'targets/ci'
        ).signed.version
      ).toBe(2);
    });

    it('uploads both roles in one POST', async () => {
      const repo = await setup({ tags: [tagTarget('v1')] });
      await signImages(options(repo));
      expect(repo.notary.posts).toHaveLength(1);
      expect(uploadedFiles(repo.notary.posts[0]).map((f) => f.role)).toEqual([
        'targets/releases',
        'targets/ci',
      ]);
    });

    it('keeps the tags the roles already held', async () => {
      const repo = await setup({ tags: [tagTarget('v1')] });
      await signImages(options(repo));
      expect(storedTags(repo, 'targets/releases')).toEqual(['v1', 'v2']);
    });

    it('reads the repository back and reports what the server made', async () => {
      const repo = await setup({ tags: [tagTarget('v1')] });
      const result = await signImages(options(repo));
      expect(result).toMatchObject({
        gun: GUN,
        trustServer: repo.notary.serverUrl,
        keyID: repo.signer.keyID,
        published: true,
        verifiedAfterPublish: true,
        rootKeyIDs: [repo.rootCert.keyID],
        snapshotVersion: 2,
        timestampVersion: 2,
        attempts: 1,
        targets: [tagTarget('v2')],
      });
      expect(result.rootBytes).toEqual(repo.notary.current(GUN, 'root'));
      expect(result.roles[0].expires).toBe('2029-11-21T03:00:00Z');
      // After the POST only timestamp and snapshot are fetched: the new
      // snapshot names our uploaded bytes, so they are not downloaded again.
      const after = repo.notary.log.slice(repo.notary.log.indexOf('POST ') + 1);
      expect(after).toEqual(['GET timestamp.json', 'GET snapshot.json']);
    });
  });

  describe('when every tag is already signed with that digest and size', () => {
    it('uploads nothing', async () => {
      const repo = await setup({ tags: [tagTarget('v2')] });
      const result = await signImages(options(repo));
      expect(repo.notary.posts).toHaveLength(0);
      expect(result).toMatchObject({
        published: false,
        verifiedAfterPublish: true,
        roles: [
          { role: 'targets/releases', previousVersion: 1, version: 1 },
          { role: 'targets/ci', previousVersion: 1, version: 1 },
        ],
      });
    });
  });

  describe('when a tag points to a new digest', () => {
    it('replaces the entry', async () => {
      const repo = await setup({ tags: [tagTarget('v2')] });
      const moved = tagTarget('v2', '-rebuilt');
      await signImages(options(repo, { targets: [moved] }));
      const meta = repo.notary
        .currentTargets(GUN, 'targets/releases')!
        .targets.get('v2')!;
      expect(`sha256:${meta.sha256Hex}`).toBe(moved.digest);
    });
  });

  describe('when dryRun is set', () => {
    it('signs but posts nothing', async () => {
      const repo = await setup();
      const logger = recordingLogger();
      const result = await signImages(options(repo, { dryRun: true, logger }));
      expect(repo.notary.posts).toHaveLength(0);
      expect(result.published).toBe(false);
      expect(result.verifiedAfterPublish).toBe(false);
      expect(result.roles.map((r) => r.version)).toEqual([2, 2]);
      expect(logger.infos).toContain(
        `dry run: would upload targets/releases, targets/ci to ${repo.notary.serverUrl}`
      );
    });
  });

  describe('when roles are given explicitly', () => {
    it('signs only those roles', async () => {
      const repo = await setup();
      const result = await signImages(options(repo, { roles: ['targets/ci'] }));
      expect(result.roles.map((r) => r.role)).toEqual(['targets/ci']);
      expect(uploadedFiles(repo.notary.posts[0]).map((f) => f.role)).toEqual([
        'targets/ci',
      ]);
      expect(storedTags(repo, 'targets/releases')).toEqual([]);
    });

    it('throws UsageError for a role that is not delegated', async () => {
      const repo = await setup();
      await expect(
        signImages(options(repo, { roles: ['targets/qa'] }))
      ).rejects.toThrow(
        expect.objectContaining({
          constructor: UsageError,
          message: expect.stringContaining(
            'targets/qa is not a delegation of targets'
          ) as string,
        })
      );
      expect(repo.notary.posts).toHaveLength(0);
    });

    it('throws KeyNotDelegatedError for a role that does not list the key', async () => {
      const repo = await setup();
      await expect(
        signImages(
          options(repo, { roles: ['targets/ci'], key: newDelegationKey() })
        )
      ).rejects.toThrow(
        expect.objectContaining({
          constructor: KeyNotDelegatedError,
          message: expect.stringContaining(
            'targets/ci in registry.test/acme/app does not list key'
          ) as string,
        })
      );
    });

    it('throws KeyNotDelegatedError for a tag outside the role paths', async () => {
      const repo = await setup({ releasesPaths: ['v1'] });
      await expect(
        signImages(
          options(repo, {
            roles: ['targets/releases'],
            targets: [tagTarget('latest')],
          })
        )
      ).rejects.toThrow(
        expect.objectContaining({
          constructor: KeyNotDelegatedError,
          message: expect.stringContaining(
            'tag latest is outside the paths of targets/releases ("v1")'
          ) as string,
        })
      );
      expect(repo.notary.posts).toHaveLength(0);
    });
  });

  describe('when a default role does not allow the tag by its paths', () => {
    it('leaves that role out', async () => {
      const repo = await setup({ releasesPaths: ['v1'] });
      const result = await signImages(
        options(repo, { targets: [tagTarget('latest')] })
      );
      expect(result.roles.map((r) => r.role)).toEqual(['targets/ci']);
    });
  });

  describe('when the delegation lists the key as an x509 certificate', () => {
    it('signs under the certificate key ID and the server accepts it', async () => {
      const repo = await setup({
        publishReleases: false,
        publishSigner: false,
      });
      const cert = await createRootCertificate(repo.signer, 'ci', {
        notBefore: new Date('2026-01-01T00:00:00Z'),
        notAfter: new Date('2036-01-01T00:00:00Z'),
      });
      await repo.editTargets((t) =>
        t.withDelegation(
          t.delegation('targets/releases')!.with({ keyIDs: [cert.keyID] }),
          [cert]
        )
      );
      const result = await signImages(options(repo));
      expect(result.published).toBe(true);
      const signed = SignedMetadata.parse(
        repo.notary.current(GUN, 'targets/releases')!,
        'targets',
        'targets/releases'
      );
      expect(signed.signatures.map((s) => s.keyID)).toEqual([cert.keyID]);
    });
  });

  describe('when the delegation key is RSA', () => {
    const rsaKey = () =>
      loadPrivateKey(fixtureText('keys/rsa/rsa-pkcs1.pem'), undefined);
    const rsaCert = () => parsePublicKeyPem(fixtureText('keys/rsa/rsa.crt'));

    it('signs rsapss under the rsa-x509 certificate ID and the server accepts it', async () => {
      const repo = await setup({
        publishReleases: false,
        publishSigner: false,
      });
      const cert = rsaCert();
      await repo.editTargets((t) =>
        t.withDelegation(
          t.delegation('targets/releases')!.with({ keyIDs: [cert.keyID] }),
          [cert]
        )
      );
      const key = (await rsaKey()).signer;
      const result = await signImages(options(repo, { key }));
      expect(result.roles.map((r) => r.role)).toEqual(['targets/releases']);
      const signed = SignedMetadata.parse(
        repo.notary.current(GUN, 'targets/releases')!,
        'targets',
        'targets/releases'
      );
      expect(signed.signatures.map((s) => [s.keyID, s.method])).toEqual([
        [cert.keyID, 'rsapss'],
      ]);
    });

    describe('and targets/releases needs it and an ECDSA key (threshold 2)', () => {
      async function thresholdTwo(): Promise<DockerRepo> {
        const repo = await setup({
          publishReleases: false,
          publishSigner: false,
        });
        const rsa = (await rsaKey()).signer.publicKey;
        await repo.editTargets((t) =>
          t.withDelegation(
            t.delegation('targets/releases')!.with({
              keyIDs: [repo.signer.keyID, rsa.keyID],
              threshold: 2,
            }),
            [repo.signer.publicKey, rsa]
          )
        );
        return repo;
      }

      it('signs with both keys and the server accepts the two signatures', async () => {
        const repo = await thresholdTwo();
        const rsa = (await rsaKey()).signer;
        const result = await signImages(options(repo, { extraKeys: [rsa] }));
        expect(result.published).toBe(true);
        const signed = SignedMetadata.parse(
          repo.notary.current(GUN, 'targets/releases')!,
          'targets',
          'targets/releases'
        );
        expect(signed.signatures.map((s) => s.method).sort()).toEqual([
          'ecdsa',
          'rsapss',
        ]);
        expect(storedTags(repo, 'targets/releases')).toEqual(['v2']);
      });

      it('refuses with one key before any upload, naming the threshold', async () => {
        const repo = await thresholdTwo();
        await expect(signImages(options(repo))).rejects.toThrow(
          expect.objectContaining({
            constructor: KeyNotDelegatedError,
            message: expect.stringContaining(
              `targets/releases in ${GUN} needs 2 signatures (threshold) but the given keys provide 1`
            ) as string,
          })
        );
        expect(repo.notary.posts).toHaveLength(0);
      });
    });
  });

  describe('when no delegation lists the key', () => {
    it('throws KeyNotDelegatedError naming `dct-sign signer add`', async () => {
      const repo = await setup();
      const stranger = newDelegationKey();
      await expect(
        signImages(options(repo, { key: stranger }))
      ).rejects.toThrow(
        expect.objectContaining({
          constructor: KeyNotDelegatedError,
          message: expect.stringContaining(
            `key ${stranger.keyID.slice(0, 12)} is not a signer of ${GUN} (delegations: targets/releases, targets/ci); ask a key holder to run \`dct-sign signer add`
          ) as string,
        })
      );
      expect(repo.notary.posts).toHaveLength(0);
    });
  });

  describe('when a concurrent publisher wins once', () => {
    it('retries on the new state and keeps both publishers’ tags', async () => {
      const repo = await setup({ tags: [tagTarget('v1')] });
      repo.notary.beforePublish = async (gun, call) => {
        if (call === 0)
          await repo.notary.publishAs(gun, 'targets/releases', repo.signer, [
            tagTarget('other'),
          ]);
      };
      const sleep = vi.fn(() => Promise.resolve());
      const result = await signImages(options(repo, { sleep }));
      expect(result.attempts).toBe(2);
      expect(repo.notary.posts).toHaveLength(2);
      expect(sleep).toHaveBeenCalledTimes(1);
      expect(storedTags(repo, 'targets/releases').sort()).toEqual([
        'other',
        'v1',
        'v2',
      ]);
      expect(result.roles[0]).toMatchObject({ previousVersion: 2, version: 3 });
    });
  });

  describe('when concurrent publishers always win', () => {
    it('throws PublishConflictError after maxAttempts', async () => {
      const repo = await setup();
      let n = 0;
      repo.notary.beforePublish = async (gun) => {
        await repo.notary.publishAs(gun, 'targets/releases', repo.signer, [
          tagTarget(`other${n++}`),
        ]);
      };
      const sleep = vi.fn(() => Promise.resolve());
      await expect(
        signImages(options(repo, { sleep, maxAttempts: 3 }))
      ).rejects.toThrow(
        expect.objectContaining({
          constructor: PublishConflictError,
          message: expect.stringContaining(
            `${GUN}: gave up after 3 attempts: other publishers kept updating the repository`
          ) as string,
        })
      );
      expect(repo.notary.posts).toHaveLength(3);
      expect(sleep).toHaveBeenCalledTimes(2);
    });
  });

  describe('on notary-server 0.7 with SQL storage (issue 12)', () => {
    it('signs into a docker-made repository whose delegations were never published', async () => {
      const repo = await setup(
        { publishReleases: false, publishSigner: false },
        'sql'
      );
      const result = await signImages(options(repo));
      expect(result.published).toBe(true);
      expect(result.roles.map((r) => [r.role, r.previousVersion])).toEqual([
        ['targets/releases', 0],
        ['targets/ci', 0],
      ]);
      expect(storedTags(repo, 'targets/releases')).toEqual(['v2']);
    });

    it('retries a colliding upload answered 500 UPDATING as a version conflict, on fresh state, without a read-back', async () => {
      const repo = await setup({ tags: [tagTarget('v1')] }, 'sql');
      repo.notary.beforePublish = async (gun, call) => {
        if (call === 0)
          await repo.notary.publishAs(gun, 'targets/releases', repo.signer, [
            tagTarget('other'),
          ]);
      };
      const logger = recordingLogger();
      const result = await signImages(options(repo, { logger }));
      expect(result.attempts).toBe(2);
      expect(repo.notary.posts).toHaveLength(2);
      expect(logger.warnings).toEqual([]);
      expect(storedTags(repo, 'targets/releases').sort()).toEqual([
        'other',
        'v1',
        'v2',
      ]);
    });

    it('gives up with PublishConflictError after maxAttempts of 500 UPDATING', async () => {
      const repo = await setup({}, 'sql');
      let n = 0;
      repo.notary.beforePublish = async (gun) => {
        await repo.notary.publishAs(gun, 'targets/releases', repo.signer, [
          tagTarget(`other${n++}`),
        ]);
      };
      await expect(
        signImages(options(repo, { maxAttempts: 3 }))
      ).rejects.toThrow(
        expect.objectContaining({
          constructor: PublishConflictError,
          message: expect.stringContaining(
            `${GUN}: gave up after 3 attempts: other publishers kept updating the repository`
          ) as string,
        })
      );
      expect(repo.notary.posts).toHaveLength(3);
    });
  });

  describe('when the server accepts the upload but loses it', () => {
    it('signs again and succeeds', async () => {
      const repo = await setup();
      repo.notary.dropUploads = 1;
      const logger = recordingLogger();
      const result = await signImages(options(repo, { logger }));
      expect(result.attempts).toBe(2);
      expect(repo.notary.posts).toHaveLength(2);
      expect(storedTags(repo, 'targets/ci')).toEqual(['v2']);
      expect(logger.warnings).toContain(
        `${GUN}: the server accepted the upload but lost it (a known notary-server 0.7 race); signing again`
      );
    });

    it('throws ReadBackError when it keeps losing it', async () => {
      const repo = await setup();
      repo.notary.dropUploads = 5;
      await expect(
        signImages(options(repo, { maxAttempts: 2 }))
      ).rejects.toThrow(
        expect.objectContaining({
          constructor: ReadBackError,
          message: expect.stringContaining(
            'the server accepted the upload but does not serve the signed tags'
          ) as string,
        })
      );
    });
  });

  describe('when the server does not hold the snapshot key', () => {
    it('throws PublishRejectedError telling to run `notary key rotate <gun> snapshot -r`', async () => {
      const repo = await setup({ clientHeldSnapshot: true });
      await expect(signImages(options(repo))).rejects.toThrow(
        expect.objectContaining({
          constructor: PublishRejectedError,
          message: expect.stringContaining(
            `\`notary key rotate ${GUN} snapshot -r\``
          ) as string,
        })
      );
    });
  });

  describe('when the answer to the upload is lost after it landed', () => {
    it('reads back, finds the tags and succeeds without uploading again', async () => {
      const repo = await setup();
      const logger = recordingLogger();
      repo.notary.tamper = (req, res) => {
        if (req.method === 'POST')
          throw new NetworkError(
            'POST /: connection reset by the server',
            true
          );
        return res;
      };
      const result = await signImages(options(repo, { logger }));
      expect(result).toMatchObject({
        published: true,
        verifiedAfterPublish: true,
        attempts: 1,
      });
      expect(repo.notary.posts).toHaveLength(1);
      expect(storedTags(repo, 'targets/releases')).toEqual(['v2']);
      expect(logger.warnings.join('\n')).toContain(
        'failed (POST /: connection reset by the server); checking whether it landed'
      );
    });
  });

  describe('when the upload keeps failing without landing', () => {
    it('retries from fresh metadata, then gives up naming what it was publishing', async () => {
      const repo = await setup();
      repo.notary.dropUploads = 10;
      repo.notary.tamper = (req, res) => {
        if (req.method === 'POST')
          throw new NetworkError(
            'POST /: connection reset by the server',
            true
          );
        return res;
      };
      const sleep = vi.fn(() => Promise.resolve());
      await expect(
        signImages(options(repo, { sleep, maxAttempts: 3 }))
      ).rejects.toThrow(
        expect.objectContaining({
          constructor: NetworkError,
          message: `publishing targets/releases, targets/ci of ${GUN}: POST /: connection reset by the server`,
        })
      );
      expect(repo.notary.posts).toHaveLength(3);
      expect(sleep).toHaveBeenCalledTimes(2);
    });
  });

  describe('when the upload fails in a way a retry cannot fix', () => {
    it('throws at once', async () => {
      const repo = await setup();
      repo.notary.tamper = (req, res) => {
        if (req.method === 'POST')
          throw new NetworkError('POST /: TLS certificate not trusted', false);
        return res;
      };
      await expect(signImages(options(repo))).rejects.toThrow(
        'POST /: TLS certificate not trusted'
      );
      expect(repo.notary.posts).toHaveLength(1);
    });
  });

  describe('when a role is listed in targets but was never published', () => {
    it('creates it at version 1', async () => {
      const repo = await setup({
        publishSigner: false,
        tags: [tagTarget('v1')],
      });
      const result = await signImages(options(repo));
      expect(result.roles).toMatchObject([
        { role: 'targets/releases', previousVersion: 1, version: 2 },
        { role: 'targets/ci', previousVersion: 0, version: 1 },
      ]);
      expect(storedTags(repo, 'targets/ci')).toEqual(['v2']);
    });
  });

  describe('when a role does not verify (signed by a key it does not list)', () => {
    it('refuses to overwrite it, before any upload, saying who must repair it', async () => {
      const repo = await setup({
        tags: [tagTarget('v1')],
        releasesSignedBy: newDelegationKey('removed'),
      });
      const run = signImages(options(repo));
      await expect(run).rejects.toThrow(UntrustedRoleError);
      await expect(run).rejects.toThrow(
        `targets/releases of ${GUN} does not verify (skipped targets/releases: targets/releases signed by 0/1 keys); refusing to overwrite it: a key holder must repair it`
      );
      expect(repo.notary.posts).toHaveLength(0);
    });
  });

  describe('when a role is validly signed but expired', () => {
    it('starts it fresh with only our tags, with a warning', async () => {
      const repo = await setup({
        tags: [tagTarget('v1')],
        releasesExpires: new Date(NOW.getTime() - 24 * 3600 * 1000),
      });
      const result = await signImages(options(repo));
      expect(result.roles[0]).toMatchObject({
        role: 'targets/releases',
        previousVersion: 1,
        version: 2,
      });
      expect(storedTags(repo, 'targets/releases')).toEqual(['v2']);
      expect(result.warnings).toEqual(
        expect.arrayContaining([
          expect.stringMatching(
            /^targets\/releases of .* had expired \(.*\); started fresh as notary does: its 1 old tag\(s\) are not re-signed/
          ),
        ])
      );
    });
  });
});
