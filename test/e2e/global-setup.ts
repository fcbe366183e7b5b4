import { execFile } from 'node:child_process';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { readSandboxConfig, type Topology } from './helpers/sandbox-config.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCRIPTS = join(ROOT, 'scripts', 'sandbox');

/** The start and stop scripts of each topology (vitest project name). */
const SCRIPTS_OF: Record<Topology, { start: string; stop: string }> = {
  memory: { start: 'start.sh', stop: 'stop.sh' },
  production: { start: 'start-production.sh', stop: 'stop-production.sh' },
};

/** Run a sandbox script; on failure throw with everything it printed. */
export async function sandboxScript(
  script: string,
  env: NodeJS.ProcessEnv,
  args: string[] = []
): Promise<string> {
  try {
    const { stdout } = await run('bash', [join(SCRIPTS, script), ...args], {
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

/** A state dir for the topology; PostgreSQL's OS user must reach it, so production's is under the temp dir. */
async function stateDir(topology: Topology): Promise<string> {
  if (topology === 'production')
    return mkdtemp(join(tmpdir(), 'dct-e2e-production-'));
  const dir = join(ROOT, '.e2e', `sandbox-${process.pid}`);
  await mkdir(dir, { recursive: true });
  return dir;
}

/**
 * Start a fresh sandbox of this project's topology (vitest.config.e2e.ts:
 * `memory` or `production`) for this e2e run and provide its config to the
 * tests as inject('sandbox'). It never skips: if the servers cannot start,
 * the run fails here. The returned teardown stops the servers and removes the
 * state dir (DCT_E2E_KEEP_SANDBOX=1 keeps it, for reading the server logs).
 */
export default async function setup(
  project: TestProject
): Promise<() => Promise<void>> {
  const topology: Topology =
    project.name === 'production' ? 'production' : 'memory';
  const scripts = SCRIPTS_OF[topology];
  const sandboxDir = await stateDir(topology);
  const env = { SANDBOX_DIR: sandboxDir };
  const started = await sandboxScript(scripts.start, env);
  process.stdout.write(started);
  const sandbox = readSandboxConfig(sandboxDir);
  project.provide('sandbox', { ...sandbox, topology });

  return async () => {
    const keep = process.env.DCT_E2E_KEEP_SANDBOX === '1';
    const out = await sandboxScript(scripts.stop, {
      ...env,
      PURGE: keep ? '0' : '1',
    });
    process.stdout.write(out);
    if (keep) process.stdout.write(`sandbox kept in ${sandboxDir}\n`);
  };
}
