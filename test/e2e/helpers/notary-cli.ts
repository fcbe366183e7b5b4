import type { SandboxConfig } from './sandbox-config.js';
import {
  assertOk,
  cleanEnv,
  parseTable,
  runCommand,
  type CommandResult,
} from './exec.js';

/** Passphrases the notary CLI reads from NOTARY_<ROLE>_PASSPHRASE. */
export interface NotaryPassphrases {
  root?: string;
  targets?: string;
  snapshot?: string;
  /** for every targets/<x> key, e.g. docker's repository passphrase */
  delegation?: string;
}

export interface NotaryCliOptions {
  /** https://127.0.0.1:PORT */
  serverUrl: string;
  caFile: string;
  /** the notary trust dir (-d); for a docker-made repo: $DOCKER_CONFIG/trust */
  trustDir: string;
  passphrases?: NotaryPassphrases;
  /** token-auth credentials, sent as NOTARY_AUTH=base64(user:password) */
  auth?: { user: string; password: string };
}

/** One row of `notary list`. */
export interface NotaryTarget {
  name: string;
  /** hex sha256, no `sha256:` prefix */
  digest: string;
  size: number;
  role: string;
}

/** One row of `notary delegation list`. */
export interface NotaryDelegation {
  role: string;
  /** as printed: `""` (all paths) or the path prefixes */
  paths: string[];
  keyIDs: string[];
  threshold: number;
}

/** Default passphrases for tests (>= 8 chars, which notary requires). */
export const TEST_PASSPHRASES: Required<NotaryPassphrases> = {
  root: 'e2e-root-passphrase',
  targets: 'e2e-targets-passphrase',
  snapshot: 'e2e-snapshot-passphrase',
  delegation: 'e2e-delegation-passphrase',
};

/**
 * The real `notary` CLI (0.7), pointed at one server and one trust dir:
 * `notary -s <url> -d <trustdir> --tlscacert <ca> ...`. Stdin is empty, so a
 * missing passphrase fails instead of prompting.
 */
export class NotaryCli {
  constructor(readonly options: NotaryCliOptions) {}

  /** For the plain sandbox server, or the token-auth one with the test credentials. */
  static forSandbox(
    sandbox: SandboxConfig,
    trustDir: string,
    extra: { passphrases?: NotaryPassphrases; tokenAuth?: boolean } = {}
  ): NotaryCli {
    return new NotaryCli({
      serverUrl: extra.tokenAuth
        ? sandbox.tokenNotaryServerUrl
        : sandbox.notaryServerUrl,
      caFile: sandbox.notaryCaFile,
      trustDir,
      passphrases: extra.passphrases ?? TEST_PASSPHRASES,
      auth: extra.tokenAuth
        ? { user: sandbox.tokenUser, password: sandbox.tokenPassword }
        : undefined,
    });
  }

  /** Environment for the child: no inherited NOTARY_/DOCKER_ variables. */
  env(): NodeJS.ProcessEnv {
    const env = cleanEnv();
    const p = this.options.passphrases ?? {};
    if (p.root) env.NOTARY_ROOT_PASSPHRASE = p.root;
    if (p.targets) env.NOTARY_TARGETS_PASSPHRASE = p.targets;
    if (p.snapshot) env.NOTARY_SNAPSHOT_PASSPHRASE = p.snapshot;
    if (p.delegation) env.NOTARY_DELEGATION_PASSPHRASE = p.delegation;
    const auth = this.options.auth;
    if (auth) {
      env.NOTARY_AUTH = Buffer.from(`${auth.user}:${auth.password}`).toString(
        'base64'
      );
    }
    return env;
  }

  /** Run `notary <global flags> ...args`; resolves whatever the exit code. */
  run(args: readonly string[]): Promise<CommandResult> {
    const { serverUrl, trustDir, caFile } = this.options;
    return runCommand(
      'notary',
      ['-s', serverUrl, '-d', trustDir, '--tlscacert', caFile, ...args],
      { env: this.env() }
    );
  }

  /** Like run(), but throws a CommandError (with the output) on failure. */
  async ok(args: readonly string[]): Promise<CommandResult> {
    return assertOk(await this.run(args));
  }

  /** `notary init GUN -p`: new root (reused if one is in the trust dir), targets, snapshot keys. */
  init(
    gun: string,
    options: { publish?: boolean } = {}
  ): Promise<CommandResult> {
    return this.ok(['init', gun, ...(options.publish === false ? [] : ['-p'])]);
  }

  /** `notary key rotate GUN snapshot -r`: let the server hold the snapshot key (as docker does). */
  rotateSnapshotToServer(gun: string): Promise<CommandResult> {
    return this.ok(['key', 'rotate', gun, 'snapshot', '-r']);
  }

  /** `notary key generate ecdsa --role ROLE -o PREFIX`: writes PREFIX.pem and PREFIX-key.pem. */
  keyGenerate(role: string, outPrefix: string): Promise<CommandResult> {
    return this.ok([
      'key',
      'generate',
      'ecdsa',
      '--role',
      role,
      '-o',
      outPrefix,
    ]);
  }

  /**
   * `notary delegation add GUN ROLE <pem>... (--all-paths | --paths P...) [-p]`.
   * Each pem is an X.509 cert or a bare PUBLIC KEY.
   */
  delegationAdd(
    gun: string,
    role: string,
    pemFiles: readonly string[],
    options: { paths?: readonly string[]; publish?: boolean } = {}
  ): Promise<CommandResult> {
    const paths = options.paths
      ? options.paths.flatMap((p) => ['--paths', p])
      : ['--all-paths'];
    return this.ok([
      'delegation',
      'add',
      gun,
      role,
      ...pemFiles,
      ...paths,
      ...(options.publish ? ['-p'] : []),
    ]);
  }

  /** `notary addhash GUN TAG SIZE --sha256 HEX --roles R...`, staged until publish(). */
  addHash(
    gun: string,
    tag: string,
    size: number,
    sha256Hex: string,
    roles: readonly string[] = []
  ): Promise<CommandResult> {
    const hex = sha256Hex.replace(/^sha256:/, '');
    return this.ok([
      'addhash',
      gun,
      tag,
      String(size),
      '--sha256',
      hex,
      ...roles.flatMap((r) => ['--roles', r]),
    ]);
  }

  /** `notary publish GUN`. */
  publish(gun: string): Promise<CommandResult> {
    return this.ok(['publish', gun]);
  }

  /** `notary list GUN [--roles R...]`, parsed. An empty repo gives []. */
  async list(
    gun: string,
    options: { roles?: readonly string[] } = {}
  ): Promise<NotaryTarget[]> {
    const roles = (options.roles ?? []).flatMap((r) => ['--roles', r]);
    const { stdout } = await this.ok(['list', gun, ...roles]);
    return parseTable(stdout).map((row) => ({
      name: row.NAME?.[0] ?? '',
      digest: row.DIGEST?.[0] ?? '',
      size: Number(row['SIZE (BYTES)']?.[0]),
      role: row.ROLE?.[0] ?? '',
    }));
  }

  /** `notary lookup GUN TAG`: prints `TAG sha256:HEX SIZE`. */
  async lookup(
    gun: string,
    tag: string
  ): Promise<{ name: string; digest: string; size: number }> {
    const { stdout } = await this.ok(['lookup', gun, tag]);
    const m = /^(\S+) sha256:([0-9a-f]{64}) (\d+)$/m.exec(stdout);
    if (!m) throw new Error(`unexpected notary lookup output: ${stdout}`);
    return { name: m[1], digest: m[2], size: Number(m[3]) };
  }

  /** `notary delegation list GUN`, parsed. */
  async delegationList(gun: string): Promise<NotaryDelegation[]> {
    const { stdout } = await this.ok(['delegation', 'list', gun]);
    return parseTable(stdout).map((row) => ({
      role: row.ROLE?.[0] ?? '',
      // `"" <all paths>` is how notary prints the empty (match-all) prefix
      paths: (row.PATHS ?? []).flatMap((p) => p.split(/,\s*/)),
      keyIDs: row['KEY IDS'] ?? [],
      threshold: Number(row.THRESHOLD?.[0]),
    }));
  }
}
