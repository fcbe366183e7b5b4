// Run one subprocess for the benchmark and measure it from the outside:
// wall time (spawn → exit, on the bench's performance.now() clock, so it can
// be lined up with the proxy's request log), the arrival time of every stdout
// line, and peak RSS and CPU time through GNU time (`/usr/bin/time -f '%M %U %S'`).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export const GNU_TIME = '/usr/bin/time';
export const HAS_GNU_TIME = existsSync(GNU_TIME);

/**
 * process.env without anything that changes how notary, docker or an Action
 * behaves behind the bench's back (a developer's DCT settings, a runner's
 * INPUT_*, the Actions cache service).
 */
export function cleanEnv() {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(NOTARY_|DOCKER_|INPUT_|GITHUB_|RUNNER_|ACTIONS_)/.test(key))
      continue;
    env[key] = value;
  }
  return env;
}

/**
 * Spawn `cmd args` and resolve when it exits (never rejects on a non-zero
 * exit). Returns {code, stdout, stderr, startedAt, endedAt, ms, lines,
 * rssKiB, cpuMs}: `lines` is [{at, text}] with `at` in ms since spawn;
 * `rssKiB` is the peak resident set and `cpuMs` user + system CPU time (10 ms
 * resolution), both null without GNU time.
 */
export function measure(
  cmd,
  args,
  { env, input = '', timeoutMs = 300_000 } = {}
) {
  const scratch = HAS_GNU_TIME
    ? mkdtempSync(join(tmpdir(), 'dct-bench-time-'))
    : null;
  const rssFile = scratch && join(scratch, 'rss');
  const [file, argv] = scratch
    ? [GNU_TIME, ['-f', '%M %U %S', '-o', rssFile, cmd, ...args]]
    : [cmd, args];
  return new Promise((resolve, reject) => {
    const startedAt = performance.now();
    const child = spawn(file, argv, {
      env: env ?? process.env,
      // no input: stdin is /dev/null, so a passphrase prompt fails at once
      stdio: [input ? 'pipe' : 'ignore', 'pipe', 'pipe'],
      timeout: timeoutMs,
    });
    let stdout = '';
    let stderr = '';
    let partial = '';
    const lines = [];
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      const at = performance.now() - startedAt;
      stdout += chunk;
      const parts = (partial + chunk).split('\n');
      partial = parts.pop();
      for (const text of parts) lines.push({ at, text });
    });
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', (err) =>
      reject(new Error(`cannot run ${cmd}: ${err.message}`))
    );
    child.on('close', (code) => {
      const endedAt = performance.now();
      if (partial) lines.push({ at: endedAt - startedAt, text: partial });
      let rssKiB = null;
      let cpuMs = null;
      if (rssFile) {
        // GNU time writes "Command exited with non-zero status N" first on failure
        const text = existsSync(rssFile) ? readFileSync(rssFile, 'utf8') : '';
        const m = /^(\d+) ([\d.]+) ([\d.]+)$/.exec(
          text.trim().split('\n').pop() ?? ''
        );
        if (m) {
          rssKiB = Number(m[1]);
          cpuMs = (Number(m[2]) + Number(m[3])) * 1000;
        }
        rmSync(scratch, { recursive: true, force: true });
      }
      resolve({
        command: [cmd, ...args].join(' '),
        code: code ?? -1,
        stdout,
        stderr,
        startedAt,
        endedAt,
        ms: endedAt - startedAt,
        lines,
        rssKiB,
        cpuMs,
      });
    });
    if (input) {
      // a child that exits without reading its input must not crash the bench
      child.stdin.on('error', () => {});
      child.stdin.end(input);
    }
  });
}

/** Like measure(), but throws (with the output, minus secrets the caller masks) on failure. */
export async function measureOk(cmd, args, options = {}) {
  const result = await measure(cmd, args, options);
  if (result.code !== 0) {
    const mask = (s) =>
      (options.secrets ?? []).reduce(
        (t, secret) => t.split(secret).join('***'),
        s
      );
    throw new Error(
      mask(
        `${cmd} ${args.slice(0, 6).join(' ')} … exited ${result.code}\n--- stdout ---\n${result.stdout.slice(-3000)}\n--- stderr ---\n${result.stderr.slice(-3000)}`
      )
    );
  }
  return result;
}
