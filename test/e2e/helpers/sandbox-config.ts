import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The notary deployments the e2e suite runs against (vitest projects). */
export type Topology = 'memory' | 'production';

/**
 * What scripts/sandbox/start.sh (and start-production.sh) writes to $SANDBOX_DIR/sandbox.json: a real
 * notary-server, a second one behind token auth, the token endpoint, and a
 * docker-registry, all on free loopback ports.
 */
export interface SandboxConfig {
  /**
   * Which notary: `memory` (start.sh: memory storage, built-in signer) or
   * `production` (start-production.sh: PostgreSQL storage, notary-signer
   * over mutual TLS; both notary-servers share that database and signer).
   */
  topology: Topology;
  /** absolute state dir (certs, configs, logs, registry blobs) */
  sandboxDir: string;
  /** notary-server without auth: https://127.0.0.1:PORT */
  notaryServerUrl: string;
  /** PEM of the throwaway CA that signed both notary-servers' TLS cert */
  notaryCaFile: string;
  /** plain-HTTP registry: http://127.0.0.1:PORT */
  registryUrl: string;
  /** 127.0.0.1:PORT, the host part of every GUN in the e2e tests */
  registryHost: string;
  /** notary-server with `auth: token`: https://127.0.0.1:PORT */
  tokenNotaryServerUrl: string;
  /** token endpoint (the challenge's realm): http://127.0.0.1:PORT/token */
  tokenRealm: string;
  /** the challenge's service, the JWT `aud` */
  tokenService: string;
  /** the JWT `iss` */
  tokenIssuer: string;
  /** fixed test credentials the token endpoint accepts (dct-user / dct-pass) */
  tokenUser: string;
  tokenPassword: string;
  pids: {
    notaryServer: number;
    tokenNotaryServer: number;
    tokenServer: number;
    registry: number;
  };
}

declare module 'vitest' {
  // what global-setup.ts provides to every e2e test: inject('sandbox')
  export interface ProvidedContext {
    sandbox: SandboxConfig;
  }
}

const STRING_FIELDS = [
  'sandboxDir',
  'notaryServerUrl',
  'notaryCaFile',
  'registryUrl',
  'registryHost',
  'tokenNotaryServerUrl',
  'tokenRealm',
  'tokenService',
  'tokenIssuer',
  'tokenUser',
  'tokenPassword',
] as const;

/** Read and check $dir/sandbox.json; throws naming the first bad field. */
export function readSandboxConfig(dir: string): SandboxConfig {
  const file = join(dir, 'sandbox.json');
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof data !== 'object' || data === null) {
    throw new Error(`${file}: not a JSON object`);
  }
  const record = data as Record<string, unknown>;
  for (const field of STRING_FIELDS) {
    if (typeof record[field] !== 'string' || record[field] === '') {
      throw new Error(`${file}: missing or empty ${field}`);
    }
  }
  const pids = record.pids as Record<string, unknown> | undefined;
  for (const name of [
    'notaryServer',
    'tokenNotaryServer',
    'tokenServer',
    'registry',
  ]) {
    if (!pids || !Number.isInteger(pids[name])) {
      throw new Error(`${file}: missing pids.${name}`);
    }
  }
  return { topology: 'memory', ...record } as SandboxConfig;
}
