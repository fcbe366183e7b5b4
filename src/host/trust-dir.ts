import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { UsageError } from '../errors.js';
import { dockerConfigDir } from './docker-config.js';

/** One private key file in a trust dir, described by its name and PEM headers (never decrypted here). */
export interface TrustDirKey {
  /** Canonical key ID: the file name ([N] trustmanager/keystore.go). */
  keyID: string;
  /** `role` header (`root`, `targets`, a signer name…), if any. */
  role?: string;
  /** `gun` header (targets/snapshot/timestamp keys only), if any. */
  gun?: string;
  /** Absolute path of the file. */
  path: string;
  /** Which trust dir it was found in. */
  trustDir: string;
}

/** docker's trust dir: `$DOCKER_CONFIG/trust`, else `~/.docker/trust`. */
export function dockerTrustDir(
  env: Record<string, string | undefined>
): string {
  return join(dockerConfigDir(env), 'trust');
}

/** notary's default trust dir, `~/.notary` ([N] cmd/notary/main.go). */
export function notaryTrustDir(): string {
  return join(homedir(), '.notary');
}

const KEY_ID = /^[0-9a-f]{64}$/;

/**
 * Lists `private/**\/*.key` as notary does: symlinks ignored, key ID = file
 * name, role and GUN from the PEM headers. Old layouts (`<id>_<role>.key`
 * under root_keys/ or tuf_keys/<gun>/) are read with the role from the name.
 */
export function listTrustDirKeys(trustDir: string): TrustDirKey[] {
  const base = join(trustDir, 'private');
  if (!existsSync(base)) return [];
  const out: TrustDirKey[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir).sort()) {
      const full = join(dir, entry);
      const stat = lstatSync(full);
      if (stat.isSymbolicLink()) continue;
      if (stat.isDirectory()) walk(full);
      else if (entry.endsWith('.key')) {
        const key = describeKeyFile(full, trustDir, relative(base, full));
        if (key) out.push(key);
      }
    }
  };
  walk(base);
  return out.sort((a, b) =>
    a.keyID < b.keyID ? -1 : a.keyID > b.keyID ? 1 : 0
  );
}

function describeKeyFile(
  path: string,
  trustDir: string,
  rel: string
): TrustDirKey | undefined {
  const name = basename(path, '.key');
  const [id, legacyRole] = name.split('_', 2) as [string, string | undefined];
  if (!KEY_ID.test(id)) return undefined;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  const header = (h: string) =>
    new RegExp(`^${h}:\\s*(\\S+)\\s*$`, 'm').exec(text)?.[1];
  const legacyGun = rel.startsWith('tuf_keys/')
    ? rel.split('/').slice(1, -1).join('/')
    : undefined;
  return {
    keyID: id,
    role: header('role') ?? legacyRole,
    gun: header('gun') ?? (legacyGun || undefined),
    path,
    trustDir,
  };
}

/** The key file for a canonical key ID in any of `trustDirs`, first match. */
export function findTrustDirKey(
  trustDirs: readonly string[],
  keyID: string
): TrustDirKey | undefined {
  for (const dir of trustDirs) {
    const hit = listTrustDirKeys(dir).find((k) => k.keyID === keyID);
    if (hit) return hit;
  }
  return undefined;
}

/** Keys with this role (and GUN, when given), sorted by key ID as docker sorts root keys. */
export function findTrustDirKeysByRole(
  trustDir: string,
  role: string,
  gun?: string
): TrustDirKey[] {
  return listTrustDirKeys(trustDir).filter(
    (k) => k.role === role && (gun === undefined || k.gun === gun)
  );
}

/**
 * Writes `private/<keyID>.key` (0600) in a 0700 directory, as notary's file
 * store does. Refuses to overwrite an existing key file.
 */
export function writeTrustDirKey(
  trustDir: string,
  keyID: string,
  pem: string
): string {
  if (!KEY_ID.test(keyID))
    throw new UsageError(`"${keyID}" is not a canonical key ID`);
  const dir = join(trustDir, 'private');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const path = join(dir, `${keyID}.key`);
  if (existsSync(path)) {
    throw new UsageError(
      `key ${keyID.slice(0, 12)} is already in ${dir}; nothing written`
    );
  }
  writeFileSync(path, pem, { mode: 0o600, flag: 'wx' });
  return path;
}
