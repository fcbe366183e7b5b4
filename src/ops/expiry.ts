import { certificateOfKey } from '../keys/index.js';
import { ROOT_ROLE, parseTime, type TrustedRepository } from '../tuf/index.js';

const DAY_MS = 24 * 3600 * 1000;
/** notary re-signs root when fewer than 6 months remain ([N] client/client.go signRootIfNecessary). */
export const ROOT_RENEW_DAYS = 182;

/**
 * Warnings for what only a key holder can renew: root (and its certificate,
 * whose expiry breaks every fresh client, §8.2) within 6 months, `targets`
 * within `warnDays`. Snapshot and timestamp are re-signed by the server, and
 * the roles we sign get a fresh expiry, so they are not reported.
 */
export function expiryWarnings(
  repo: TrustedRepository,
  now: Date,
  warnDays: number
): string[] {
  const out: string[] = [];
  const left = (iso: string) =>
    (parseTime(iso).getTime() - now.getTime()) / DAY_MS;
  const root = repo.root.signed;
  const rootDays = left(root.expires);
  if (rootDays < Math.max(ROOT_RENEW_DAYS, warnDays)) {
    out.push(
      `root of ${repo.gun} expires ${root.expires} (${Math.floor(rootDays)} days); a root key holder must re-sign it (delegates cannot): dct-sign renew ${repo.gun} --role root`
    );
  }
  for (const [id, key] of root.roleKeys(ROOT_ROLE).keys) {
    if (!key.keyType.endsWith('-x509')) continue;
    try {
      const cert = certificateOfKey(key);
      const certDays = (cert.notAfter.getTime() - now.getTime()) / DAY_MS;
      if (certDays < Math.max(ROOT_RENEW_DAYS, warnDays)) {
        out.push(
          `root certificate ${id.slice(0, 12)} of ${repo.gun} expires ${cert.notAfter.toISOString()} (${Math.floor(certDays)} days): after that no fresh client can verify the repository; rotate the root key`
        );
      }
    } catch {
      // An unreadable certificate is already refused by verification.
    }
  }
  const targets = repo.targets.metadata.signed;
  const targetsDays = left(targets.expires);
  if (targetsDays < warnDays) {
    out.push(
      `targets of ${repo.gun} expires ${targets.expires} (${Math.floor(targetsDays)} days); a targets key holder must re-sign it: dct-sign renew ${repo.gun} --role targets`
    );
  }
  return out;
}
