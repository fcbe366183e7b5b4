import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pushImage } from '../../scripts/sandbox/registry-push.mjs';
import { processIO, type CliIO } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/main.js';
import type { MigrateResult } from '../../src/ops/admin/index.js';
import { runBundledAction } from './helpers/action.js';
import { DockerCli, TEST_DOCKER_PASSPHRASES } from './helpers/docker-cli.js';
import { actionInputs, dockerRepository } from './helpers/docker-repo.js';
import { cleanEnv } from './helpers/exec.js';
import { NotaryCli } from './helpers/notary-cli.js';
import { getSandbox, type SandboxConfig } from './helpers/sandbox.js';

// `dct-sign migrate` between two real notary-servers 0.7 (the sandbox's plain
// one and its token-auth one): clients that cached the old server's data
// verify every tag against the new server without any manual step.

let sandbox: SandboxConfig;
beforeAll(() => {
  sandbox = getSandbox();
});

async function dct(args: string[], env: Record<string, string>, cwd: string) {
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

describe('dct-sign migrate', () => {
  it('moves a docker-made, Action-signed repository; cached notary and docker clients verify it on the new server', async () => {
    const r = await dockerRepository(sandbox, { prefix: 'migrate' });
    const env = {
      DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE: TEST_DOCKER_PASSPHRASES.root,
      DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE:
        TEST_DOCKER_PASSPHRASES.repository,
      NOTARY_AUTH: Buffer.from(
        `${sandbox.tokenUser}:${sandbox.tokenPassword}`
      ).toString('base64'),
    };
    const images = [];
    for (const tag of ['v1', 'v2']) {
      images.push(
        await pushImage({ registryUrl: sandbox.registryUrl, repo: r.repo, tag })
      );
      const run = await runBundledAction(
        r.tmp,
        actionInputs(sandbox, r, { tags: `${r.gun}:${tag}` })
      );
      expect(run.code, run.transcript).toBe(0);
    }
    const expected = images.map((im, i) => ({
      name: `v${i + 1}`,
      digest: im.digest.replace('sha256:', ''),
      size: im.size,
    }));
    // a notary client and docker that cached the old server's data
    expect(await r.notary.lookup(r.gun, 'v2')).toEqual(expected[1]);
    await r.docker.trustInspect(r.gun);

    const flags = [
      '--from',
      sandbox.notaryServerUrl,
      '--to',
      sandbox.tokenNotaryServerUrl,
      '--trust-server-ca',
      sandbox.notaryCaFile,
      '--trust-dir',
      r.docker.trustDir,
      '--json',
    ];
    const onNewServer = [
      '--trust-server',
      sandbox.tokenNotaryServerUrl,
      '--trust-server-ca',
      sandbox.notaryCaFile,
    ];

    // a dry run changes nothing
    const dry = await dct(
      ['migrate', r.gun, '--dry-run', ...flags],
      env,
      r.tmp
    );
    expect(dry.code, dry.err).toBe(0);
    expect((JSON.parse(dry.out) as MigrateResult).published).toBe(false);
    const missing = await dct(
      ['verify', `${r.gun}:v1`, ...onNewServer],
      env,
      r.tmp
    );
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/no trust data/);

    const moved = await dct(['migrate', r.gun, ...flags], env, r.tmp);
    expect(moved.code, moved.err).toBe(0);
    const result = JSON.parse(moved.out) as MigrateResult;
    expect(result.published).toBe(true);
    // root v2 first (one above the old v1), then one more root per upload
    // until the timestamp passed the old server's
    expect(result.rootVersions[0]).toBe(2);
    expect(result.rootVersions).toHaveLength(result.uploads);
    expect(result.targetTimestampVersion).toBeGreaterThan(
      result.sourceTimestampVersion
    );
    expect(result.roles.map((x) => x.role).sort()).toEqual([
      'targets',
      'targets/ci',
      'targets/releases',
    ]);

    // the same trust dirs, now pointed at the new server
    const cachedNotary = NotaryCli.forSandbox(
      sandbox,
      join(r.tmp, 'notary-reader'),
      { tokenAuth: true }
    );
    for (const tag of expected)
      expect(await cachedNotary.lookup(r.gun, tag.name)).toEqual(tag);
    const cachedDocker = await DockerCli.create(sandbox, {
      configDir: join(r.tmp, 'docker'),
      tokenAuth: true,
    });
    const [inspected] = await cachedDocker.trustInspect(r.gun);
    expect(
      inspected.SignedTags.map((t) => [t.SignedTag, t.Digest, t.Signers])
    ).toEqual(expected.map((t) => [t.name, t.digest, ['ci']]));

    // a second migration is refused before it reaches the new server: the
    // trust dir now remembers the new server's root (docker trust inspect
    // above wrote it), so the old server's root is a rollback for this GUN
    // (#13). The target-has-trust-data refusal is unit-tested (migrate.test).
    const again = await dct(['migrate', r.gun, ...flags], env, r.tmp);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(
      /^error: refusing the trust data of .* \(possible rollback attack: older than the trusted version\): root: expected version ≥ \d+, got 1\n$/
    );

    // and the Action keeps signing there
    const v3 = await pushImage({
      registryUrl: sandbox.registryUrl,
      repo: r.repo,
      tag: 'v3',
    });
    const run = await runBundledAction(
      r.tmp,
      actionInputs(sandbox, r, {
        tags: `${r.gun}:v3`,
        'trust-server': sandbox.tokenNotaryServerUrl,
        username: sandbox.tokenUser,
        password: sandbox.tokenPassword,
      })
    );
    expect(run.code, run.transcript).toBe(0);
    expect(await cachedNotary.lookup(r.gun, 'v3')).toEqual({
      name: 'v3',
      digest: v3.digest.replace('sha256:', ''),
      size: v3.size,
    });
  });
});
