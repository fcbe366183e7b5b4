import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.js';

/**
 * Where docker and notary keep the last verified root of a GUN:
 * `<trust dir>/tuf/<GUN>/metadata/root.json` ([N] client/client.go
 * NewFileCachedRepository, storage/filestore.go). The GUN's slashes are path
 * separators, so a GUN with an empty, `.` or `..` segment is refused: it could
 * point the file outside the trust dir (a bundle's GUN is untrusted input).
 */
export function trustedRootPath(trustDir: string, gun: string): string {
  const parts = gun.split('/');
  if (
    parts.some((p) => p === '' || p === '.' || p === '..' || p.includes('\\'))
  )
    throw new UsageError(
      `"${gun}" is not a GUN (e.g. registry.example.com/acme/app)`
    );
  return join(trustDir, 'tuf', ...parts, 'metadata', 'root.json');
}

/** The remembered root of `gun` (exact bytes), if docker, notary or we wrote one. */
export function readTrustedRoot(
  trustDir: string,
  gun: string
): Uint8Array | undefined {
  const path = trustedRootPath(trustDir, gun);
  return existsSync(path) ? new Uint8Array(readFileSync(path)) : undefined;
}

/**
 * Remembers a verified root: written whole (temp file, then rename) in a
 * 0700 directory with mode 0600, as notary's file store does, so a crash never
 * leaves half a root that would lock the GUN out.
 */
export function writeTrustedRoot(
  trustDir: string,
  gun: string,
  bytes: Uint8Array
): void {
  const path = trustedRootPath(trustDir, gun);
  const current = existsSync(path) ? readFileSync(path) : undefined;
  if (current && Buffer.compare(current, Buffer.from(bytes)) === 0) return;
  mkdirSync(join(path, '..'), { recursive: true, mode: 0o700 });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, bytes, { mode: 0o600 });
  renameSync(tmp, path);
}
