import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pushImage } from '../../scripts/sandbox/registry-push.mjs';
import { CLI_ENTRY, findTrustDirKey } from './helpers/action.js';
import {
  actionInputs,
  dockerRepository,
  runBundledAction,
  type DockerRepository,
} from './helpers/docker-repo.js';
import { assertOk, runCommand, type CommandResult } from './helpers/exec.js';
import { getSandbox, type SandboxConfig } from './helpers/sandbox.js';

// docker trust, given back (issue 16): the bundled CLI installed as the docker
// CLI plugin `docker-dct` next to docker 28's built-in `trust`, compared with
// docker itself byte for byte, and its changes read back by docker and notary.

let sandbox: SandboxConfig;
beforeAll(() => {
  sandbox = getSandbox();
});

/** `dct-sign plugin install --name dct` into the repository's DOCKER_CONFIG. */
async function installPlugin(repo: DockerRepository): Promise<void> {
  assertOk(
    await runCommand(
      process.execPath,
      [CLI_ENTRY, 'plugin', 'install', '--name', 'dct', '--entry', CLI_ENTRY],
      { env: repo.docker.env() }
    )
  );
}

/** Pushes each tag and signs it with the bundled Action, with the named signer's docker-made key. */
async function signWithAction(
  repo: DockerRepository,
  signer: string,
  tags: string[]
): Promise<void> {
  for (const tag of tags) {
    await pushImage({
      registryUrl: sandbox.registryUrl,
      repo: repo.repo,
      tag,
      kind: 'docker',
      content: tag,
    });
  }
  const run = await runBundledAction(
    repo.tmp,
    actionInputs(sandbox, repo, {
      'delegation-key': findTrustDirKey(repo.docker.trustDir, signer),
      tags: tags.map((t) => `${repo.gun}:${t}`).join(','),
    })
  );
  expect(run.code, run.transcript).toBe(0);
}

/** A docker-made repository with signers ci and bob; v1, v2, v10 signed by ci, v2 also by bob. */
async function repositoryWithSigners(): Promise<DockerRepository> {
  const repo = await dockerRepository(sandbox, { prefix: 'trust' });
  const bob = await repo.docker.trustKeyGenerate('bob', repo.tmp);
  await repo.docker.signerAdd('bob', bob, repo.gun);
  await installPlugin(repo);
  await signWithAction(repo, 'ci', ['v1', 'v2', 'v10']);
  await signWithAction(repo, 'bob', ['v2']);
  return repo;
}

const outcome = (r: CommandResult) => ({
  code: r.code,
  stdout: r.stdout,
  stderr: r.stderr,
});

async function releasedTags(repo: DockerRepository): Promise<string[]> {
  const [info] = await repo.docker.trustInspect(repo.gun);
  return info.SignedTags.map((t) => t.SignedTag);
}

describe('dct-sign as the docker CLI plugin docker-dct', () => {
  it('answers the plugin protocol: docker lists it and runs it beside its own trust', async () => {
    const repo = await dockerRepository(sandbox, { prefix: 'plugin' });
    await installPlugin(repo);
    const plugin = join(repo.docker.configDir, 'cli-plugins', 'docker-dct');
    const meta = JSON.parse(
      assertOk(await runCommand(plugin, ['docker-cli-plugin-metadata'])).stdout
    ) as Record<string, string>;
    expect(meta).toMatchObject({ SchemaVersion: '0.1.0', Vendor: 'dct-sign' });
    const help = await repo.docker.ok(['--help']);
    expect(help.stdout).toMatch(/^ {2}dct\*\s+Manage trust on Docker images$/m);
    const usage = await repo.docker.ok(['dct', 'inspect', '--help']);
    expect(usage.stdout).toMatch(
      /^Usage: {2}docker dct inspect IMAGE\[:TAG\] \[IMAGE\[:TAG\]\.\.\.\]$/m
    );
  });
});

describe('docker dct signer add on a GUN without trust data', () => {
  it('initialises it as docker does; docker 28 reads it as its own', async () => {
    const repo = await dockerRepository(sandbox, { prefix: 'init' });
    await installPlugin(repo);
    const gun = `${repo.gun}-new`;
    const pub = join(repo.tmp, 'ci.pub');
    const add = await repo.docker.ok([
      'dct',
      'signer',
      'add',
      '--key',
      pub,
      'ci',
      gun,
    ]);
    expect(add.stdout).toBe(
      `Adding signer "ci" to ${gun}...\nInitializing signed repository for ${gun}...\nSuccessfully initialized "${gun}"\nSuccessfully added signer: ci to ${gun}\n\n`
    );
    const [info] = await repo.docker.trustInspect(gun);
    expect(info.Signers.map((s) => s.Name)).toEqual(['ci']);
    expect(info.AdministrativeKeys.map((k) => k.Name)).toEqual([
      'Root',
      'Repository',
    ]);
    for (const args of [[gun], ['--pretty', gun]]) {
      const theirs = await repo.docker.run(['trust', 'inspect', ...args]);
      const ours = await repo.docker.run(['dct', 'inspect', ...args]);
      expect(outcome(ours)).toEqual(outcome(theirs));
    }
  });
});

describe('docker dct inspect', () => {
  it("prints docker 28's JSON and tables byte for byte, errors and exit codes included", async () => {
    const repo = await repositoryWithSigners();
    const missing = `${sandbox.registryHost}/e2e/none-${repo.repo.slice(-8)}`;
    const cases = [
      [repo.gun],
      [`${repo.gun}:v2`],
      ['--pretty', repo.gun],
      ['--pretty', `${repo.gun}:v2`, repo.gun],
      [`${repo.gun}:nope`],
      [repo.gun, missing],
      ['--pretty', missing],
    ];
    for (const args of cases) {
      const theirs = await repo.docker.run(['trust', 'inspect', ...args]);
      const ours = await repo.docker.run(['dct', 'inspect', ...args]);
      expect(outcome(ours), args.join(' ')).toEqual(outcome(theirs));
    }
    // the comparison is not vacuous: signers, tags in docker's natural order
    const [info] = await repo.docker.trustInspect(repo.gun);
    expect(info.SignedTags.map((t) => [t.SignedTag, t.Signers])).toEqual([
      ['v1', ['ci']],
      ['v2', ['ci', 'bob']],
      ['v10', ['ci']],
    ]);
    expect(info.Signers.map((s) => s.Name)).toEqual(['ci', 'bob']);
  });
});

describe('dct-sign revoke (its own CLI)', () => {
  it('withdraws a tag signed by the Action; docker trust inspect and notary list stop showing it', async () => {
    const repo = await dockerRepository(sandbox, { prefix: 'revoke' });
    await signWithAction(repo, 'ci', ['v1', 'v2']);
    const dct = (...args: string[]) =>
      runCommand(
        process.execPath,
        [
          CLI_ENTRY,
          'revoke',
          `${repo.gun}:v1`,
          '--trust-server',
          sandbox.notaryServerUrl,
          '--trust-server-ca',
          sandbox.notaryCaFile,
          ...args,
        ],
        { env: repo.docker.env() }
      );
    const dry = assertOk(await dct('--dry-run', '--json'));
    const plan = JSON.parse(dry.stdout) as { diff: string[]; dryRun: boolean };
    expect(plan.dryRun).toBe(true);
    expect(plan.diff.map((l) => l.split('  ').slice(0, 2)).sort()).toEqual([
      ['- targets/ci', 'v1'],
      ['- targets/releases', 'v1'],
    ]);
    expect(await releasedTags(repo)).toEqual(['v1', 'v2']);

    assertOk(await dct());
    expect(await releasedTags(repo)).toEqual(['v2']);
    const listed = await repo.notary.list(repo.gun);
    expect(listed.map((t) => t.name)).not.toContain('v1');
    expect(listed.map((t) => t.name)).toContain('v2');

    const again = await dct();
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/v1 is not signed in any role/);
  });
});

describe('docker dct changes, read by docker 28 and notary (and the other way round)', () => {
  it('key generate + signer add, sign, revoke, signer remove', async () => {
    const repo = await repositoryWithSigners();
    const dct = (...args: string[]) => repo.docker.ok(['dct', ...args]);

    const gen = await repo.docker.ok([
      'dct',
      'key',
      'generate',
      'dave',
      '--dir',
      repo.tmp,
    ]);
    expect(gen.stdout).toBe(
      `Generating key for dave...\nSuccessfully generated and loaded private key. Corresponding public key available: ${join(repo.tmp, 'dave.pub')}\n`
    );
    const add = await dct(
      'signer',
      'add',
      '--key',
      join(repo.tmp, 'dave.pub'),
      'dave',
      repo.gun
    );
    expect(add.stdout).toBe(
      `Adding signer "dave" to ${repo.gun}...\nSuccessfully added signer: dave to ${repo.gun}\n\n`
    );
    let [info] = await repo.docker.trustInspect(repo.gun);
    expect(info.Signers.map((s) => s.Name)).toEqual(['dave', 'ci', 'bob']);

    // sign: digest and size from the registry, no daemon
    await pushImage({
      registryUrl: sandbox.registryUrl,
      repo: repo.repo,
      tag: 'v3',
      kind: 'oci',
      content: 'v3',
    });
    const signed = await dct('sign', `${repo.gun}:v3`);
    expect(signed.stdout).toMatch(/Successfully signed .*:v3\n$/);
    const looked = await repo.notary.lookup(repo.gun, 'v3');
    expect(looked.name).toBe('v3');

    // revoke by ours, then docker revokes what ours signed
    await dct('revoke', `${repo.gun}:v1`);
    await repo.docker.ok(['trust', 'revoke', '--yes', `${repo.gun}:v3`]);
    expect(await releasedTags(repo)).toEqual(['v2', 'v10']);
    expect((await repo.notary.list(repo.gun)).map((t) => t.name)).toEqual(
      expect.not.arrayContaining(['v1', 'v3'])
    );

    // signer remove really removes (docker 26-28's does not)
    const removed = await dct('signer', 'remove', 'bob', repo.gun);
    expect(removed.stdout).toBe(
      `Removing signer "bob" from ${repo.gun}...\nSuccessfully removed bob from ${repo.gun}\n\n`
    );
    [info] = await repo.docker.trustInspect(repo.gun);
    expect(info.Signers.map((s) => s.Name)).toEqual(['dave', 'ci']);
    const roles = (await repo.notary.delegationList(repo.gun)).map(
      (d) => d.role
    );
    expect(roles).not.toContain('targets/bob');
    expect(readFileSync(join(repo.tmp, 'dave.pub'), 'utf8')).toMatch(
      /PUBLIC KEY/
    );
    // after our changes, docker and we still read the repository alike
    for (const args of [[repo.gun], ['--pretty', repo.gun]]) {
      const theirs = await repo.docker.run(['trust', 'inspect', ...args]);
      const ours = await repo.docker.run(['dct', 'inspect', ...args]);
      expect(outcome(ours)).toEqual(outcome(theirs));
    }
  });
});
