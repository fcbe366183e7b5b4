import { bytesToHex, digest, type DigestAlgorithm } from '../digest.js';
import { ExpiredError, HashMismatchError, RollbackError } from '../errors.js';
import { isExpiredAt } from '../go-time.js';
import type { FileMeta } from '../model/file-meta.js';

const ALGORITHMS: readonly DigestAlgorithm[] = ['sha256', 'sha512'];

/**
 * Throws ExpiredError when `expires` lies before `referenceTime`
 * ([N] tuf/signed/verify.go VerifyExpiry; TUF spec 5.4.3 / 5.5.4 / 5.6.4).
 */
export function verifyExpiry(
  role: string,
  expires: string,
  referenceTime: Date
): void {
  if (isExpiredAt(expires, referenceTime)) {
    throw new ExpiredError(`${role} expired at ${expires}`);
  }
}

/**
 * Throws RollbackError when `version` is below the last trusted one; an equal
 * version is allowed ([N] tuf/signed/verify.go VerifyVersion; TUF spec 5.4.2).
 */
export function verifyVersion(
  role: string,
  version: number,
  minVersion: number
): void {
  if (version < minVersion) {
    throw new RollbackError(
      `${role}: expected version ≥ ${minVersion}, got ${version}`
    );
  }
}

/**
 * Checks exact file bytes against the length and hashes another role recorded
 * for them ([N] tuf/data/types.go CheckHashes: every sha256/sha512 present
 * must match and at least one must be present; the length is the download
 * limit in [N] client/tufclient.go, checked here as equality).
 */
export function verifyFileMeta(
  role: string,
  bytes: Uint8Array,
  meta: FileMeta
): void {
  if (bytes.length !== meta.length) {
    throw new HashMismatchError(
      `${role}: expected length ${meta.length}, got ${bytes.length}`
    );
  }
  let checked = 0;
  for (const alg of ALGORITHMS) {
    const expected = meta.hashes.get(alg);
    if (expected === undefined) continue;
    const want = meta.hash(alg);
    const got = bytesToHex(digest(alg, bytes));
    if (!want || bytesToHex(want) !== got) {
      throw new HashMismatchError(
        `${role}: expected ${alg} ${want ? bytesToHex(want) : expected}, got ${got}`
      );
    }
    checked++;
  }
  if (checked === 0)
    throw new HashMismatchError(
      `${role}: no sha256 or sha512 recorded to check against`
    );
}
