import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pushImage } from '../../scripts/sandbox/registry-push.mjs';
import { findTrustDirKey, runBundledAction } from './helpers/action.js';
import { DockerCli, TEST_DOCKER_PASSPHRASES } from './helpers/docker-cli.js';
import { randomGun } from './helpers/gun.js';
import { NotaryCli } from './helpers/notary-cli.js';
import { getSandbox, type SandboxConfig } from './helpers/sandbox.js';
import { makeTempDir } from './helpers/tmp.js';

// The sign-image Action, bundled, run as the runner runs it, against a real
// notary-server and registry; results checked with the real notary and docker CLIs.

let sandbox: SandboxConfig;
beforeAll(() => {
  sandbox = getSandbox();
});

/** A repository made the docker way: `docker trust key generate ci` + `docker trust signer add`. */
async function dockerRepository(options: { tokenAuth?: boolean } = {}) {
  const tmp = await makeTempDir();
  const { gun, repo } = randomGun(sandbox);
  const docker = await DockerCli.create(sandbox, {
    configDir: join(tmp, 'docker'),
    tokenAuth: options.tokenAuth,
  });
  const pub = await docker.trustKeyGenerate('ci', tmp);
  await docker.signerAdd('ci', pub, gun);
  const ciKey = findTrustDirKey(docker.trustDir, 'ci');
  const notary = NotaryCli.forSandbox(sandbox, join(tmp, 'notary-reader'), {
    tokenAuth: options.tokenAuth,
  });
  return { tmp, gun, repo, docker, ciKey, notary };
}

/** POSTs the notary-server logged for a GUN (one JSON line per request at info level). */
function uploadsFor(gun: string, server = 'notary-server'): number {
  const log = readFileSync(
    join(sandbox.sandboxDir, 'logs', `${server}.log`),
    'utf8'
  );
  return log
    .split('\n')
    .filter(
      (l) =>
        l.includes('"msg":"response completed"') &&
        l.includes('"http.request.method":"POST"') &&
        l.includes(`/v2/${gun}/_trust/tuf/`)
    ).length;
}

const baseInputs = (ciKey: string) => ({
  'delegation-key': ciKey,
  'delegation-passphrase': TEST_DOCKER_PASSPHRASES.repository,
  'trust-server': sandbox.notaryServerUrl,
  'trust-server-ca': readFileSync(sandbox.notaryCaFile, 'utf8'),
});

describe('the bundled Action (dist/index.js)', () => {
  describe('when three freshly pushed tags are signed without a digest input', () => {
    it('signs all of them into targets/releases and targets/ci in one upload, as notary and docker see it', async () => {
      const { tmp, gun, repo, docker, ciKey, notary } =
        await dockerRepository();
      const images = {
        v1: await pushImage({
          registryUrl: sandbox.registryUrl,
          repo,
          tag: 'v1',
          kind: 'docker',
        }),
        v2: await pushImage({
          registryUrl: sandbox.registryUrl,
          repo,
          tag: 'v2',
          kind: 'oci',
        }),
        multi: await pushImage({
          registryUrl: sandbox.registryUrl,
          repo,
          tag: 'multi',
          kind: 'oci-index',
        }),
      };
      const postsBefore = uploadsFor(gun);

      const run = await runBundledAction(tmp, {
        ...baseInputs(ciKey),
        tags: `${gun}:v1\n${gun}:v2, ${gun}:multi`,
      });
      expect(run.code, run.transcript).toBe(0);
      expect(uploadsFor(gun) - postsBefore).toBe(1);

      // oracle 1: the real notary CLI, reading from the server
      const listed = await notary.list(gun, { roles: ['targets/releases'] });
      for (const [tag, image] of Object.entries(images)) {
        expect(listed).toContainEqual({
          name: tag,
          digest: image.digest.replace('sha256:', ''),
          size: image.size,
          role: 'targets/releases',
        });
        expect(await notary.lookup(gun, tag)).toEqual({
          name: tag,
          digest: image.digest.replace('sha256:', ''),
          size: image.size,
        });
      }
      expect(await notary.list(gun, { roles: ['targets/ci'] })).toHaveLength(3);

      // oracle 2: docker trust inspect (digest and signer; it does not show sizes)
      const [inspected] = await docker.trustInspect(gun);
      const signed = Object.fromEntries(
        (inspected?.SignedTags ?? []).map((t) => [t.SignedTag, t])
      );
      for (const [tag, image] of Object.entries(images)) {
        expect(signed[tag]?.Digest).toBe(image.digest.replace('sha256:', ''));
        expect(signed[tag]?.Signers).toEqual(['ci']);
      }

      // outputs and summary
      expect(run.outputs.digest).toBe(images.v1.digest);
      expect(run.outputs.size).toBe(String(images.v1.size));
      expect(run.outputs['key-id']).toMatch(/^[0-9a-f]{64}$/);
      expect(run.outputs.roles.split(',').sort()).toEqual([
        'targets/ci',
        'targets/releases',
      ]);
      const signedOutput = JSON.parse(run.outputs.signed) as Array<
        Record<string, unknown>
      >;
      expect(signedOutput.map((s) => s.tag)).toEqual(['v1', 'v2', 'multi']);
      expect(signedOutput[2]).toMatchObject({
        gun,
        digest: images.multi.digest,
        size: images.multi.size,
      });
      expect(run.outputs['verify-commands']).toContain(
        `notary -s ${sandbox.notaryServerUrl} list ${gun}`
      );
      expect(run.summary).toContain(
        `| ${gun} | multi | \`${images.multi.digest}\` | ${images.multi.size} | targets/releases |`
      );
      expect(run.summary).toContain('verified after upload');
      expect(run.stdout).toContain('no digest input');
    });
  });

  describe('when the digest input is given', () => {
    it('signs every tag to that manifest, taking its size from the registry by digest', async () => {
      const { tmp, gun, repo, ciKey, notary } = await dockerRepository();
      const index = await pushImage({
        registryUrl: sandbox.registryUrl,
        repo,
        tag: 'build-42',
        kind: 'oci-index',
      });
      const run = await runBundledAction(tmp, {
        ...baseInputs(ciKey),
        tags: `${gun}:latest,${gun}:1.2.3`,
        digest: index.digest,
        'registry-url': sandbox.registryUrl,
      });
      expect(run.code, run.transcript).toBe(0);
      for (const tag of ['latest', '1.2.3']) {
        expect(await notary.lookup(gun, tag)).toEqual({
          name: tag,
          digest: index.digest.replace('sha256:', ''),
          size: index.size,
        });
      }
      expect(run.stdout).not.toContain('no digest input');
    });
  });

  describe('when the trust server requires token auth', () => {
    it('authenticates with username/password and signs', async () => {
      const { tmp, gun, repo, ciKey, notary } = await dockerRepository({
        tokenAuth: true,
      });
      const image = await pushImage({
        registryUrl: sandbox.registryUrl,
        repo,
        tag: 'v1',
      });
      const inputs = {
        ...baseInputs(ciKey),
        'trust-server': sandbox.tokenNotaryServerUrl,
        tags: `${gun}:v1`,
      };

      const refused = await runBundledAction(tmp, {
        ...inputs,
        username: sandbox.tokenUser,
        password: 'not-the-password',
      });
      expect(refused.code).toBe(1);
      expect(refused.stdout).toMatch(/::error::.*(refused|credentials)/);

      const run = await runBundledAction(tmp, {
        ...inputs,
        username: sandbox.tokenUser,
        password: sandbox.tokenPassword,
      });
      expect(run.code, run.transcript).toBe(0);
      expect(await notary.lookup(gun, 'v1')).toEqual({
        name: 'v1',
        digest: image.digest.replace('sha256:', ''),
        size: image.size,
      });
      expect(run.transcript).not.toContain(sandbox.tokenPassword);
    });
  });

  describe('when the input is wrong', () => {
    it('fails with one clear line and publishes nothing', async () => {
      const { tmp, gun, repo, ciKey } = await dockerRepository();
      await pushImage({ registryUrl: sandbox.registryUrl, repo, tag: 'v1' });
      const posts = uploadsFor(gun);
      const cases: Array<[Record<string, string>, RegExp]> = [
        [{ 'delegation-passphrase': 'not-the-passphrase' }, /wrong passphrase/],
        [
          { tags: `${gun}:missing-tag` },
          /missing-tag is not in the registry .*push it before signing/,
        ],
        [
          { digest: 'sha256:1234' },
          /digest: .* pass sha256:<64 lower-case hex digits>/,
        ],
        [
          {
            'delegation-key':
              '-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n',
          },
          /key/i,
        ],
        [{ tags: `${gun}` }, /has no tag/],
        [{ 'root-key-id': 'ab'.repeat(32) }, /pinned key/],
      ];
      for (const [override, message] of cases) {
        const run = await runBundledAction(tmp, {
          ...baseInputs(ciKey),
          tags: `${gun}:v1`,
          ...override,
        });
        expect(run.code, run.transcript).toBe(1);
        const errors = run.stdout
          .split('\n')
          .filter((l) => l.startsWith('::error::'));
        expect(errors, run.transcript).toHaveLength(1);
        expect(errors[0]).toMatch(message);
        expect(run.transcript).not.toMatch(/\n\s+at .*\.js:\d+/); // no stack trace
        expect(run.transcript).not.toContain(
          TEST_DOCKER_PASSPHRASES.repository
        );
      }
      expect(uploadsFor(gun)).toBe(posts);
    });

    it('refuses a key that no role lists, naming the command that fixes it', async () => {
      const { tmp, gun, repo } = await dockerRepository();
      const other = await dockerRepository();
      await pushImage({ registryUrl: sandbox.registryUrl, repo, tag: 'v1' });
      const run = await runBundledAction(tmp, {
        ...baseInputs(other.ciKey),
        tags: `${gun}:v1`,
      });
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(
        /::error::key [0-9a-f]{12} is not a signer of .*dct-sign signer add/
      );
    });
  });

  describe('when dry-run is set', () => {
    it('shows what would be published and uploads nothing', async () => {
      const { tmp, gun, repo, ciKey, notary } = await dockerRepository();
      await pushImage({ registryUrl: sandbox.registryUrl, repo, tag: 'v1' });
      const posts = uploadsFor(gun);
      const run = await runBundledAction(tmp, {
        ...baseInputs(ciKey),
        tags: `${gun}:v1`,
        'dry-run': 'true',
      });
      expect(run.code, run.transcript).toBe(0);
      expect(run.stdout).toMatch(/targets\/releases: v0 → v1/);
      expect(run.stdout).toContain('dry run: would upload');
      expect(uploadsFor(gun)).toBe(posts);
      expect(await notary.list(gun, { roles: ['targets/releases'] })).toEqual(
        []
      );
    });
  });
});
