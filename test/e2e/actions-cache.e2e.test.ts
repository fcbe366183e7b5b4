import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushImage } from '../../scripts/sandbox/registry-push.mjs';
import { createTestSigner } from '../helpers/tuf-crypto.js';
import { stopwatch } from '../helpers/stopwatch.js';
import { sealTrustState } from '../../src/action/trust-state.js';
import { ActionsCacheService } from './helpers/actions-cache.js';
import type { ActionRun } from './helpers/action.js';
import { DockerCli } from './helpers/docker-cli.js';
import {
  actionInputs,
  dockerRepository,
  errorLines,
  runBundledAction,
  type DockerRepository,
} from './helpers/docker-repo.js';
import { assertOk, cleanEnv, runCommand } from './helpers/exec.js';
import { ReplayProxy } from './helpers/replay-proxy.js';
import { getSandbox, type SandboxConfig } from './helpers/sandbox.js';

// The trust state (root and role versions) through the real Actions cache
// client: the bundled Action's @actions/cache 6 speaks cache protocol v2 to a
// Twirp endpoint served here and moves the archive through real Azure Blob
// storage (Azurite) by signed URLs, exactly as on a github.com runner.

let sandbox: SandboxConfig;
let cache: ActionsCacheService;
beforeAll(async () => {
  sandbox = getSandbox();
  cache = await ActionsCacheService.start();
});
afterAll(() => cache?.close());

const TOFU_WARNING =
  /^::warning::.*no trust state in the Actions cache: the root is trusted on first use \(pin it with root-key-id\)$/m;
const TWIRP = [
  'CreateCacheEntry',
  'FinalizeCacheEntryUpload',
  'GetCacheEntryDownloadURL',
];

/** One workflow: a repository, its runner temp dir and workspace, the cache. */
async function workflow(): Promise<{
  repo: DockerRepository;
  run: (
    tag: string,
    extra?: Record<string, string>,
    env?: Record<string, string>
  ) => Promise<ActionRun>;
  env: () => Record<string, string>;
}> {
  const repo = await dockerRepository(sandbox);
  const workspace = join(repo.tmp, 'workspace');
  mkdirSync(workspace, { recursive: true });
  const env = () => ({ ...cache.env(), GITHUB_WORKSPACE: workspace });
  const run = async (
    tag: string,
    extra: Record<string, string> = {},
    more: Record<string, string> = {}
  ) => {
    await pushImage({
      registryUrl: sandbox.registryUrl,
      repo: repo.repo,
      tag,
      kind: 'docker',
    });
    return runBundledAction(
      repo.tmp,
      actionInputs(sandbox, repo, { tags: `${repo.gun}:${tag}`, ...extra }),
      { ...env(), ...more }
    );
  };
  return { repo, run, env };
}

/** The cache dir of the run's trust state (RUNNER_TEMP/dct-sign/<key prefix>). */
function stateDir(tmp: string): string {
  const [name] = readdirSync(join(tmp, 'dct-sign'));
  return join(tmp, 'dct-sign', name);
}

describe('the trust state in the Actions cache (bundled Action, @actions/cache v2, Azurite)', () => {
  describe('when run 1 saves and run 2 restores', () => {
    it('run 1 warns that it trusts on first use and saves; run 2 restores the signed state', async () => {
      const { run } = await workflow();
      cache.reset();
      const first = await run('v1');
      expect(first.code, first.transcript).toBe(0);
      expect(first.stdout).toMatch(TOFU_WARNING);
      expect(cache.methods()).toEqual([
        'GetCacheEntryDownloadURL',
        'CreateCacheEntry',
        'FinalizeCacheEntryUpload',
      ]);
      for (const call of cache.calls) {
        expect(call.authorization).toBe(`Bearer ${cache.token}`);
      }
      const [lookup, create] = cache.calls;
      expect(lookup.body.restore_keys).toEqual([
        expect.stringMatching(/^dct-sign-trust-v2-[0-9a-f]{32}-$/),
      ]);
      const saved = create.body.key as string;
      expect(saved.startsWith((lookup.body.restore_keys as string[])[0])).toBe(
        true
      );

      cache.reset();
      const second = await run('v2');
      expect(second.code, second.transcript).toBe(0);
      expect(second.stdout).not.toMatch(TOFU_WARNING);
      expect(second.stdout).toContain(
        `trusted root and role versions restored from the Actions cache (${saved}, signed by the delegation key)`
      );
      // @actions/cache's own log line for the hit, and the new state saved
      expect(second.stdout).toContain(`Cache hit for restore-key: ${saved}`);
      expect(cache.methods()).toEqual([
        'GetCacheEntryDownloadURL',
        'CreateCacheEntry',
        'FinalizeCacheEntryUpload',
      ]);
      expect(cache.calls[1].body.key).not.toBe(saved);
    });
  });

  describe('when the trust server swaps the root between the runs', () => {
    it('run 2 refuses before signing anything', async () => {
      const { repo, run } = await workflow();
      const first = await run('v1');
      expect(first.code, first.transcript).toBe(0);

      // the server's repository is deleted and re-created under a new root,
      // listing the same ci key (what an attacker with the server would do)
      await repo.notary.ok(['delete', repo.gun, '--remote']);
      const other = await DockerCli.create(sandbox, {
        configDir: join(repo.tmp, 'docker-attacker'),
      });
      await other.signerAdd('ci', join(repo.tmp, 'ci.pub'), repo.gun);
      const before = await repo.notary.list(repo.gun);

      const second = await run('v2');
      expect(second.code, second.transcript).toBe(1);
      expect(second.stdout).toContain('restored from the Actions cache');
      const [error] = errorLines(second);
      expect(error).toMatch(
        /^::error::refusing the trust data of .*possible root swap/
      );
      expect(await repo.notary.list(repo.gun)).toEqual(before);
    });
  });

  describe('when the trust server rolls a role back between the runs', () => {
    it('run 2 refuses the older, correctly signed repository', async () => {
      const proxy = await ReplayProxy.start({
        upstream: sandbox.notaryServerUrl,
        caFile: sandbox.notaryCaFile,
      });
      try {
        const { run } = await workflow();
        const inputs = { 'trust-server': proxy.url, 'trust-server-ca': '' };
        const first = await run('v1', inputs);
        expect(first.code, first.transcript).toBe(0);
        // what run 1 saw before it published: valid, signed, older
        proxy.mode = 'replay';
        const second = await run('v2', inputs);
        expect(second.code, second.transcript).toBe(1);
        expect(second.stdout).toContain('restored from the Actions cache');
        const [error] = errorLines(second);
        expect(error).toMatch(
          /^::error::refusing the trust data of .*possible rollback attack.*timestamp: expected version ≥ 2, got 1$/
        );
      } finally {
        await proxy.close();
      }
    });
  });

  describe('when the entry was evicted between the runs', () => {
    it('run 2 warns that the root is trusted on first use, and signs', async () => {
      const { run } = await workflow();
      const first = await run('v1');
      expect(first.code, first.transcript).toBe(0);
      cache.evictAll();
      cache.reset();
      const second = await run('v2');
      expect(second.code, second.transcript).toBe(0);
      expect(second.stdout).toMatch(TOFU_WARNING);
      expect(cache.methods()[0]).toBe('GetCacheEntryDownloadURL');
    });
  });

  describe('when another job of the workflow planted a newer entry', () => {
    it('run 2 ignores it with a warning and signs (a planted rollback floor is no denial of service)', async () => {
      const { repo, run, env } = await workflow();
      const first = await run('v1');
      expect(first.code, first.transcript).toBe(0);

      // the hostile job: huge versions, sealed with a key of its own
      const dir = stateDir(repo.tmp);
      const planted = await sealTrustState(
        { gun: repo.gun, server: sandbox.notaryServerUrl },
        new TextEncoder().encode('{}'),
        { root: 1, targets: 999_999, 'targets/releases': 999_999 },
        createTestSigner()
      );
      writeFileSync(join(dir, 'trust-state.json'), planted.text);
      const key = `${dir.split('/').pop()}-planted`;
      assertOk(
        await runCommand(
          process.execPath,
          [resolve('test/e2e/helpers/plant-cache.mjs'), dir, key],
          { env: { ...cleanEnv(), ...env() } }
        )
      );

      cache.reset();
      const second = await run('v2');
      expect(second.code, second.transcript).toBe(0);
      expect(second.stdout).toContain(`Cache hit for restore-key: ${key}`);
      expect(second.stdout).toMatch(
        new RegExp(
          `^::warning::${repo.gun}: ignoring the trust state in the Actions cache \\(${key}\\): not signed by the delegation key [0-9a-f]{12}; the root is trusted on first use`,
          'm'
        )
      );
      // its own, signed state is saved again and wins next time
      expect(cache.methods()).toContain('FinalizeCacheEntryUpload');
    });
  });

  describe('when the cache service is down', () => {
    it('signs, with warnings, at once', async () => {
      const { run } = await workflow();
      const time = stopwatch();
      const result = await run(
        'v1',
        {},
        { ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/' }
      );
      expect(result.code, result.transcript).toBe(0);
      expect(result.outputs.signed).toContain('"tag":"v1"');
      expect(result.stdout).toMatch(TOFU_WARNING);
      expect(time.seconds()).toBeLessThan(20);
    });
  });

  describe('when the cache service answers 503 to everything (the client would retry for ~25 s)', () => {
    it('gives up after the time box, warns, skips the save and signs', async () => {
      const { run } = await workflow();
      cache.reset();
      cache.mode = 'unavailable';
      const time = stopwatch();
      const result = await run('v1', { 'timeout-seconds': '3' });
      const took = time.seconds();
      expect(result.code, result.transcript).toBe(0);
      expect(result.outputs.signed).toContain('"tag":"v1"');
      expect(result.stdout).toMatch(
        /^::warning::.*the Actions cache did not answer within 3 s: the root is trusted on first use/m
      );
      expect(cache.methods()).toEqual(
        expect.arrayContaining(['GetCacheEntryDownloadURL'])
      );
      expect(cache.methods()).not.toContain('CreateCacheEntry');
      expect(took).toBeLessThan(15);
      expect(TWIRP).toContain(cache.methods()[0]);
    });
  });
});
