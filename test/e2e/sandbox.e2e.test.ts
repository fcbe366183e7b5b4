import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pushImage } from '../../scripts/sandbox/registry-push.mjs';
import { DockerCli, TEST_DOCKER_PASSPHRASES } from './helpers/docker-cli.js';
import { randomGun } from './helpers/gun.js';
import { basicAuth, httpGet } from './helpers/http.js';
import { NotaryCli } from './helpers/notary-cli.js';
import { getSandbox, type SandboxConfig } from './helpers/sandbox.js';
import { makeTempDir } from './helpers/tmp.js';

// Proves the e2e harness itself: the sandbox servers, pushImage, and the two
// oracles (notary CLI, docker trust CLI) agree on a repo made the docker way.

let sandbox: SandboxConfig;
beforeAll(() => {
  sandbox = getSandbox();
});

/** Decode a JWT's claims (no verification: notary-server does that). */
function jwtClaims(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
}

describe('sandbox registry', () => {
  describe('#pushImage', () => {
    it.each([
      [
        'docker',
        'application/vnd.docker.distribution.manifest.v2+json',
      ] as const,
      ['oci', 'application/vnd.oci.image.manifest.v1+json'] as const,
      ['oci-index', 'application/vnd.oci.image.index.v1+json'] as const,
    ])(
      'stores a %s manifest under the tag with the returned digest and size',
      async (kind, mediaType) => {
        const { repo } = randomGun(sandbox, kind);
        const pushed = await pushImage({
          registryUrl: sandbox.registryUrl,
          repo,
          tag: 'v1',
          kind,
        });
        expect(pushed.mediaType).toBe(mediaType);

        const res = await fetch(
          `${sandbox.registryUrl}/v2/${repo}/manifests/v1`,
          {
            headers: { Accept: mediaType },
          }
        );
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toBe(mediaType);
        expect(res.headers.get('docker-content-digest')).toBe(pushed.digest);
        expect((await res.arrayBuffer()).byteLength).toBe(pushed.size);
        if (kind === 'oci-index') {
          expect(pushed.children).toHaveLength(2);
          // the children were pushed by digest and are fetchable
          for (const child of pushed.children ?? []) {
            const c = await fetch(
              `${sandbox.registryUrl}/v2/${repo}/manifests/${child.digest}`,
              { method: 'HEAD', headers: { Accept: child.mediaType } }
            );
            expect(c.status).toBe(200);
          }
        }
      }
    );
  });
});

describe('sandbox notary-server with docker trust and notary', () => {
  describe('when a tag is signed into targets/releases and targets/ci', () => {
    it('is listed by notary and by docker trust inspect with its digest and size', async () => {
      const tmp = await makeTempDir();
      const { gun, repo } = randomGun(sandbox);
      const docker = await DockerCli.create(sandbox, {
        configDir: join(tmp, 'docker'),
      });

      // docker's way to make a signer: key generate + signer add (which also
      // initializes the repo, with a server-managed snapshot key)
      const pub = await docker.trustKeyGenerate('ci', tmp);
      await docker.signerAdd('ci', pub, gun);
      const image = await pushImage({
        registryUrl: sandbox.registryUrl,
        repo,
        tag: 'v1',
      });
      const hex = image.digest.replace('sha256:', '');

      // `docker trust sign` needs an engine; notary on docker's trust dir
      // signs the same target with the ci key (docker's repository passphrase)
      const notary = NotaryCli.forSandbox(sandbox, docker.trustDir, {
        passphrases: { delegation: TEST_DOCKER_PASSPHRASES.repository },
      });
      await notary.addHash(gun, 'v1', image.size, image.digest, [
        'targets/releases',
        'targets/ci',
      ]);
      await notary.publish(gun);

      // oracle 1: the notary CLI, reading back from the server
      expect(await notary.list(gun, { roles: ['targets/releases'] })).toEqual([
        { name: 'v1', digest: hex, size: image.size, role: 'targets/releases' },
      ]);
      expect(await notary.lookup(gun, 'v1')).toEqual({
        name: 'v1',
        digest: hex,
        size: image.size,
      });
      const delegations = await notary.delegationList(gun);
      expect(delegations.map((d) => d.role).sort()).toEqual([
        'targets/ci',
        'targets/releases',
      ]);

      // oracle 2: docker trust inspect
      const [inspected] = await docker.trustInspect(`${gun}:v1`);
      expect(inspected?.SignedTags).toEqual([
        { SignedTag: 'v1', Digest: hex, Signers: ['ci'] },
      ]);
      const ciKeys = inspected?.Signers.find((s) => s.Name === 'ci')?.Keys;
      expect(ciKeys).toHaveLength(1);
      // both oracles name the same signer key
      for (const d of delegations) {
        expect(d.keyIDs).toEqual([ciKeys?.[0]?.ID]);
        expect(d.threshold).toBe(1);
      }
    });
  });
});

describe('sandbox notary-server with token auth', () => {
  describe('when a request carries no token', () => {
    it('answers 401 with a Bearer challenge naming the sandbox realm', async () => {
      const { gun } = randomGun(sandbox);
      const res = await httpGet(
        `${sandbox.tokenNotaryServerUrl}/v2/${gun}/_trust/tuf/root.json`,
        { caFile: sandbox.notaryCaFile }
      );
      expect(res.status).toBe(401);
      const challenge = String(res.headers['www-authenticate']);
      expect(challenge).toContain(`Bearer realm="${sandbox.tokenRealm}"`);
      expect(challenge).toContain(`service="${sandbox.tokenService}"`);
      expect(challenge).toContain(`scope="repository:${gun}:pull"`);
    });
  });

  describe('the token endpoint', () => {
    it('rejects wrong credentials with 401', async () => {
      const res = await httpGet(
        `${sandbox.tokenRealm}?service=${sandbox.tokenService}&scope=repository:x/y:pull`,
        { headers: { Authorization: basicAuth(sandbox.tokenUser, 'wrong') } }
      );
      expect(res.status).toBe(401);
    });

    it('grants exactly the requested scope, which the server then accepts', async () => {
      const { gun } = randomGun(sandbox);
      const scope = `repository:${gun}:push,pull`;
      const res = await httpGet(
        `${sandbox.tokenRealm}?service=${encodeURIComponent(sandbox.tokenService)}&scope=${encodeURIComponent(scope)}`,
        {
          headers: {
            Authorization: basicAuth(sandbox.tokenUser, sandbox.tokenPassword),
          },
        }
      );
      expect(res.status).toBe(200);
      const body = JSON.parse(res.body) as Record<string, unknown>;
      expect(body.access_token).toBe(body.token);
      expect(body.expires_in).toBe(300);
      const claims = jwtClaims(String(body.token));
      expect(claims).toMatchObject({
        iss: sandbox.tokenIssuer,
        aud: sandbox.tokenService,
        sub: sandbox.tokenUser,
        access: [{ type: 'repository', name: gun, actions: ['push', 'pull'] }],
      });

      // the repo does not exist yet: with the token, 404 instead of 401
      const meta = await httpGet(
        `${sandbox.tokenNotaryServerUrl}/v2/${gun}/_trust/tuf/root.json`,
        {
          caFile: sandbox.notaryCaFile,
          headers: { Authorization: `Bearer ${String(body.token)}` },
        }
      );
      expect(meta.status).toBe(404);
      expect(meta.body).toContain('METADATA_NOT_FOUND');
    });
  });

  describe('with NOTARY_AUTH set to the test credentials', () => {
    it('lets the notary CLI publish and list', async () => {
      const tmp = await makeTempDir();
      const { gun } = randomGun(sandbox);
      const notary = NotaryCli.forSandbox(sandbox, join(tmp, 'trust'), {
        tokenAuth: true,
      });
      await notary.init(gun);
      await notary.addHash(gun, 'v1', 123, 'ab'.repeat(32));
      await notary.publish(gun);
      expect(await notary.list(gun)).toEqual([
        { name: 'v1', digest: 'ab'.repeat(32), size: 123, role: 'targets' },
      ]);
    });
  });

  describe('with wrong credentials', () => {
    it('makes notary publish fail as unauthorized', async () => {
      const tmp = await makeTempDir();
      const { gun } = randomGun(sandbox);
      const notary = new NotaryCli({
        ...NotaryCli.forSandbox(sandbox, join(tmp, 'trust'), {
          tokenAuth: true,
        }).options,
        auth: { user: sandbox.tokenUser, password: 'wrong-password' },
      });
      const result = await notary.run(['init', gun, '-p']);
      expect(result.code).not.toBe(0);
      // notary 0.7 prints its `* fatal: ...` line on stdout
      expect(result.stdout + result.stderr).toMatch(
        /unauthorized: authentication required/
      );
    });
  });

  describe('with docker credentials in config.json', () => {
    it('lets docker trust signer add initialize a repo that notary lists', async () => {
      const tmp = await makeTempDir();
      const { gun } = randomGun(sandbox);
      const docker = await DockerCli.create(sandbox, {
        configDir: join(tmp, 'docker'),
        tokenAuth: true,
      });
      const pub = await docker.trustKeyGenerate('ci', tmp);
      await docker.signerAdd('ci', pub, gun);
      const notary = NotaryCli.forSandbox(sandbox, docker.trustDir, {
        tokenAuth: true,
      });
      const roles = (await notary.delegationList(gun)).map((d) => d.role);
      expect(roles.sort()).toEqual(['targets/ci', 'targets/releases']);
    });
  });
});
