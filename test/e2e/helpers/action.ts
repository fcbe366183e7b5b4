import { randomUUID } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cleanEnv, runCommand, type CommandResult } from './exec.js';

/** The bundled Action entry, exactly what `runs.main` in action.yml points at. */
export const ACTION_ENTRY = resolve('dist/index.js');
export const CLI_ENTRY = resolve('dist/cli/index.js');

/**
 * The node that runs the bundled Action: DCT_ACTION_NODE (the test command
 * points it at Node 24, the runtime action.yml declares), else this node.
 */
export const ACTION_NODE = process.env.DCT_ACTION_NODE || process.execPath;

/** What one run of the bundled Action produced. */
export interface ActionRun extends CommandResult {
  outputs: Record<string, string>;
  summary: string;
  /** Everything a reviewer or attacker could read afterwards: log, outputs, summary. */
  transcript: string;
}

/** Parses the GITHUB_OUTPUT file (`name<<delimiter` blocks, as @actions/core writes it). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
    out[m[1]] = value.join('\n');
  }
  return out;
}

/**
 * Runs dist/index.js as the runner does: inputs as INPUT_<NAME> (upper case,
 * spaces to underscores, dashes kept), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY
 * files, RUNNER_TEMP; no cache service (ACTIONS_* unset).
 */
export async function runBundledAction(
  workDir: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  options: { prefix?: string[] } = {}
): Promise<ActionRun> {
  const output = join(workDir, `output-${randomUUID()}`);
  const summaryFile = join(workDir, `summary-${randomUUID()}`);
  writeFileSync(output, '');
  writeFileSync(summaryFile, '');
  const inputEnv = Object.fromEntries(
    Object.entries(inputs).map(([k, v]) => [
      `INPUT_${k.replace(/ /g, '_').toUpperCase()}`,
      v,
    ])
  );
  // e.g. a private mount namespace (proxy e2e): prefix + [node, entry]
  const [cmd, ...args] = [...(options.prefix ?? []), ACTION_NODE, ACTION_ENTRY];
  const result = await runCommand(cmd, args, {
    env: {
      ...cleanEnv(),
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_TEMP: workDir,
      DOCKER_CONFIG: join(workDir, 'no-docker-config'),
      ...inputEnv,
      ...env,
    },
    timeoutMs: 120_000,
  });
  const outputText = readFileSync(output, 'utf8');
  const summary = readFileSync(summaryFile, 'utf8');
  return {
    ...result,
    outputs: parseOutputFile(outputText),
    summary,
    // The runner consumes ::add-mask:: commands and shows them to nobody.
    transcript: [
      visible(result.stdout),
      result.stderr,
      outputText,
      summary,
    ].join('\n'),
  };
}

function visible(log: string): string {
  return log
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
}

/** The private key file in a trust dir whose `role:` header is `role`. */
export function findTrustDirKey(trustDir: string, role: string): string {
  const dir = join(trustDir, 'private');
  for (const name of readdirSync(dir)) {
    const text = readFileSync(join(dir, name), 'utf8');
    if (new RegExp(`^role: ${role}$`, 'm').test(text)) return text;
  }
  throw new Error(`no key with role ${role} in ${dir}`);
}
