import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pushImage } from '../../scripts/sandbox/registry-push.mjs';
import { readActionYml } from '../helpers/action-yml.js';
import { ActionsCacheService } from './helpers/actions-cache.js';
import { ACTION_NODE } from './helpers/action.js';
import {
  actionInputs,
  dockerRepository,
  runBundledAction,
} from './helpers/docker-repo.js';
import { cleanEnv, runCommand } from './helpers/exec.js';
import { getSandbox, type SandboxConfig } from './helpers/sandbox.js';

// The runner's side of the Action: the Node it declares, the post step, and
// a runner that offers fewer files than GitHub's.

const POST_ENTRY = resolve('dist/post/index.js');

let sandbox: SandboxConfig;
beforeAll(() => {
  sandbox = getSandbox();
});

describe('the runtime', () => {
  // scripts/test.sh sets DCT_ACTION_NODE (scripts/node24.sh); CI always runs it
  it.runIf(process.env.DCT_ACTION_NODE || process.env.CI === 'true')(
    'runs the bundled Action on the Node major that action.yml declares',
    async () => {
      const declared = /^node(\d+)$/.exec(readActionYml().runs.using)?.[1];
      const ran = await runCommand(ACTION_NODE, ['--version']);
      expect(ran.stdout.trim()).toMatch(new RegExp(`^v${declared}\\.`));
    }
  );
});

describe('the post step', () => {
  it('removes what the main step left in RUNNER_TEMP', async () => {
    const cache = await ActionsCacheService.start();
    try {
      const repo = await dockerRepository(sandbox);
      await pushImage({
        registryUrl: sandbox.registryUrl,
        repo: repo.repo,
        tag: 'v1',
        kind: 'docker',
      });
      const run = await runBundledAction(
        repo.tmp,
        actionInputs(sandbox, repo, { tags: `${repo.gun}:v1` }),
        cache.env()
      );
      expect(run.code, run.transcript).toBe(0);
      // without GITHUB_STATE, @actions/core states with a log command
      const state = /^::save-state name=dct-sign-tmp-dir::(.+)$/m.exec(
        run.stdout
      )?.[1];
      expect(state).toBe(join(repo.tmp, 'dct-sign'));
      expect(readdirSync(state!)).toHaveLength(1);

      const post = await runCommand(ACTION_NODE, [POST_ENTRY], {
        env: {
          ...cleanEnv(),
          RUNNER_TEMP: repo.tmp,
          'STATE_dct-sign-tmp-dir': state,
        },
      });
      expect(post.code, post.stdout + post.stderr).toBe(0);
      expect(existsSync(state!)).toBe(false);
      expect(post.stdout).not.toContain('::warning::');
    } finally {
      await cache.close();
    }
  });

  it('does nothing when the main step left nothing', async () => {
    const post = await runCommand(ACTION_NODE, [POST_ENTRY], {
      env: cleanEnv(),
    });
    expect(post.code).toBe(0);
    expect(post.stdout).toBe('');
  });
});

describe('a runner without GITHUB_STEP_SUMMARY', () => {
  it('signs and writes every output, with no summary and no warning about it', async () => {
    const repo = await dockerRepository(sandbox);
    await pushImage({
      registryUrl: sandbox.registryUrl,
      repo: repo.repo,
      tag: 'v1',
      kind: 'docker',
    });
    const run = await runBundledAction(
      repo.tmp,
      actionInputs(sandbox, repo, { tags: `${repo.gun}:v1` }),
      { GITHUB_STEP_SUMMARY: '' }
    );
    expect(run.code, run.transcript).toBe(0);
    expect(Object.keys(run.outputs).sort()).toEqual(
      Object.keys(readActionYml().outputs).sort()
    );
    expect(run.summary).toBe('');
    expect(run.stdout).not.toMatch(/summary/i);
  });
});
