import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { CLI_ENTRY } from './action.js';
import { cleanEnv, runCommand, type CommandResult } from './exec.js';
import type { SandboxConfig } from './sandbox-config.js';

/**
 * Accepted POSTs the notary-server logged for `gun` (one JSON line per
 * request at info level). A POST refused with 4xx/5xx published nothing
 * (a push without a push token is logged with status 401); notary logs a
 * successful one with status 0 or 2xx.
 */
export function uploadsFor(
  sandbox: SandboxConfig,
  gun: string,
  server: 'notary-server' | 'token-notary-server' = 'notary-server'
): number {
  let log: string;
  try {
    log = readFileSync(
      join(sandbox.sandboxDir, 'logs', `${server}.log`),
      'utf8'
    );
  } catch {
    return 0;
  }
  return log
    .split('\n')
    .filter(
      (l) =>
        l.includes('"msg":"response completed"') &&
        l.includes('"http.request.method":"POST"') &&
        l.includes(`/v2/${gun}/_trust/tuf/`) &&
        !/"http\.response\.status":[45]\d\d/.test(l)
    ).length;
}

/** A loopback port nothing listens on (bound, then closed). */
export function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A throwaway self-signed CA (not the sandbox's), PEM. */
export function throwawayCA(dir: string): string {
  const key = join(dir, 'other-ca.key');
  const cert = join(dir, 'other-ca.crt');
  execFileSync('openssl', [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-nodes',
    '-keyout',
    key,
    '-out',
    cert,
    '-days',
    '2',
    '-subj',
    '/CN=dct-sign other CA',
  ]);
  return readFileSync(cert, 'utf8');
}

/** Unencrypted PKCS#8 PEMs of keys we do not sign with: RSA under 2048 bits, P-384. */
export function unsupportedKeys(): { rsa: string; p384: string } {
  const pem = (k: ReturnType<typeof generateKeyPairSync>['privateKey']) =>
    k.export({ format: 'pem', type: 'pkcs8' }).toString();
  return {
    rsa: pem(generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey),
    p384: pem(generateKeyPairSync('ec', { namedCurve: 'P-384' }).privateKey),
  };
}

/** `node dist/cli/index.js ARGS` as a user runs it; stdin empty (no prompt). */
export function runBundledCli(
  args: readonly string[],
  env: Record<string, string>,
  cwd: string
): Promise<CommandResult> {
  return runCommand(process.execPath, [CLI_ENTRY, ...args], {
    env: { ...cleanEnv(), DCT_DEBUG: '', ...env },
    cwd,
    timeoutMs: 120_000,
  });
}

/** Writes `text` to dir/name and returns the path. */
export function writeFile(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** Lines of `log` that look like a stack frame (outside `::debug::` lines). */
export function stackLines(log: string): string[] {
  return log
    .split('\n')
    .filter((l) => !l.startsWith('::debug::'))
    .filter((l) => /^\s+at .+(:\d+(:\d+)?\)?|\(native\)|<anonymous>)$/.test(l));
}
