import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pushImage } from '../../scripts/sandbox/registry-push.mjs';
import {
  ACTION_NODE,
  parseOutputFile,
  type ActionRun,
} from './helpers/action.js';
import {
  actionInputs,
  dockerRepository,
  errorLines,
  runBundledAction,
} from './helpers/docker-repo.js';
import { cleanEnv, runCommand } from './helpers/exec.js';
import { getSandbox, type SandboxConfig } from './helpers/sandbox.js';
import {
  JWT_PATTERN,
  credentialSecrets,
  keySecrets,
  scanFiles,
  scanText,
  type Secret,
} from './helpers/secrets.js';
import { makeTempDir } from './helpers/tmp.js';

// After a real signing run against the token-auth notary-server, nothing a
// reviewer or a later step can read holds a secret: not the log (minus the
// ::add-mask:: commands the runner consumes), not the outputs or the job
// summary, not any file left under RUNNER_TEMP, before or after the post step.

const POST_ENTRY = resolve('dist/post/index.js');

let sandbox: SandboxConfig;
beforeAll(() => {
  sandbox = getSandbox();
});

/** A runner-like temp dir: RUNNER_TEMP, with TMPDIR and GITHUB_STATE inside it. */
async function runnerTemp(): Promise<{
  dir: string;
  env: Record<string, string>;
}> {
  const dir = await makeTempDir('dct-e2e-runner-');
  const tmp = join(dir, 'tmp');
  await mkdir(join(dir, '_runner_file_commands'), { recursive: true });
  await mkdir(tmp);
  const state = join(dir, '_runner_file_commands', 'save_state');
  await writeFile(state, '');
  // anything the Action writes to os.tmpdir() also lands where we look
  return { dir, env: { TMPDIR: tmp, GITHUB_STATE: state } };
}

/** Runs dist/post/index.js as the runner does: the main step's state as STATE_<name>. */
async function runPostStep(dir: string, env: Record<string, string>) {
  const state = parseOutputFile(await readFile(env.GITHUB_STATE, 'utf8'));
  return runCommand(ACTION_NODE, [POST_ENTRY], {
    env: {
      ...cleanEnv(),
      RUNNER_TEMP: dir,
      ...env,
      ...Object.fromEntries(
        Object.entries(state).map(([k, v]) => [`STATE_${k}`, v])
      ),
    },
  });
}

function expectNoHits(where: string, run: ActionRun, secrets: Secret[]) {
  expect(scanText(where, run.transcript, secrets), where).toEqual([]);
}

describe('secrets', () => {
  describe('when the Action signs with token auth and a distinctive passphrase', () => {
    it('leaves no passphrase, key, password or token in logs, outputs, summary or RUNNER_TEMP files, before or after the post step', async () => {
      const passphrase = `e2e-secret-passphrase-${randomBytes(8).toString('hex')}`;
      const wrongPassword = `e2e-wrong-password-${randomBytes(8).toString('hex')}`;
      const repo = await dockerRepository(sandbox, {
        prefix: 'secrets',
        tokenAuth: true,
        passphrases: {
          root: 'e2e-secrets-root-passphrase',
          repository: passphrase,
        },
      });
      const image = await pushImage({
        registryUrl: sandbox.registryUrl,
        repo: repo.repo,
        tag: 'v1',
      });
      const key = await keySecrets(repo.ciKey, repo.ciPassphrase);
      const secrets: Secret[] = [
        ...key.secrets,
        ...credentialSecrets(sandbox.tokenUser, sandbox.tokenPassword),
        ...credentialSecrets(sandbox.tokenUser, wrongPassword),
      ];

      // control: the scanner finds the key where it is (docker's trust dir)
      const control = scanFiles(repo.docker.trustDir, secrets, key.scalar);
      expect(control.hits.map((h) => h.label)).toContain('PEM body line 1');

      const { dir, env } = await runnerTemp();
      const inputs = actionInputs(sandbox, repo, {
        'trust-server': sandbox.tokenNotaryServerUrl,
        tags: `${repo.gun}:v1`,
        digest: image.digest,
        username: sandbox.tokenUser,
      });

      // a refused login: the failure path must not leak either
      const refused = await runBundledAction(
        dir,
        { ...inputs, password: wrongPassword },
        env
      );
      expect(refused.code, refused.transcript).toBe(1);
      expect(errorLines(refused), refused.transcript).toHaveLength(1);
      expectNoHits('refused run', refused, secrets);

      const run = await runBundledAction(
        dir,
        { ...inputs, password: sandbox.tokenPassword },
        env
      );
      expect(run.code, run.transcript).toBe(0);
      expect(await repo.notary.lookup(repo.gun, 'v1')).toMatchObject({
        digest: image.digest.replace('sha256:', ''),
      });
      expectNoHits('signing run', run, secrets);

      // the run did hold bearer tokens and secrets: it masked them (the
      // runner hides ::add-mask:: lines), so the zero hits above are real
      const masks = run.stdout
        .split('\n')
        .filter((l) => l.startsWith('::add-mask::'));
      expect(masks.join('\n')).toMatch(JWT_PATTERN);
      expect(masks).toContain(`::add-mask::${passphrase}`);
      expect(masks).toContain(`::add-mask::${sandbox.tokenPassword}`);
      // control: unfiltered, the same log does trip the scanner
      expect(
        scanText('raw stdout', run.stdout, secrets).length
      ).toBeGreaterThan(0);

      const before = scanFiles(dir, secrets, key.scalar);
      expect(before.files.length).toBeGreaterThanOrEqual(4); // outputs, summaries, state
      expect(before.hits).toEqual([]);

      const post = await runPostStep(dir, env);
      expect(post.code, post.stdout + post.stderr).toBe(0);
      expect(scanText('post step', post.stdout + post.stderr, secrets)).toEqual(
        []
      );
      const after = scanFiles(dir, secrets, key.scalar);
      expect(after.hits).toEqual([]);
      console.log(
        `secrets: ${secrets.length} values + JWT shape + raw scalar bytes; scanned 2 runs' logs/outputs/summaries, the post step, and ${before.files.length} files under RUNNER_TEMP: 0 hits`
      );
    });
  });
});
