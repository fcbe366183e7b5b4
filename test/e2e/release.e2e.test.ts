import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, runCommand, type CommandResult } from './helpers/exec.js';
import { randomGun } from './helpers/gun.js';
import { NotaryCli, TEST_PASSPHRASES } from './helpers/notary-cli.js';
import { getSandbox, type SandboxConfig } from './helpers/sandbox.js';
import { makeTempDir } from './helpers/tmp.js';

// The release artifacts as a user gets them (npm run release:artifacts): the
// npm tarball installed with Node alone and no registry, and the single
// executable run where there is no Node, no PATH and no network, doing the
// offline step of the key ceremony; checked with the real notary.

const VERSION = (
  JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
).version;
const OUT = resolve('.e2e', 'release');
const TARBALL = join(OUT, `dct-sign-${VERSION}.tgz`);
const BINARY = join(OUT, `dct-sign-${VERSION}-linux-x64`);

let sandbox: SandboxConfig;
beforeAll(() => {
  sandbox = getSandbox();
  execFileSync(
    process.execPath,
    ['scripts/release-artifacts.mjs', '--out', OUT],
    { stdio: ['ignore', 'ignore', 'inherit'] }
  );
}, 400_000);

function ok(r: CommandResult): CommandResult {
  if (r.code !== 0)
    throw new Error(`${r.command} exited ${r.code}\n${r.stdout}\n${r.stderr}`);
  return r;
}

/**
 * Runs the binary as on the offline machine: empty environment and PATH, and
 * (where user namespaces are allowed) no network and the node binary itself
 * hidden behind /dev/null. Without namespaces: dead proxies and trust server.
 */
async function offline(
  args: string[],
  env: Record<string, string>,
  program = BINARY
): Promise<CommandResult> {
  const bare = { PATH: '', ...env };
  const node = realpathSync(process.execPath);
  const probe = await runCommand('/usr/bin/unshare', ['-rnm', '/bin/true']);
  if (probe.code !== 0)
    return runCommand(program, args, {
      env: {
        ...bare,
        HTTPS_PROXY: 'http://127.0.0.1:9',
        HTTP_PROXY: 'http://127.0.0.1:9',
        DOCKER_CONTENT_TRUST_SERVER: 'https://127.0.0.1:9',
      },
    });
  const hideNode = `/bin/mount --bind /dev/null ${node} && exec "$@"`;
  return runCommand(
    '/usr/bin/unshare',
    ['-rnm', '/bin/sh', '-c', hideNode, 'sh', program, ...args],
    { env: bare }
  );
}

describe('release artifacts', () => {
  it('lists both in SHA256SUMS, which sha256sum -c accepts', async () => {
    const sums = readFileSync(join(OUT, 'SHA256SUMS'), 'utf8');
    expect(sums).toMatch(
      new RegExp(
        `^[0-9a-f]{64}  dct-sign-${VERSION}-linux-x64\n[0-9a-f]{64}  dct-sign-${VERSION}.tgz\n$`
      )
    );
    ok(await runCommand('sha256sum', ['-c', 'SHA256SUMS'], { cwd: OUT }));
  });

  it('the binary runs with no node on the machine', async () => {
    const r = ok(await offline(['--version'], {}));
    expect(r.stdout).toBe(`dct-sign ${VERSION}\n`);
    expect(r.stderr).toBe('');
    // and node itself cannot run there (where namespaces hide it)
    const namespaces =
      (await runCommand('/usr/bin/unshare', ['-rnm', '/bin/true'])).code === 0;
    const node = await offline(['-e', '0'], {}, process.execPath);
    if (namespaces) expect(node.code).not.toBe(0);
  });

  it('the tarball holds only the CLI and installs from the file alone (npm --offline, empty cache)', async () => {
    const tmp = await makeTempDir();
    const listed = ok(await runCommand('tar', ['tzf', TARBALL]));
    expect(listed.stdout.trim().split('\n').sort()).toEqual([
      'package/LICENSE',
      'package/README.md',
      'package/dist/cli/index.js',
      'package/dist/cli/index.js.map',
      'package/dist/cli/package.json',
      'package/package.json',
    ]);
    const npmEnv = { ...cleanEnv(), HOME: tmp };
    const install = ok(
      await runCommand(
        'npm',
        [
          'install',
          '--global',
          '--offline',
          '--prefix',
          join(tmp, 'prefix'),
          '--cache',
          join(tmp, 'npm-cache'),
          '--no-audit',
          '--no-fund',
          TARBALL,
        ],
        { env: npmEnv, timeoutMs: 120_000 }
      )
    );
    expect(install.stdout).toContain('added 1 package');
    const r = ok(
      await runCommand('dct-sign', ['--version'], {
        env: { ...npmEnv, PATH: `${join(tmp, 'prefix', 'bin')}:/usr/bin:/bin` },
      })
    );
    expect(r.stdout).toBe(`dct-sign ${VERSION}\n`);
  });

  it('offline ceremony: the binary adds a signer to a fetched bundle with no node and no network; publish lands it', async () => {
    const tmp = await makeTempDir();
    const { gun } = randomGun(sandbox, 'rel-off');
    const adminDir = join(tmp, 'admin');
    const keysDir = join(tmp, 'keys');
    mkdirSync(keysDir);
    const server = [
      '--trust-server',
      sandbox.notaryServerUrl,
      '--trust-server-ca',
      sandbox.notaryCaFile,
    ];
    const admin = {
      HOME: tmp,
      DOCKER_CONFIG: join(tmp, 'docker'),
      DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE: TEST_PASSPHRASES.root,
      DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: TEST_PASSPHRASES.targets,
    };
    // the online machine runs the binary too (every command is in it)
    const online = async (args: string[]) =>
      ok(await runCommand(BINARY, args, { env: { ...cleanEnv(), ...admin } }));

    // the signers' keys are made offline as well
    const keys: Record<string, { keyID: string; publicKeyFile: string }> = {};
    for (const name of ['ci', 'bob']) {
      const r = ok(
        await offline(['key', 'generate', name, '--dir', keysDir, '--json'], {
          HOME: tmp,
          DCT_PASSPHRASE: TEST_PASSPHRASES.delegation,
        })
      );
      keys[name] = JSON.parse(r.stdout) as (typeof keys)[string];
    }
    await online([
      'signer',
      'add',
      'ci',
      gun,
      '--key',
      keys.ci.publicKeyFile,
      '--trust-dir',
      adminDir,
      ...server,
    ]);
    const bundle = join(tmp, 'app.bundle.json');
    await online(['fetch', gun, '--out', bundle, ...server]);

    const staged = ok(
      await offline(
        [
          'signer',
          'add',
          'bob',
          gun,
          '--key',
          keys.bob.publicKeyFile,
          '--bundle',
          bundle,
          '--trust-dir',
          adminDir,
        ],
        admin
      )
    );
    expect(staged.stdout).toContain('staged targets v2');

    const published = await online([
      'publish',
      bundle,
      '--trust-server-ca',
      sandbox.notaryCaFile,
    ]);
    expect(published.stdout).toContain('published targets v2');

    const notary = NotaryCli.forSandbox(sandbox, join(tmp, 'notary'));
    const delegations = await notary.delegationList(gun);
    expect(delegations.map((d) => d.role).sort()).toEqual([
      'targets/bob',
      'targets/ci',
      'targets/releases',
    ]);
    expect(
      delegations.find((d) => d.role === 'targets/releases')!.keyIDs.sort()
    ).toEqual([keys.bob.keyID, keys.ci.keyID].sort());
  });
});
