import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pushImage } from '../../scripts/sandbox/registry-push.mjs';
import { runBundledAction, type ActionRun } from './helpers/action.js';
import { runBundledCli } from './helpers/bad-input.js';
import { DockerCli } from './helpers/docker-cli.js';
import { dockerRepository } from './helpers/docker-repo.js';
import { assertOk, cleanEnv, runCommand } from './helpers/exec.js';
import { randomGun } from './helpers/gun.js';
import { NotaryCli, TEST_PASSPHRASES } from './helpers/notary-cli.js';
import { getSandbox, type SandboxConfig } from './helpers/sandbox.js';
import { makeTempDir } from './helpers/tmp.js';

// Issue 18: RSA delegation keys made with openssl, delegated with the real
// `notary delegation add` (certificate) and `docker trust signer add` (public
// key), sign through the bundled Action; the real notary and docker CLIs
// verify the result. Last, a targets/releases that needs an RSA and an ECDSA
// signature (threshold 2) gets both from one run given both keys.

let sandbox: SandboxConfig;
beforeAll(() => {
  sandbox = getSandbox();
});

const RSA_PASS = 'e2e-rsa-legacy-passphrase';

/** `openssl ARGS` in `dir`; throws with the output on failure. */
async function openssl(dir: string, args: string[]): Promise<void> {
  assertOk(await runCommand('openssl', args, { env: cleanEnv(), cwd: dir }));
}

/**
 * A fresh 2048-bit RSA key as openssl writes it: `rsa.pem` (PKCS#1,
 * unencrypted), `rsa-legacy.pem` (DEK-Info AES-256-CBC, as notary < 0.6 wrote
 * keys), `rsa.pub` (SPKI) and `rsa.crt` (self-signed, CN = `cn`).
 */
async function opensslRsaKey(dir: string, cn: string) {
  await openssl(dir, ['genrsa', '-traditional', '-out', 'rsa.pem', '2048']);
  await openssl(dir, [
    'rsa',
    '-in',
    'rsa.pem',
    '-traditional',
    '-aes256',
    '-passout',
    `pass:${RSA_PASS}`,
    '-out',
    'rsa-legacy.pem',
  ]);
  await openssl(dir, ['rsa', '-in', 'rsa.pem', '-pubout', '-out', 'rsa.pub']);
  await openssl(dir, [
    'req',
    '-x509',
    '-new',
    '-key',
    'rsa.pem',
    '-sha256',
    '-subj',
    `/CN=${cn}`,
    '-days',
    '365',
    '-out',
    'rsa.crt',
  ]);
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  return {
    pkcs1: read('rsa.pem'),
    legacy: read('rsa-legacy.pem'),
    pub: join(dir, 'rsa.pub'),
    crt: join(dir, 'rsa.crt'),
  };
}

/** `notary init GUN -p` + server-held snapshot: a repository the Action can publish to. */
async function notaryRepository(prefix: string) {
  const tmp = await makeTempDir();
  const { gun, repo } = randomGun(sandbox, prefix);
  const notary = NotaryCli.forSandbox(sandbox, join(tmp, 'notary'));
  await notary.init(gun);
  await notary.rotateSnapshotToServer(gun);
  return { tmp, gun, repo, notary };
}

function actionInputs(
  key: string,
  passphrase: string | undefined,
  tags: string
): Record<string, string> {
  return {
    'delegation-key': key,
    ...(passphrase === undefined
      ? {}
      : { 'delegation-passphrase': passphrase }),
    'trust-server': sandbox.notaryServerUrl,
    'trust-server-ca': readFileSync(sandbox.notaryCaFile, 'utf8'),
    'registry-url': sandbox.registryUrl,
    tags,
  };
}

/** The signatures of a role as the notary CLI cached it after verifying it. */
function cachedSignatures(
  notary: NotaryCli,
  gun: string,
  role: string
): { keyid: string; method: string }[] {
  const file = join(
    notary.options.trustDir,
    'tuf',
    gun,
    'metadata',
    `${role}.json`
  );
  return (
    JSON.parse(readFileSync(file, 'utf8')) as {
      signatures: { keyid: string; method: string }[];
    }
  ).signatures;
}

function expectOk(run: ActionRun): void {
  expect(run.code, run.transcript).toBe(0);
}

describe('RSA delegation keys', () => {
  describe('added with notary delegation add as an X.509 certificate', () => {
    it('sign through the bundled Action, and notary and docker verify the tag', async () => {
      const { tmp, gun, repo, notary } = await notaryRepository('rsa-cert');
      const rsa = await opensslRsaKey(tmp, 'releases');
      await notary.delegationAdd(gun, 'targets/releases', [rsa.crt], {
        publish: true,
      });
      const image = await pushImage({
        registryUrl: sandbox.registryUrl,
        repo,
        tag: 'v1',
      });

      const run = await runBundledAction(
        tmp,
        actionInputs(rsa.pkcs1, undefined, `${gun}:v1`)
      );
      expectOk(run);
      expect(run.stdout).toContain('(rsa 2048)');
      expect(run.outputs.roles).toBe('targets/releases');

      const digest = image.digest.replace('sha256:', '');
      expect(await notary.list(gun, { roles: ['targets/releases'] })).toEqual([
        { name: 'v1', digest, size: image.size, role: 'targets/releases' },
      ]);
      expect(await notary.lookup(gun, 'v1')).toEqual({
        name: 'v1',
        digest,
        size: image.size,
      });
      // notary shows canonical key IDs: ours is the key-id output.
      const releases = (await notary.delegationList(gun)).find(
        (d) => d.role === 'targets/releases'
      );
      expect(releases?.keyIDs).toEqual([run.outputs['key-id']]);
      // The signature is filed under the certificate's TUF ID, not the canonical one.
      const [sig] = cachedSignatures(notary, gun, 'targets/releases');
      expect(sig.method).toBe('rsapss');
      expect(sig.keyid).not.toBe(run.outputs['key-id']);

      const docker = await dockerReader(tmp);
      const [inspected] = await docker.trustInspect(`${gun}:v1`);
      expect(inspected.SignedTags.map((t) => [t.SignedTag, t.Digest])).toEqual([
        ['v1', digest],
      ]);
    });
  });

  describe('added with docker trust signer add as a public key', () => {
    it('sign through the bundled Action from a legacy encrypted PEM, and docker names the signer', async () => {
      const repo = await dockerRepository(sandbox, { prefix: 'rsa-docker' });
      const rsa = await opensslRsaKey(repo.tmp, 'rsaci');
      await repo.docker.signerAdd('rsaci', rsa.pub, repo.gun);
      const image = await pushImage({
        registryUrl: sandbox.registryUrl,
        repo: repo.repo,
        tag: 'v2',
      });

      const run = await runBundledAction(
        repo.tmp,
        actionInputs(rsa.legacy, RSA_PASS, `${repo.gun}:v2`)
      );
      expectOk(run);
      expect(run.outputs.roles.split(',').sort()).toEqual([
        'targets/releases',
        'targets/rsaci',
      ]);

      const digest = image.digest.replace('sha256:', '');
      for (const role of ['targets/releases', 'targets/rsaci']) {
        expect(await repo.notary.list(repo.gun, { roles: [role] })).toEqual([
          { name: 'v2', digest, size: image.size, role },
        ]);
        const sigs = cachedSignatures(repo.notary, repo.gun, role);
        expect(sigs).toEqual([
          expect.objectContaining({
            keyid: run.outputs['key-id'],
            method: 'rsapss',
          }),
        ]);
      }
      expect(await repo.notary.lookup(repo.gun, 'v2')).toEqual({
        name: 'v2',
        digest,
        size: image.size,
      });
      const [inspected] = await repo.docker.trustInspect(`${repo.gun}:v2`);
      expect(inspected.SignedTags).toEqual([
        { SignedTag: 'v2', Digest: digest, Signers: ['rsaci'] },
      ]);
      expect(
        inspected.Signers.find((s) => s.Name === 'rsaci')?.Keys.map((k) => k.ID)
      ).toEqual([run.outputs['key-id']]);
    });
  });

  describe('stored by the bundled dct-sign key import into a notary trust dir', () => {
    it('is listed by notary key list under notary’s ID and signs with the real notary CLI', async () => {
      const { tmp, gun, repo, notary } = await notaryRepository('rsa-import');
      const rsa = await opensslRsaKey(tmp, 'releases');
      const imported = await runBundledCli(
        [
          'key',
          'import',
          join(tmp, 'rsa.pem'),
          '--role',
          'targets/releases',
          '--trust-dir',
          notary.options.trustDir,
          '--json',
        ],
        { DCT_PASSPHRASE: TEST_PASSPHRASES.delegation },
        tmp
      );
      expect(imported.code, imported.stderr).toBe(0);
      const { keyID } = JSON.parse(imported.stdout) as { keyID: string };

      const listed = await notary.ok(['key', 'list']);
      const row = listed.stdout.split('\n').find((l) => l.includes(keyID));
      expect(row, listed.stdout).toMatch(/targets\/releases/);

      await notary.delegationAdd(gun, 'targets/releases', [rsa.pub]);
      const image = await pushImage({
        registryUrl: sandbox.registryUrl,
        repo,
        tag: 'v1',
      });
      await notary.addHash(gun, 'v1', image.size, image.digest, [
        'targets/releases',
      ]);
      await notary.publish(gun);
      expect(await notary.list(gun, { roles: ['targets/releases'] })).toEqual([
        {
          name: 'v1',
          digest: image.digest.replace('sha256:', ''),
          size: image.size,
          role: 'targets/releases',
        },
      ]);
      expect(cachedSignatures(notary, gun, 'targets/releases')).toEqual([
        expect.objectContaining({ keyid: keyID, method: 'rsapss' }),
      ]);
      // And our verifier accepts the PSS signature Go made.
      const verified = await runBundledCli(
        [
          'verify',
          `${gun}:v1`,
          '--json',
          '--trust-server',
          sandbox.notaryServerUrl,
          '--trust-server-ca',
          sandbox.notaryCaFile,
        ],
        {},
        tmp
      );
      expect(verified.code, verified.stderr).toBe(0);
      expect(JSON.parse(verified.stdout)).toMatchObject({
        digest: image.digest,
        size: image.size,
        role: 'targets/releases',
      });
    });
  });

  describe('when targets/releases needs an RSA and an ECDSA signature (threshold 2)', () => {
    it('takes one from each key given to one run, and refuses a run with only one key', async () => {
      const { tmp, gun, repo, notary } = await notaryRepository('rsa-thr2');
      const rsa = await opensslRsaKey(tmp, 'releases');
      await notary.keyGenerate('targets/releases', join(tmp, 'ec'));
      await notary.delegationAdd(gun, 'targets/releases', [
        rsa.pub,
        join(tmp, 'ec.pem'),
      ]);
      // notary delegation add has no threshold flag: the staged change holds
      // threshold 1 for a new role ([N] client/delegations.go). Raise it to 2
      // in the change itself, so the real notary signs and publishes targets.
      setStagedThreshold(notary, gun, 2);
      await notary.publish(gun);
      const releases = (await notary.delegationList(gun)).find(
        (d) => d.role === 'targets/releases'
      );
      expect(releases?.threshold).toBe(2);
      expect(releases?.keyIDs).toHaveLength(2);

      const image = await pushImage({
        registryUrl: sandbox.registryUrl,
        repo,
        tag: 'v3',
      });
      const ecKey = readFileSync(join(tmp, 'ec-key.pem'), 'utf8');
      const tags = `${gun}:v3`;

      const one = await runBundledAction(
        tmp,
        actionInputs(ecKey, TEST_PASSPHRASES.delegation, tags)
      );
      expect(one.code).toBe(1);
      expect(one.stdout).toMatch(
        /::error::targets\/releases in .* needs 2 signatures \(threshold\) but the given keys provide 1/
      );
      expect(await notary.list(gun, { roles: ['targets/releases'] })).toEqual(
        []
      );

      const both = await runBundledAction(
        tmp,
        actionInputs(
          ecKey + rsa.legacy,
          `${TEST_PASSPHRASES.delegation}\n${RSA_PASS}`,
          tags
        )
      );
      expectOk(both);
      const digest = image.digest.replace('sha256:', '');
      expect(await notary.list(gun, { roles: ['targets/releases'] })).toEqual([
        { name: 'v3', digest, size: image.size, role: 'targets/releases' },
      ]);
      expect(await notary.lookup(gun, 'v3')).toEqual({
        name: 'v3',
        digest,
        size: image.size,
      });
      expect(
        cachedSignatures(notary, gun, 'targets/releases')
          .map((s) => s.method)
          .sort()
      ).toEqual(['ecdsa', 'rsapss']);
      const docker = await dockerReader(tmp);
      const [inspected] = await docker.trustInspect(`${gun}:v3`);
      expect(inspected.SignedTags.map((t) => [t.SignedTag, t.Digest])).toEqual([
        ['v3', digest],
      ]);
    });
  });
});

/** A docker CLI with its own config, only for `docker trust inspect`. */
function dockerReader(tmp: string): Promise<DockerCli> {
  return DockerCli.create(sandbox, { configDir: join(tmp, 'docker-reader') });
}

/** Rewrites the threshold of the staged delegation change(s) of a GUN. */
function setStagedThreshold(
  notary: NotaryCli,
  gun: string,
  threshold: number
): void {
  const dir = join(notary.options.trustDir, 'tuf', gun, 'changelist');
  let changed = 0;
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    const change = JSON.parse(readFileSync(file, 'utf8')) as {
      type: string;
      data: string;
    };
    if (change.type !== 'delegation') continue;
    const data = JSON.parse(
      Buffer.from(change.data, 'base64').toString('utf8')
    ) as { threshold?: number; add_keys?: unknown };
    if (!data.add_keys) continue;
    data.threshold = threshold;
    change.data = Buffer.from(JSON.stringify(data)).toString('base64');
    writeFileSync(file, JSON.stringify(change));
    changed++;
  }
  if (changed === 0) throw new Error(`no staged delegation change in ${dir}`);
}
