import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import {
  decodeBasicAuth,
  dockerConfigDir,
  dockerCredentials,
  extraCAFromEnv,
  proxyFromEnv,
  dockerTrustDir,
  readTrustedRoot,
  writeTrustedRoot,
} from '../host/index.js';
import {
  createNodeTransport,
  withRetries,
  withTokenAuth,
  type Credentials,
  type Transport,
} from '../net/index.js';
import { NotaryClient } from '../notary/index.js';
import {
  defaultTrustServer,
  parseImageReference,
  type ImageReference,
} from '../registry/index.js';
import type { RootTrust } from '../ops/admin/index.js';
import { loadTrustedRepository, parseRootPin } from '../ops/index.js';
import type { TrustedRepository } from '../tuf/index.js';
import type { CliIO } from './io.js';

/** Flags of the root anchors (see rootTrust). */
export const TRUST_FLAGS = {
  'root-key-id': { type: 'string' },
  'trust-dir': { type: 'string' },
} as const;

/** Flags every networked command takes; they mirror the Action's inputs. */
export const SERVER_FLAGS = {
  'trust-server': { type: 'string' },
  'trust-server-ca': { type: 'string' },
  ...TRUST_FLAGS,
} as const;

/** A notary client for one GUN, and how to release its connections. */
export interface Connection {
  client: NotaryClient;
  ref: ImageReference;
  trustServer: string;
  transport: Transport;
  close(): void;
}

/**
 * Where docker would look, in order: --trust-server, DOCKER_CONTENT_TRUST_SERVER,
 * notary.docker.io for Hub or https://<registry host> ([C] cli/trust/trust.go);
 * the CA from --trust-server-ca or $DOCKER_CONFIG/tls/<host:port>/*.crt;
 * credentials from NOTARY_AUTH (base64 user:pass) or docker's config.
 */
export function connect(
  io: CliIO,
  reference: string,
  values: Record<string, string | boolean | undefined>,
  access: 'pull' | 'push,pull'
): Connection {
  const ref = parseImageReference(reference);
  const trustServer = String(
    values['trust-server'] ??
      io.env.DOCKER_CONTENT_TRUST_SERVER ??
      defaultTrustServer(ref.domain)
  ).replace(/\/+$/, '');
  if (!/^https?:\/\//.test(trustServer)) {
    throw new UsageError(
      `--trust-server: "${trustServer}" is not an http(s) URL; pass e.g. https://notary.example.com`
    );
  }
  const transport = withTokenAuth(
    withRetries(
      createNodeTransport({
        ca: trustCA(io, values, trustServer),
        caOrigin: trustServer,
        userAgent: 'dct-sign',
        extraCA: extraCAFromEnv(io.env),
        proxy: proxyFromEnv(io.env),
      })
    ),
    {
      credentials: credentialsFor(io, ref.domain),
      scopes: [`repository:${ref.gun}:${access}`],
    }
  );
  return {
    client: new NotaryClient({
      serverUrl: trustServer,
      gun: ref.gun,
      transport,
    }),
    ref,
    trustServer,
    transport,
    close: () => transport.close?.(),
  };
}

function trustCA(
  io: CliIO,
  values: Record<string, string | boolean | undefined>,
  server: string
): string | undefined {
  const flag = values['trust-server-ca'];
  if (typeof flag === 'string') {
    const file = resolve(io.cwd, flag);
    if (!existsSync(file))
      throw new UsageError(`--trust-server-ca: ${flag} does not exist`);
    return readFileSync(file, 'utf8');
  }
  const dir = join(dockerConfigDir(io.env), 'tls', new URL(server).host);
  if (!existsSync(dir)) return undefined;
  const pems = readdirSync(dir)
    .filter((f) => f.endsWith('.crt'))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  return pems.length > 0 ? pems.join('\n') : undefined;
}

function credentialsFor(io: CliIO, domain: string): Credentials | undefined {
  const auth = io.env.NOTARY_AUTH;
  return (
    (auth ? decodeBasicAuth(auth) : undefined) ??
    dockerCredentials(domain, io.env)
  );
}

/**
 * The root anchors of a command on `gun`, as docker and notary keep them: the
 * pin (--root-key-id), the root remembered in the trust dir
 * (`tuf/<GUN>/metadata/root.json`, written by docker, notary or us), and
 * where to remember the next verified root.
 */
export function rootTrust(
  io: CliIO,
  values: Record<string, string | boolean | undefined>,
  gun: string
): RootTrust {
  const dir = trustDirOf(io, values);
  return {
    rootKeyID: rootKeyIDFlag(values),
    trustedRoot: readTrustedRoot(dir, gun),
    remember: (root) => writeTrustedRoot(dir, gun, root),
  };
}

/** --trust-dir, else docker's trust dir. */
export function trustDirOf(
  io: CliIO,
  values: Record<string, string | boolean | undefined>
): string {
  const flag = values['trust-dir'];
  return typeof flag === 'string'
    ? resolve(io.cwd, flag)
    : dockerTrustDir(io.env);
}

/** `--root-key-id`, when given. */
export function rootKeyIDFlag(
  values: Record<string, string | boolean | undefined>
): string | undefined {
  const v = values['root-key-id'];
  return typeof v === 'string' ? parseRootPin(v) : undefined;
}

/**
 * For the read-only commands: connect, fetch and verify the repository as a
 * client does (root pinned by --root-key-id or remembered, see rootTrust),
 * hand it to `use`, then close.
 */
export async function withVerifiedRepository<T>(
  io: CliIO,
  reference: string,
  values: Record<string, string | boolean | undefined>,
  options: { at?: Date; hints?: readonly string[] },
  use: (repo: TrustedRepository) => T
): Promise<T> {
  const conn = connect(io, reference, values, 'pull');
  try {
    const { repo } = await loadTrustedRepository(conn.client, {
      referenceTime: options.at ?? new Date(),
      ...rootTrust(io, values, conn.ref.gun),
      hints: options.hints,
    });
    return use(repo);
  } finally {
    conn.close();
  }
}
