import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { readSandboxConfig } from './helpers/sandbox-config.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCRIPTS = join(ROOT, 'scripts', 'sandbox');

/** Run a sandbox script; on failure throw with everything it printed. */
async function sandboxScript(
  script: string,
  env: NodeJS.ProcessEnv
): Promise<string> {
  try {
    const { stdout } = await run('bash', [join(SCRIPTS, script)], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      timeout: 120_000,
    });
    return stdout;
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message?: string };
    throw new Error(
      `scripts/sandbox/${script} failed: ${e.message ?? String(err)}\n` +
        `--- stdout ---\n${e.stdout ?? ''}\n--- stderr ---\n${e.stderr ?? ''}`,
      { cause: err }
    );
  }
}

/**
 * Start a fresh sandbox (notary-server, token-auth notary-server, token
 * endpoint, registry) for this e2e run and provide its config to the tests
 * as inject('sandbox'). It never skips: if the servers cannot start, the run
 * fails here. The returned teardown stops the servers and removes the state
 * dir (DCT_E2E_KEEP_SANDBOX=1 keeps it, for reading the server logs).
 */
export default async function setup(
  project: TestProject
): Promise<() => Promise<void>> {
  const sandboxDir = join(ROOT, '.e2e', `sandbox-${process.pid}`);
  await mkdir(sandboxDir, { recursive: true });
  const env = { SANDBOX_DIR: sandboxDir };
  const started = await sandboxScript('start.sh', env);
  process.stdout.write(started);
  const sandbox = readSandboxConfig(sandboxDir);
  project.provide('sandbox', sandbox);

  return async () => {
    const keep = process.env.DCT_E2E_KEEP_SANDBOX === '1';
    const out = await sandboxScript('stop.sh', {
      ...env,
      PURGE: keep ? '0' : '1',
    });
    process.stdout.write(out);
    if (keep) process.stdout.write(`sandbox kept in ${sandboxDir}\n`);
  };
}
