import type { TrustedRepository } from '../tuf/index.js';

/**
 * The rollback floors to remember after a run: per role, the maximum of the
 * floor we came with and the version just verified, so a floor never goes
 * down (a role skipped this time keeps its old floor). A remembered
 * delegation that no trusted role delegates to any more was removed by a key
 * holder's signed targets: it is dropped, so the signer can be added again
 * later at version 1.
 */
export function rollbackFloors(
  previous: Readonly<Record<string, number>> | undefined,
  repo: TrustedRepository
): Record<string, number> {
  const seen: Record<string, number> = {
    root: repo.root.signed.version,
    timestamp: repo.timestamp.signed.version,
    snapshot: repo.snapshot.signed.version,
  };
  const delegated = new Set<string>();
  for (const [name, role] of repo.roles) {
    seen[name] = role.metadata.signed.version;
    for (const d of role.metadata.signed.delegationRoles) delegated.add(d.name);
  }
  const out: Record<string, number> = { ...seen };
  for (const [role, version] of Object.entries(previous ?? {})) {
    const kept = !role.startsWith('targets/') || delegated.has(role);
    if (kept) out[role] = Math.max(version, seen[role] ?? 0);
  }
  return out;
}
