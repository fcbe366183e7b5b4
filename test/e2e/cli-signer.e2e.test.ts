import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pushImage } from '../../scripts/sandbox/registry-push.mjs';
import { processIO, type CliIO } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/main.js';
import { DockerCli, TEST_DOCKER_PASSPHRASES } from './helpers/docker-cli.js';
import { cleanEnv, runCommand } from './helpers/exec.js';
import { randomGun } from './helpers/gun.js';
import { NotaryCli, TEST_PASSPHRASES } from './helpers/notary-cli.js';
import { getSandbox, type SandboxConfig } from './helpers/sandbox.js';
import { makeTempDir } from './helpers/tmp.js';

// dct-sign's key-holder commands against the real notary-server, checked with
// the real notary 0.7 and docker trust CLIs (never only with our own reader).

let sandbox: SandboxConfig;
beforeAll(() => {
  sandbox = getSandbox();
});

interface DctRun {
  code: number;
  out: string;
  err: string;
}

/** Runs `dct-sign ARGS` in-process with its own env and cwd (no prompt: stdin is not a terminal). */
async function dct(
  args: string[],
  env: Record<string, string>,
  cwd: string
): Promise<DctRun> {
  let out = '';
  let err = '';
  const io: CliIO = {
    ...processIO(),
    out: (t) => (out += `${t}\n`),
    err: (t) => (err += `${t}\n`),
    env: { ...cleanEnv(), ...env },
    promptSecret: undefined,
    isTTY: false,
    cwd,
  };
  const code = await runCli(args, io);
  return { code, out, err };
}

/** Like dct() but fails the test with the output on a non-zero exit. */
async function dctOk(
  args: string[],
  env: Record<string, string>,
  cwd: string
): Promise<DctRun> {
  const r = await dct(args, env, cwd);
  if (r.code !== 0)
    throw new Error(
      `dct-sign ${args.join(' ')} exited ${r.code}\n${r.out}\n${r.err}`
    );
  return r;
}

/** Passphrases for every role, docker's and notary's names. */
const ADMIN_ENV = {
  DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE: TEST_PASSPHRASES.root,
  DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: TEST_PASSPHRASES.targets,
};
const SIGNER_ENV = {
  NOTARY_DELEGATION_PASSPHRASE: TEST_PASSPHRASES.delegation,
};

function serverFlags(): string[] {
  return [
    '--trust-server',
    sandbox.notaryServerUrl,
    '--trust-server-ca',
    sandbox.notaryCaFile,
  ];
}

/** `dct-sign key generate NAME` into a notary trust dir; returns the public file and key ID. */
async function generateSigner(
  name: string,
  tmp: string,
  notaryDir: string
): Promise<{ pub: string; keyID: string; privateFile: string }> {
  const r = await dctOk(
    ['key', 'generate', name, '--dir', tmp, '--trust-dir', notaryDir, '--json'],
    SIGNER_ENV,
    tmp
  );
  const info = JSON.parse(r.out) as {
    keyID: string;
    publicKeyFile: string;
    privateKeyFile: string;
  };
  return {
    pub: info.publicKeyFile,
    keyID: info.keyID,
    privateFile: info.privateKeyFile,
  };
}

/** notary signs TAG (a pushed image) into targets/releases with whatever keys its trust dir holds. */
async function notarySign(
  notary: NotaryCli,
  gun: string,
  repo: string,
  tag: string
): Promise<{ digest: string; size: number }> {
  const pushed = await pushImage({
    registryUrl: sandbox.registryUrl,
    repo,
    tag,
    kind: 'docker',
  });
  await notary.addHash(gun, tag, pushed.size, pushed.digest, [
    'targets/releases',
  ]);
  await notary.publish(gun);
  return { digest: pushed.digest.replace(/^sha256:/, ''), size: pushed.size };
}

describe('dct-sign signer add', () => {
  describe('when the GUN has no trust data', () => {
    it('initialises it as docker does; notary and docker see the signer, and notary signs with its key', async () => {
      const tmp = await makeTempDir();
      const { gun, repo } = randomGun(sandbox, 'cli-add');
      const notaryDir = join(tmp, 'notary');
      const ci = await generateSigner('ci', tmp, notaryDir);

      const add = await dctOk(
        [
          'signer',
          'add',
          'ci',
          gun,
          '--key',
          ci.pub,
          '--trust-dir',
          join(tmp, 'admin'),
          ...serverFlags(),
        ],
        ADMIN_ENV,
        tmp
      );
      expect(add.out).toContain(`initialised ${gun}`);
      // docker's layout: root key without gun, targets key with gun, both 0600 in a 0700 dir
      const adminKeys = readdirSync(join(tmp, 'admin', 'private'));
      expect(adminKeys).toHaveLength(2);

      const notary = NotaryCli.forSandbox(sandbox, notaryDir);
      const delegations = await notary.delegationList(gun);
      const roles = delegations.map((d) => d.role).sort();
      expect(roles).toEqual(['targets/ci', 'targets/releases']);
      for (const d of delegations) {
        expect(d.keyIDs).toEqual([ci.keyID]);
        expect(d.threshold).toBe(1);
      }

      const docker = await DockerCli.create(sandbox, {
        configDir: join(tmp, 'docker'),
      });
      const [inspected] = await docker.trustInspect(gun);
      expect(inspected.Signers).toEqual([
        { Name: 'ci', Keys: [{ ID: ci.keyID }] },
      ]);
      expect(inspected.AdministrativeKeys.map((k) => k.Name).sort()).toEqual([
        'Repository',
        'Root',
      ]);

      // the key dct-sign generated, as stored in a notary trust dir, signs with the real notary
      const signed = await notarySign(notary, gun, repo, 'v1');
      const listed = await notary.list(gun, { roles: ['targets/releases'] });
      expect(listed).toEqual([
        {
          name: 'v1',
          digest: signed.digest,
          size: signed.size,
          role: 'targets/releases',
        },
      ]);

      const verified = await dctOk(
        ['verify', `${gun}:v1`, '--json', ...serverFlags()],
        {},
        tmp
      );
      expect(JSON.parse(verified.out)).toMatchObject({
        digest: `sha256:${signed.digest}`,
        size: signed.size,
        role: 'targets/releases',
      });
      const list = await dctOk(
        ['signer', 'list', gun, '--json', ...serverFlags()],
        {},
        tmp
      );
      expect(
        JSON.parse(list.out).signers.map((s: { name: string }) => s.name)
      ).toEqual(['releases', 'ci']);
    });
  });

  describe('when the repository was made by docker trust signer add', () => {
    it("manages it with docker's own key files and passphrase names", async () => {
      const tmp = await makeTempDir();
      const { gun } = randomGun(sandbox, 'cli-docker');
      const docker = await DockerCli.create(sandbox, {
        configDir: join(tmp, 'docker'),
      });
      const alicePub = await docker.trustKeyGenerate('alice', tmp);
      await docker.signerAdd('alice', alicePub, gun);

      const env = {
        DOCKER_CONFIG: docker.configDir,
        DOCKER_CONTENT_TRUST_SERVER: docker.trustServerUrl,
        DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE: TEST_DOCKER_PASSPHRASES.root,
        DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE:
          TEST_DOCKER_PASSPHRASES.repository,
      };
      const bob = await dctOk(
        ['key', 'generate', 'bob', '--dir', tmp, '--json'],
        env,
        tmp
      );
      const bobInfo = JSON.parse(bob.out) as {
        keyID: string;
        publicKeyFile: string;
      };
      // no --trust-dir, no --trust-server(-ca): docker's DOCKER_CONFIG, server and tls/ dir
      const dry = await dctOk(
        [
          'signer',
          'add',
          'bob',
          gun,
          '--key',
          bobInfo.publicKeyFile,
          '--dry-run',
        ],
        env,
        tmp
      );
      expect(dry.out).toContain('+ targets/bob');
      expect(dry.out).toContain('dry run: nothing uploaded');
      expect(
        (await docker.trustInspect(gun))[0].Signers.map((s) => s.Name)
      ).toEqual(['alice']);

      await dctOk(
        ['signer', 'add', 'bob', gun, '--key', bobInfo.publicKeyFile],
        env,
        tmp
      );
      const [inspected] = await docker.trustInspect(gun);
      expect(inspected.Signers.map((s) => s.Name).sort()).toEqual([
        'alice',
        'bob',
      ]);
      expect(inspected.Signers.find((s) => s.Name === 'bob')!.Keys).toEqual([
        { ID: bobInfo.keyID },
      ]);
      const notary = NotaryCli.forSandbox(sandbox, docker.trustDir);
      const releases = (await notary.delegationList(gun)).find(
        (d) => d.role === 'targets/releases'
      )!;
      expect(releases.keyIDs).toContain(bobInfo.keyID);
      expect(releases.keyIDs).toHaveLength(2);
    });
  });
});

describe('dct-sign signer remove', () => {
  it('refuses to leave targets/releases below threshold, then removes the signer so notary stops accepting its key', async () => {
    const tmp = await makeTempDir();
    const { gun, repo } = randomGun(sandbox, 'cli-rm');
    const both = join(tmp, 'notary-both');
    const ci = await generateSigner('ci', tmp, both);
    const bobDir = join(tmp, 'bob');
    mkdirSync(bobDir);
    const bob = await generateSigner('bob', bobDir, both);
    const admin = ['--trust-dir', join(tmp, 'admin'), ...serverFlags()];
    await dctOk(
      ['signer', 'add', 'ci', gun, '--key', ci.pub, ...admin],
      ADMIN_ENV,
      tmp
    );
    await dctOk(
      ['signer', 'add', 'bob', gun, '--key', bob.pub, ...admin],
      ADMIN_ENV,
      tmp
    );

    // only ci signs v1: removing ci would leave releases signed by 0/1 remaining keys
    const ciOnly = join(tmp, 'notary-ci');
    mkdirSync(join(ciOnly, 'private'), { recursive: true, mode: 0o700 });
    execFileSync('cp', [ci.privateFile, join(ciOnly, 'private')]);
    const notaryCi = NotaryCli.forSandbox(sandbox, ciOnly);
    await notarySign(notaryCi, gun, repo, 'v1');
    const refused = await dct(
      ['signer', 'remove', 'ci', gun, ...admin],
      ADMIN_ENV,
      tmp
    );
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(
      /refusing: targets\/releases .* signed by 0\/1 .*would stop verifying/
    );
    expect(refused.err.trim().split('\n')).toHaveLength(1);

    // with both keys notary signs v2 with ci and bob: bob's signature keeps releases valid
    const notaryBoth = NotaryCli.forSandbox(sandbox, both);
    await notarySign(notaryBoth, gun, repo, 'v2');
    const removed = await dctOk(
      ['signer', 'remove', 'ci', gun, ...admin],
      ADMIN_ENV,
      tmp
    );
    expect(removed.out).toContain('- targets/ci');

    const delegations = await notaryBoth.delegationList(gun);
    expect(delegations.map((d) => d.role).sort()).toEqual([
      'targets/bob',
      'targets/releases',
    ]);
    expect(
      delegations.find((d) => d.role === 'targets/releases')!.keyIDs
    ).toEqual([bob.keyID]);
    // the tags are still trusted (bob's signature)...
    expect(
      (await notaryBoth.list(gun, { roles: ['targets/releases'] }))
        .map((t) => t.name)
        .sort()
    ).toEqual(['v1', 'v2']);
    // ...but a publish signed by the removed key alone is refused by the server
    await pushImage({
      registryUrl: sandbox.registryUrl,
      repo,
      tag: 'v3',
      kind: 'docker',
    });
    await notaryCi.addHash(gun, 'v3', 100, 'a'.repeat(64), [
      'targets/releases',
    ]);
    const rejected = await notaryCi.run(['publish', gun]);
    expect(rejected.code).not.toBe(0);
    // notary itself refuses: releases now lists only bob's key
    const said = `${rejected.stdout}${rejected.stderr}`;
    expect(said).toContain(
      `could not find necessary signing keys, at least one of these keys must be available: ${bob.keyID}`
    );
    expect(said).not.toContain(ci.keyID);

    // --force on the last signer: notary no longer trusts releases, and says so
    const forced = await dctOk(
      ['signer', 'remove', 'bob', gun, '--force', ...admin],
      ADMIN_ENV,
      tmp
    );
    expect(forced.out).toContain('warning:');
    const after = await runCommand(
      'notary',
      [
        '-s',
        sandbox.notaryServerUrl,
        '-d',
        join(tmp, 'fresh'),
        '--tlscacert',
        sandbox.notaryCaFile,
        'list',
        gun,
        '--roles',
        'targets/releases',
      ],
      { env: notaryBoth.env() }
    );
    // notary skips the role (ci's and bob's signatures no longer count) and lists nothing
    expect(after.stdout).toContain('No targets present in this repository.');
    expect(after.stderr).toContain(
      'valid signatures did not meet threshold for targets/releases'
    );
    const gate = await dct(['verify', `${gun}:v1`, ...serverFlags()], {}, tmp);
    expect(gate.code).toBe(1);
  });
});

describe('dct-sign signer rotate', () => {
  it('swaps the key in one publish; notary lookup succeeds before, right after and later', async () => {
    const tmp = await makeTempDir();
    const { gun, repo } = randomGun(sandbox, 'cli-rot');
    const notaryDir = join(tmp, 'notary');
    const ci = await generateSigner('ci', tmp, notaryDir);
    const admin = ['--trust-dir', join(tmp, 'admin'), ...serverFlags()];
    await dctOk(
      ['signer', 'add', 'ci', gun, '--key', ci.pub, ...admin],
      ADMIN_ENV,
      tmp
    );
    const notary = NotaryCli.forSandbox(sandbox, notaryDir);
    const v1 = await notarySign(notary, gun, repo, 'v1');
    const fresh = () =>
      NotaryCli.forSandbox(sandbox, join(tmp, `reader-${Math.random()}`));
    expect((await fresh().lookup(gun, 'v1')).digest).toBe(v1.digest);

    const nextDir = join(tmp, 'next');
    mkdirSync(nextDir);
    const ci2 = await generateSigner('ci', nextDir, join(tmp, 'notary2'));
    // notary's per-role names: the targets key and the new signer key have different passphrases
    const env = {
      NOTARY_ROOT_PASSPHRASE: TEST_PASSPHRASES.root,
      NOTARY_TARGETS_PASSPHRASE: TEST_PASSPHRASES.targets,
      ...SIGNER_ENV,
    };
    const rotated = await dctOk(
      [
        'signer',
        'rotate',
        'ci',
        gun,
        '--key',
        ci2.pub,
        '--new-private',
        ci2.privateFile,
        ...admin,
      ],
      env,
      tmp
    );
    expect(rotated.out).toContain('re-signed');
    expect((await fresh().lookup(gun, 'v1')).digest).toBe(v1.digest);

    const delegations = await fresh().delegationList(gun);
    for (const d of delegations) expect(d.keyIDs).toEqual([ci2.keyID]);
    // the new key signs new tags with the real notary; the old tag still resolves
    const notary2 = NotaryCli.forSandbox(sandbox, join(tmp, 'notary2'));
    await notarySign(notary2, gun, repo, 'v2');
    expect((await fresh().lookup(gun, 'v1')).digest).toBe(v1.digest);
    expect(
      (await fresh().list(gun, { roles: ['targets/releases'] }))
        .map((t) => t.name)
        .sort()
    ).toEqual(['v1', 'v2']);
  });
});

describe('offline ceremony: fetch, signer add --bundle without network, publish', () => {
  let bundledCli: string;
  beforeAll(() => {
    // The bundled CLI, so the offline step runs as its own process in its own namespace.
    const out = resolve('.e2e', 'cli-bundle');
    execFileSync(
      'npx',
      ['ncc', 'build', 'src/cli/index.ts', '-o', out, '--quiet'],
      { stdio: 'inherit' }
    );
    bundledCli = join(out, 'index.js');
  }, 180_000);

  it('stages the change offline and publishes a result the real notary verifies', async () => {
    const tmp = await makeTempDir();
    const { gun } = randomGun(sandbox, 'cli-off');
    const notaryDir = join(tmp, 'notary');
    const ci = await generateSigner('ci', tmp, notaryDir);
    const bobDir = join(tmp, 'bob');
    mkdirSync(bobDir);
    const bob = await generateSigner('bob', bobDir, notaryDir);
    const adminDir = join(tmp, 'admin');
    await dctOk(
      [
        'signer',
        'add',
        'ci',
        gun,
        '--key',
        ci.pub,
        '--trust-dir',
        adminDir,
        ...serverFlags(),
      ],
      ADMIN_ENV,
      tmp
    );

    const bundle = join(tmp, 'app.bundle.json');
    await dctOk(['fetch', gun, '--out', bundle, ...serverFlags()], {}, tmp);

    const useUnshare =
      (await runCommand('unshare', ['-rn', 'true'])).code === 0;
    const offlineArgs = [
      bundledCli,
      'signer',
      'add',
      'bob',
      gun,
      '--key',
      bob.pub,
      '--bundle',
      bundle,
      '--trust-dir',
      adminDir,
    ];
    const env = {
      ...cleanEnv(),
      ...ADMIN_ENV,
      HTTPS_PROXY: 'http://127.0.0.1:9',
      HTTP_PROXY: 'http://127.0.0.1:9',
      DOCKER_CONTENT_TRUST_SERVER: 'https://127.0.0.1:9',
    };
    const offline = useUnshare
      ? await runCommand('unshare', ['-rn', process.execPath, ...offlineArgs], {
          env,
        })
      : await runCommand(process.execPath, offlineArgs, { env });
    expect(offline.code, `${offline.stdout}\n${offline.stderr}`).toBe(0);
    expect(offline.stdout).toContain('staged targets v2');
    const staged = JSON.parse(readFileSync(bundle, 'utf8')) as {
      staged: Record<string, string>;
    };
    expect(Object.keys(staged.staged)).toEqual(['targets']);

    // nothing reached the server yet
    const notary = NotaryCli.forSandbox(sandbox, notaryDir);
    expect(
      (await notary.delegationList(gun)).map((d) => d.role).sort()
    ).toEqual(['targets/ci', 'targets/releases']);

    const published = await dctOk(
      ['publish', bundle, '--trust-server-ca', sandbox.notaryCaFile],
      {},
      tmp
    );
    expect(published.out).toContain('published targets v2');
    const delegations = await notary.delegationList(gun);
    expect(delegations.map((d) => d.role).sort()).toEqual([
      'targets/bob',
      'targets/ci',
      'targets/releases',
    ]);
    expect(
      delegations.find((d) => d.role === 'targets/releases')!.keyIDs.sort()
    ).toEqual([bob.keyID, ci.keyID].sort());

    // a second publish of the same bundle is refused: the server moved on
    const again = await dct(
      ['publish', bundle, '--trust-server-ca', sandbox.notaryCaFile],
      {},
      tmp
    );
    expect(again.code).toBe(1);
    expect(again.err).toMatch(
      /changed on the server since the bundle was fetched.*fetch again/
    );
    expect(existsSync(bundle)).toBe(true);
  });
});
