import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findTrustDirKey, runBundledAction, type ActionRun } from './action.js';
import {
  DockerCli,
  TEST_DOCKER_PASSPHRASES,
  type DockerTrustPassphrases,
} from './docker-cli.js';
import { randomGun } from './gun.js';
import { NotaryCli } from './notary-cli.js';
import type { SandboxConfig } from './sandbox-config.js';
import { makeTempDir } from './tmp.js';

/** A repository made the docker way, with the `ci` signer's key at hand. */
export interface DockerRepository {
  /** a temp dir holding the docker config (and so the encrypted keys) */
  tmp: string;
  gun: string;
  /** the GUN without the registry host */
  repo: string;
  docker: DockerCli;
  /** the `ci` delegation key PEM, as docker wrote it (encrypted) */
  ciKey: string;
  /** its passphrase (docker's repository passphrase) */
  ciPassphrase: string;
  /** the real notary CLI with its own, otherwise empty, trust dir: the oracle */
  notary: NotaryCli;
}

/**
 * `docker trust key generate ci` + `docker trust signer add ci GUN`: root and
 * targets keys local, snapshot on the server, `ci` in targets/ci and
 * targets/releases. Call inside a test (the temp dir is removed after it).
 */
export async function dockerRepository(
  sandbox: SandboxConfig,
  options: {
    prefix?: string;
    tokenAuth?: boolean;
    passphrases?: DockerTrustPassphrases;
  } = {}
): Promise<DockerRepository> {
  const tmp = await makeTempDir();
  const { gun, repo } = randomGun(sandbox, options.prefix);
  const passphrases = options.passphrases ?? TEST_DOCKER_PASSPHRASES;
  const docker = await DockerCli.create(sandbox, {
    configDir: join(tmp, 'docker'),
    tokenAuth: options.tokenAuth,
    passphrases,
  });
  const pub = await docker.trustKeyGenerate('ci', tmp);
  await docker.signerAdd('ci', pub, gun);
  const notary = NotaryCli.forSandbox(sandbox, join(tmp, 'notary-reader'), {
    tokenAuth: options.tokenAuth,
  });
  return {
    tmp,
    gun,
    repo,
    docker,
    ciKey: findTrustDirKey(docker.trustDir, 'ci'),
    ciPassphrase: passphrases.repository,
    notary,
  };
}

/** The Action inputs every test needs: key, passphrase, server and its CA. */
export function actionInputs(
  sandbox: SandboxConfig,
  repo: DockerRepository,
  extra: Record<string, string> = {}
): Record<string, string> {
  return {
    'delegation-key': repo.ciKey,
    'delegation-passphrase': repo.ciPassphrase,
    'trust-server': sandbox.notaryServerUrl,
    'trust-server-ca': readFileSync(sandbox.notaryCaFile, 'utf8'),
    'registry-url': sandbox.registryUrl,
    ...extra,
  };
}

/** The `::error::` lines of a run (what the runner shows as failure annotations). */
export function errorLines(run: ActionRun): string[] {
  return run.stdout.split('\n').filter((l) => l.startsWith('::error::'));
}

/** A stack frame as node prints it (`    at fn (file.js:1:2)`). */
export const STACK_FRAME = /\n\s+at .*:\d+(:\d+)?\)?/;

export { runBundledAction };
