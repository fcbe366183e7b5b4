import { mkdir, copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SandboxConfig } from './sandbox-config.js';
import { assertOk, cleanEnv, runCommand, type CommandResult } from './exec.js';

/** The two passphrases `docker trust` reads from the environment. */
export interface DockerTrustPassphrases {
  root: string;
  /** the targets key and every signer key docker generates */
  repository: string;
}

export const TEST_DOCKER_PASSPHRASES: DockerTrustPassphrases = {
  root: 'e2e-docker-root-passphrase',
  repository: 'e2e-docker-repository-passphrase',
};

/** `docker trust inspect` JSON (one element per reference asked for). */
export interface DockerTrustInspect {
  Name: string;
  SignedTags: { SignedTag: string; Digest: string; Signers: string[] }[];
  Signers: { Name: string; Keys: { ID: string }[] }[];
  AdministrativeKeys: { Name: string; Keys: { ID: string }[] }[];
}

export interface DockerCliOptions {
  /** a fresh dir; becomes DOCKER_CONFIG (keys land in <configDir>/trust/private) */
  configDir: string;
  passphrases?: DockerTrustPassphrases;
  /** use the token-auth notary server, with the test credentials in config.json */
  tokenAuth?: boolean;
}

/**
 * The real docker CLI, for its `docker trust` commands only (no engine is
 * needed for them). Each instance has its own DOCKER_CONFIG whose
 * tls/<host:port>/ca.crt holds the sandbox CA, and DOCKER_CONTENT_TRUST_SERVER
 * pointing at the sandbox notary server.
 */
export class DockerCli {
  private constructor(
    readonly configDir: string,
    readonly trustServerUrl: string,
    private readonly passphrases: DockerTrustPassphrases
  ) {}

  static async create(
    sandbox: SandboxConfig,
    options: DockerCliOptions
  ): Promise<DockerCli> {
    const server = options.tokenAuth
      ? sandbox.tokenNotaryServerUrl
      : sandbox.notaryServerUrl;
    // docker looks for CA files in $DOCKER_CONFIG/tls/<host:port>/*.crt.
    // (For a loopback GUN docker skips verifying the notary cert anyway,
    // because it treats 127.0.0.0/8 registries as insecure; see README.)
    const tlsDir = join(options.configDir, 'tls', new URL(server).host);
    await mkdir(tlsDir, { recursive: true });
    await copyFile(sandbox.notaryCaFile, join(tlsDir, 'ca.crt'));
    if (options.tokenAuth) {
      // docker sends the credentials stored for the *registry* host to the
      // trust server's token endpoint.
      const auth = Buffer.from(
        `${sandbox.tokenUser}:${sandbox.tokenPassword}`
      ).toString('base64');
      await writeFile(
        join(options.configDir, 'config.json'),
        JSON.stringify({ auths: { [sandbox.registryHost]: { auth } } })
      );
    }
    return new DockerCli(
      options.configDir,
      server,
      options.passphrases ?? TEST_DOCKER_PASSPHRASES
    );
  }

  /** docker's trust dir: a notary trust dir the notary CLI can use with -d. */
  get trustDir(): string {
    return join(this.configDir, 'trust');
  }

  env(): NodeJS.ProcessEnv {
    return {
      ...cleanEnv(),
      DOCKER_CONFIG: this.configDir,
      DOCKER_CONTENT_TRUST_SERVER: this.trustServerUrl,
      DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE: this.passphrases.root,
      DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: this.passphrases.repository,
      DOCKER_CLI_HINTS: 'false',
    };
  }

  /** Run `docker ...args`; resolves whatever the exit code. */
  run(args: readonly string[]): Promise<CommandResult> {
    return runCommand('docker', args, { env: this.env() });
  }

  /** Like run(), but throws a CommandError (with the output) on failure. */
  async ok(args: readonly string[]): Promise<CommandResult> {
    return assertOk(await this.run(args));
  }

  /**
   * `docker trust key generate NAME --dir DIR`: an ECDSA P-256 key, encrypted
   * with the repository passphrase in <configDir>/trust/private. Returns the
   * path of the public key, DIR/NAME.pub.
   */
  async trustKeyGenerate(name: string, dir: string): Promise<string> {
    await this.ok(['trust', 'key', 'generate', name, '--dir', dir]);
    return join(dir, `${name}.pub`);
  }

  /**
   * `docker trust signer add --key PUB NAME GUN`: initializes the repo if
   * needed (root + targets keys here, snapshot key on the server) and adds
   * the key to targets/NAME and targets/releases.
   */
  signerAdd(
    name: string,
    publicKeyFile: string,
    gun: string
  ): Promise<CommandResult> {
    return this.ok([
      'trust',
      'signer',
      'add',
      '--key',
      publicKeyFile,
      name,
      gun,
    ]);
  }

  /** `docker trust inspect REF...` (REF = GUN or GUN:TAG), parsed. */
  async trustInspect(...refs: string[]): Promise<DockerTrustInspect[]> {
    const { stdout } = await this.ok(['trust', 'inspect', ...refs]);
    return JSON.parse(stdout) as DockerTrustInspect[];
  }
}
