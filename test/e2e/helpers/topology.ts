import { runCommand } from './exec.js';
import type { SandboxConfig } from './sandbox-config.js';

/** Daemons of the production topology that a test may stop and start. */
export type ProductionService = 'notary-server' | 'notary-signer';

/** Runs scripts/sandbox/<script> on this run's production sandbox; throws with its output on failure. */
async function productionScript(
  sandbox: SandboxConfig,
  script: 'start-production.sh' | 'stop-production.sh',
  args: string[] = []
): Promise<string> {
  const run = await runCommand('bash', [`scripts/sandbox/${script}`, ...args], {
    env: { ...process.env, SANDBOX_DIR: sandbox.sandboxDir },
    timeoutMs: 60_000,
  });
  if (run.code !== 0)
    throw new Error(
      `${script} ${args.join(' ')} failed:\n${run.stdout}\n${run.stderr}`
    );
  return run.stdout;
}

/** Stops the named daemons (by the pids start-production.sh recorded); the database keeps running. */
export async function stopServices(
  sandbox: SandboxConfig,
  services: ProductionService[]
): Promise<void> {
  await productionScript(sandbox, 'stop-production.sh', services);
}

/** Starts whatever of the production sandbox is down, on the same ports and database. */
export async function startServices(sandbox: SandboxConfig): Promise<void> {
  await productionScript(sandbox, 'start-production.sh');
}
