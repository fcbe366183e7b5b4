import { beforeAll, describe, expect, it } from 'vitest';
import { pushImage } from '../../scripts/sandbox/registry-push.mjs';
import { processIO, type CliIO } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/main.js';
import type { RenewResult } from '../../src/ops/admin/index.js';
import { runBundledAction } from './helpers/action.js';
import { TEST_DOCKER_PASSPHRASES } from './helpers/docker-cli.js';
import { actionInputs, dockerRepository } from './helpers/docker-repo.js';
import { cleanEnv } from './helpers/exec.js';
import { getSandbox, type SandboxConfig } from './helpers/sandbox.js';

// `dct-sign renew` against the real notary-server 0.7, with docker's keys;
// the real notary CLI (with a cache of the old root) and docker trust inspect
// must still verify everything afterwards.

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
  if (code !== 0)
    throw new Error(
      `dct-sign ${args.join(' ')} exited ${code}\n${out}\n${err}`
    );
  return out;
}

const ADMIN_ENV = {
  DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE: TEST_DOCKER_PASSPHRASES.root,
  DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE:
    TEST_DOCKER_PASSPHRASES.repository,
};

describe('dct-sign renew', () => {
  it('renews roles made to expire soon, and root, while notary and docker keep verifying', async () => {
    const r = await dockerRepository(sandbox, { prefix: 'renew' });
    const flags = [
      '--trust-dir',
      r.docker.trustDir,
      '--trust-server',
      sandbox.notaryServerUrl,
      '--trust-server-ca',
      sandbox.notaryCaFile,
      '--json',
    ];
    const image = await pushImage({
      registryUrl: sandbox.registryUrl,
      repo: r.repo,
      tag: 'v1',
    });
    const signed = await runBundledAction(
      r.tmp,
      actionInputs(sandbox, r, { tags: `${r.gun}:v1` })
    );
    expect(signed.code, signed.transcript).toBe(0);
    const v1 = {
      name: 'v1',
      digest: image.digest.replace('sha256:', ''),
      size: image.size,
    };
    expect(await r.notary.lookup(r.gun, 'v1')).toEqual(v1); // caches root v1 in the reader

    // targets and targets/releases re-signed to expire in one day
    const short = JSON.parse(
      await dct(
        [
          'renew',
          r.gun,
          '--role',
          'targets',
          '--role',
          'targets/releases',
          '--expires',
          '1d',
          ...flags,
        ],
        ADMIN_ENV,
        r.tmp
      )
    ) as RenewResult;
    expect(short.renewed.map((x) => x.role)).toEqual([
      'targets',
      'targets/releases',
    ]);
    expect(await r.notary.lookup(r.gun, 'v1')).toEqual(v1);

    // a dry run names them (and only them) and uploads nothing
    const dry = JSON.parse(
      await dct(
        ['renew', r.gun, '--within', '2', '--dry-run', ...flags],
        ADMIN_ENV,
        r.tmp
      )
    ) as RenewResult;
    expect(dry.renewed.map((x) => [x.role, x.version])).toEqual([
      ['targets', short.renewed[0].newVersion],
      ['targets/releases', short.renewed[1].newVersion],
    ]);
    expect(dry.published).toBe(false);
    const again = JSON.parse(
      await dct(
        ['renew', r.gun, '--within', '2', '--dry-run', ...flags],
        ADMIN_ENV,
        r.tmp
      )
    ) as RenewResult;
    expect(again.renewed.map((x) => x.version)).toEqual(
      dry.renewed.map((x) => x.version)
    );

    // renewed for real, with notary's default lifetime
    const done = JSON.parse(
      await dct(['renew', r.gun, '--within', '2', ...flags], ADMIN_ENV, r.tmp)
    ) as RenewResult;
    expect(done.published).toBe(true);
    expect(done.renewed.map((x) => x.role)).toEqual([
      'targets',
      'targets/releases',
    ]);
    for (const x of done.renewed) {
      expect(x.newVersion).toBe(x.version + 1);
      expect(Date.parse(x.newExpires) - Date.parse(x.expires)).toBeGreaterThan(
        2 * 365 * 86400e3
      );
    }

    // root re-signed with its own key: a client holding the old root accepts it
    const root = JSON.parse(
      await dct(['renew', r.gun, '--role', 'root', ...flags], ADMIN_ENV, r.tmp)
    ) as RenewResult;
    expect(root.renewed).toMatchObject([
      { role: 'root', version: 1, newVersion: 2 },
    ]);

    expect(await r.notary.lookup(r.gun, 'v1')).toEqual(v1);
    expect(await r.notary.list(r.gun, { roles: ['targets/releases'] })).toEqual(
      [{ ...v1, role: 'targets/releases' }]
    );
    const [inspected] = await r.docker.trustInspect(r.gun);
    expect(
      inspected.SignedTags.map((t) => [t.SignedTag, t.Digest, t.Signers])
    ).toEqual([['v1', v1.digest, ['ci']]]);
    // and the Action keeps signing
    const more = await runBundledAction(
      r.tmp,
      actionInputs(sandbox, r, { tags: `${r.gun}:v1` })
    );
    expect(more.code, more.transcript).toBe(0);
  });
});
