import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pushImage } from '../../scripts/sandbox/registry-push.mjs';
import { processIO, type CliIO } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/main.js';
import type {
  HistoryEvent,
  HistoryReport,
} from '../../src/ops/history/index.js';
import { findTrustDirKey, runBundledAction } from './helpers/action.js';
import { TEST_DOCKER_PASSPHRASES } from './helpers/docker-cli.js';
import { actionInputs, dockerRepository } from './helpers/docker-repo.js';
import { cleanEnv } from './helpers/exec.js';
import { getSandbox, type SandboxConfig } from './helpers/sandbox.js';

// `dct-sign history` against the real notary-server 0.7: a repository built
// by docker, our Action, our signer rotation and docker's revoke reads back as
// exactly that sequence; the oracle for the end state is the real notary CLI.

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

/** Events of one published version, in a stable order, as `kind role tag`. */
function timeline(events: HistoryEvent[]): string[][] {
  const byVersion = new Map<number, string[]>();
  for (const e of events) {
    const line = [e.kind, 'role' in e ? e.role : '', 'tag' in e ? e.tag : '']
      .join(' ')
      .trim();
    byVersion.set(e.timestampVersion, [
      ...(byVersion.get(e.timestampVersion) ?? []),
      line,
    ]);
  }
  return [...byVersion.values()].map((lines) => lines.sort());
}

describe('dct-sign history', () => {
  it('reads back docker signer add, Action signing, a rotation, a moved tag and a revoke', async () => {
    const r = await dockerRepository(sandbox, { prefix: 'hist' });
    const server = [
      '--trust-server',
      sandbox.notaryServerUrl,
      '--trust-server-ca',
      sandbox.notaryCaFile,
    ];
    const first = await pushImage({
      registryUrl: sandbox.registryUrl,
      repo: r.repo,
      tag: 'v1',
      kind: 'docker',
    });
    const signed = await runBundledAction(
      r.tmp,
      actionInputs(sandbox, r, { tags: `${r.gun}:v1` })
    );
    expect(signed.code, signed.transcript).toBe(0);

    // rotate ci to a new docker-made key, re-signing its roles (our CLI)
    const pub2 = await r.docker.trustKeyGenerate('ci2', r.tmp);
    const key2 = findTrustDirKey(r.docker.trustDir, 'ci2');
    writeFileSync(join(r.tmp, 'ci2.key'), key2);
    const adminEnv = {
      DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE: TEST_DOCKER_PASSPHRASES.root,
      DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE:
        TEST_DOCKER_PASSPHRASES.repository,
    };
    await dct(
      [
        'signer',
        'rotate',
        'ci',
        r.gun,
        '--key',
        pub2,
        '--new-private',
        join(r.tmp, 'ci2.key'),
        '--trust-dir',
        r.docker.trustDir,
        ...server,
      ],
      adminEnv,
      r.tmp
    );

    // v1 moves to a new image, signed by the Action with the new key
    const second = await pushImage({
      registryUrl: sandbox.registryUrl,
      repo: r.repo,
      tag: 'v1',
      kind: 'oci',
    });
    const moved = await runBundledAction(
      r.tmp,
      actionInputs(sandbox, r, { tags: `${r.gun}:v1`, 'delegation-key': key2 })
    );
    expect(moved.code, moved.transcript).toBe(0);

    // docker revokes it
    await r.docker.ok(['trust', 'revoke', '-y', `${r.gun}:v1`]);

    const report = JSON.parse(
      await dct(['history', r.gun, '--json', ...server], {}, r.tmp)
    ) as HistoryReport;
    expect(report.schema).toBe('dct-sign/history/v1');
    expect(report.source).toBe('changefeed');
    expect(report.complete).toBe(true);
    expect(report.events.filter((e) => e.kind === 'unverified')).toEqual([]);
    // docker's first signer add publishes root, targets and both delegations at once
    expect(timeline(report.events)).toEqual([
      [
        'root-changed',
        'signer-added targets/ci',
        'signer-added targets/releases',
      ],
      ['tag-added targets/ci v1', 'tag-added targets/releases v1'],
      [
        'signer-keys-changed targets/ci',
        'signer-keys-changed targets/releases',
      ],
      ['tag-moved targets/ci v1', 'tag-moved targets/releases v1'],
      ['tag-removed targets/ci v1', 'tag-removed targets/releases v1'],
    ]);
    const tags = report.events.filter(
      (e): e is Extract<HistoryEvent, { tag: string }> => 'tag' in e
    );
    const added = tags.find(
      (e) => e.kind === 'tag-added' && e.role === 'targets/releases'
    )!;
    const movedEvent = tags.find(
      (e) => e.kind === 'tag-moved' && e.role === 'targets/releases'
    )!;
    expect(added.digest).toBe(first.digest);
    expect(added.size).toBe(first.size);
    expect(movedEvent.previousDigest).toBe(first.digest);
    expect(movedEvent.digest).toBe(second.digest);
    expect(added.signedBy.map((s) => s.signer)).toEqual(['ci']);
    expect(movedEvent.signedBy.map((s) => s.signer)).toEqual(['ci']);
    expect(movedEvent.signedBy[0].keyID).not.toBe(added.signedBy[0].keyID);
    const rotation = report.events.find(
      (e) => e.kind === 'signer-keys-changed' && e.role === 'targets/ci'
    );
    expect(rotation).toMatchObject({
      keys: {
        added: [movedEvent.signedBy[0].keyID],
        removed: [added.signedBy[0].keyID],
      },
    });

    // the oracle: the real notary CLI sees the end state the timeline ends in
    expect(await r.notary.list(r.gun, { roles: ['targets/releases'] })).toEqual(
      []
    );

    // --tag and --markdown
    const md = await dct(
      ['history', r.gun, '--tag', 'v1', '--markdown', ...server],
      {},
      r.tmp
    );
    expect(md.match(/\| tag-/g)).toHaveLength(6);
    expect(md).not.toContain('signer-added');
  });
});
