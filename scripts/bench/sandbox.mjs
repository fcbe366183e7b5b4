// Start and stop the project's own loopback sandbox (scripts/sandbox) for one
// bench run, in a state dir of its own, so nothing is shared with a developer's
// .sandbox or an e2e run. Topology `memory` is start.sh (memory storage);
// `production` is start-production.sh (PostgreSQL + notary-signer).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SCRIPTS = new URL('../sandbox/', import.meta.url).pathname;
const SCRIPT = {
  memory: { start: 'start.sh', stop: 'stop.sh' },
  production: { start: 'start-production.sh', stop: 'stop-production.sh' },
};

/** Runs the topology's start script with SANDBOX_DIR=dir; returns the parsed sandbox.json. */
export function startSandbox(dir, topology = 'memory') {
  if (!SCRIPT[topology]) throw new Error(`unknown topology ${topology}`);
  const res = spawnSync('bash', [join(SCRIPTS, SCRIPT[topology].start)], {
    env: { ...process.env, SANDBOX_DIR: dir },
    encoding: 'utf8',
  });
  if (res.status !== 0) {
    throw new Error(`sandbox did not start:\n${res.stdout}\n${res.stderr}`);
  }
  const config = JSON.parse(readFileSync(join(dir, 'sandbox.json'), 'utf8'));
  return {
    ...config,
    tlsCert: readFileSync(join(dir, 'tls', 'server.crt'), 'utf8'),
    tlsKey: readFileSync(join(dir, 'tls', 'server.key'), 'utf8'),
    ca: readFileSync(config.notaryCaFile, 'utf8'),
  };
}

/** Stops the servers the start script recorded; PURGE unless `keep`. */
export function stopSandbox(dir, { keep = false, topology = 'memory' } = {}) {
  spawnSync('bash', [join(SCRIPTS, SCRIPT[topology].stop)], {
    env: { ...process.env, SANDBOX_DIR: dir, PURGE: keep ? '0' : '1' },
    stdio: 'ignore',
  });
}
