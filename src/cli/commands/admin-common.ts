import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import {
  findTrustDirKey,
  passphraseFor,
  findTrustDirKeysByRole,
  writeTrustDirKey,
} from '../../host/index.js';
import {
  BadPassphraseError,
  generateKey,
  loadPrivateKey,
  parsePublicKeyPem,
  type PrivateKeySigner,
} from '../../keys/index.js';
import {
  applyToBundle,
  changeSigner,
  encodeBundle,
  parseBundle,
  type ChangeResult,
  type KeyRing,
  type SignerChange,
} from '../../ops/admin/index.js';
import { parseImageReference } from '../../registry/index.js';
import { TRUST_FLAGS, connect, rootTrust, trustDirOf } from '../connect.js';

export { trustDirOf };
import { paint } from '../style.js';
import type { Logger } from '../../ops/index.js';
import type { Key } from '../../tuf/index.js';
import type { CliIO } from '../io.js';
import { resolvePassphrase } from '../passphrase.js';

// Shared glue of the key-holder commands (signer *, key *, fetch, publish):
// where keys live, how passphrases are asked for, how a change is printed.

/** notary refuses passphrases shorter than this for new keys ([N] passphrase/passphrase.go). */
export const MIN_PASSPHRASE = 8;

type Values = Record<string, string | boolean | undefined>;

/** --trust-dir, else docker's `$DOCKER_CONFIG/trust`. */

/** A repeatable string flag (`--key A --key B`). */
export function stringList(values: Values, name: string): string[] {
  const v = (values as Record<string, unknown>)[name];
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : [v]).filter(
    (x): x is string => typeof x === 'string'
  );
}

/** A passphrase for a new key: env or a confirmed prompt, at least 8 characters. */
export async function newPassphrase(
  io: CliIO,
  role: string,
  what: string
): Promise<string> {
  const value = await resolvePassphrase(io, role, what, { confirm: true });
  if (value.length < MIN_PASSPHRASE) {
    throw new UsageError(
      `the passphrase for ${what} must have at least ${MIN_PASSPHRASE} characters, as notary requires`
    );
  }
  return value;
}

/** Reads public key files (PUBLIC KEY or CERTIFICATE PEM) as docker's signer add does. */
export function readPublicKeys(
  io: CliIO,
  files: string[],
  flag = '--key'
): Key[] {
  if (files.length === 0)
    throw new UsageError(
      `give at least one ${flag} PUB.pem (made by dct-sign key generate or docker trust key generate)`
    );
  return files.map((f) => {
    let text: string;
    try {
      text = Buffer.from(io.readFile(resolve(io.cwd, f))).toString('utf8');
    } catch {
      throw new UsageError(`${flag} ${f}: cannot read the file`);
    }
    try {
      return parsePublicKeyPem(text, { at: new Date() });
    } catch (err) {
      throw new UsageError(`${flag} ${f}: ${(err as Error).message}`, {
        cause: err,
      });
    }
  });
}

/** Loads a private key file, asking for its passphrase only when it is encrypted. */
export async function loadKeyFile(
  io: CliIO,
  path: string,
  role: string,
  what: string
): Promise<PrivateKeySigner> {
  const text = Buffer.from(io.readFile(path)).toString('utf8');
  const headerRole = /^role:\s*(\S+)/m.exec(text)?.[1] ?? role;
  const encrypted = /ENCRYPTED|Proc-Type: 4,ENCRYPTED/.test(text);
  const passphrase = encrypted
    ? await resolvePassphrase(io, headerRole, what)
    : undefined;
  try {
    return (await loadPrivateKey(text, passphrase)).signer;
  } catch (err) {
    // Say which variable held the wrong passphrase (never the value): docker uses
    // one repository passphrase for targets and signer keys, notary one per role.
    const source = passphraseFor(headerRole, io.env)?.source;
    if (err instanceof BadPassphraseError && source) {
      throw new BadPassphraseError(
        `${err.message}; the passphrase came from ${source}`,
        { cause: err }
      );
    }
    throw err;
  }
}

/**
 * The KeyRing over a trust dir: keys found by canonical ID (file name), a
 * new repository's root key chosen as docker chooses it (first local root key
 * by sorted ID) or created, new keys written as notary writes them.
 */
export function trustDirKeyRing(
  io: CliIO,
  trustDir: string
): KeyRing & { created: string[] } {
  const created: string[] = [];
  const make = async (
    role: string,
    gun: string | undefined,
    what: string
  ): Promise<PrivateKeySigner> => {
    const passphrase = await newPassphrase(io, role, what);
    const key = generateKey('ecdsa', { role, gun, passphrase });
    created.push(writeTrustDirKey(trustDir, key.keyID, key.privatePem));
    return key.signer;
  };
  return {
    created,
    async signerFor(ids, role) {
      for (const id of ids) {
        const hit = findTrustDirKey([trustDir], id);
        if (!hit) continue;
        const signer = await loadKeyFile(
          io,
          hit.path,
          hit.role ?? role,
          `the ${role} key ${id.slice(0, 12)}`
        );
        if (signer.keyID !== id)
          throw new UsageError(
            `${hit.path} holds key ${signer.keyID.slice(0, 12)}, not ${id.slice(0, 12)} as its name says`
          );
        return signer;
      }
      return undefined;
    },
    async rootSigner() {
      const first = findTrustDirKeysByRole(trustDir, 'root')[0];
      if (first)
        return loadKeyFile(
          io,
          first.path,
          'root',
          `the root key ${first.keyID.slice(0, 12)}`
        );
      return make('root', undefined, 'the new root key');
    },
    createKey(role, gun) {
      return make(role, gun, `the new ${role} key of ${gun}`);
    },
  };
}

/** Progress on stderr, so stdout stays the result (and --json stays parseable). */
export function stderrLogger(io: CliIO): Logger {
  return {
    info: (m) => io.err(m),
    warn: (m) => io.err(`${paint(io, 'yellow', 'warning:')} ${m}`),
    debug: () => undefined,
    group: (_name, fn) => fn(),
  };
}

/** Prints a change's result: the diff, then what happened. */
export function printChange(
  io: CliIO,
  result: ChangeResult,
  options: { json: boolean; dryRun: boolean; staged?: string }
): void {
  if (options.json) {
    io.out(
      JSON.stringify(
        {
          schema: 'dct-sign/change/v1',
          dryRun: options.dryRun,
          ...result,
          staged: options.staged,
        },
        null,
        2
      )
    );
    return;
  }
  const lines = [...result.diff];
  for (const w of result.warnings) lines.push(`warning: ${w}`);
  const roles = result.roles.map((r) => `${r.role} v${r.version}`).join(', ');
  if (options.dryRun)
    lines.push(
      `dry run: nothing uploaded (would ${result.initialised ? 'initialise the repository and ' : ''}publish ${roles})`
    );
  else if (options.staged)
    lines.push(
      `staged ${roles} in ${options.staged}; publish it online with: dct-sign publish ${options.staged}`
    );
  else
    lines.push(
      `${result.initialised ? `initialised ${result.gun}; ` : ''}published ${roles}`
    );
  for (const k of result.createdKeys ?? [])
    lines.push(`new ${k.role} key ${k.keyID} (keep a backup of its file)`);
  io.out(lines.join('\n'));
}

/** Flags every signer change takes. */
export const CHANGE_FLAGS = {
  bundle: { type: 'string' },
  'dry-run': { type: 'boolean' },
  json: { type: 'boolean' },
  ...TRUST_FLAGS,
} as const;

/**
 * Runs a signer change online (connect, verify, publish) or, with --bundle,
 * entirely offline on the bundle file (no connection is ever opened).
 */
export async function executeChange(
  io: CliIO,
  values: Values,
  gun: string,
  change: SignerChange
): Promise<void> {
  const keyring = trustDirKeyRing(io, trustDirOf(io, values));
  const dryRun = values['dry-run'] === true;
  const json = values.json === true;
  const now = new Date();
  if (typeof values.bundle === 'string') {
    const file = resolve(io.cwd, values.bundle);
    const bundle = parseBundle(io.readFile(file));
    if (bundle.gun !== parseImageReference(gun).gun) {
      throw new UsageError(
        `--bundle ${values.bundle} is for ${bundle.gun}, not ${gun}`
      );
    }
    const { bundle: next, result } = await applyToBundle(bundle, change, {
      keyring,
      now,
      dryRun,
      ...rootTrust(io, values, bundle.gun),
    });
    if (!dryRun) writeFileSync(file, encodeBundle(next));
    printChange(io, result, {
      json,
      dryRun,
      staged: dryRun ? undefined : values.bundle,
    });
    return;
  }
  const conn = connect(io, gun, values, 'push,pull');
  try {
    const result = await changeSigner(conn.client, change, {
      keyring,
      now,
      dryRun,
      logger: stderrLogger(io),
      ...rootTrust(io, values, conn.ref.gun),
    });
    printChange(io, result, { json, dryRun });
  } finally {
    conn.close();
  }
}
