import { canonicalKeyID } from '../../keys/index.js';
import type { DelegatedRole, Targets } from '../../tuf/index.js';

/**
 * A readable diff of the delegations in targets.json, one line per change:
 * `+ targets/ci  threshold 1  paths ""  keys 1a2b3c4d5e6f`, `- targets/old`,
 * `~ targets/releases  keys +1a2b3c… -9f8e7d…`. Keys by short canonical ID,
 * as docker shows signer keys.
 */
export function diffDelegations(
  before: Targets | undefined,
  after: Targets
): string[] {
  const lines: string[] = [];
  const id = (t: Targets, keyID: string): string => {
    const key = t.delegationKeys.get(keyID);
    return (key ? canonicalKeyID(key) : keyID).slice(0, 12);
  };
  const describe = (t: Targets, r: DelegatedRole): string =>
    `${r.name}  threshold ${r.threshold}  paths ${formatPaths(r.paths)}  keys ${r.keyIDs.map((k) => id(t, k)).join(', ') || '(none)'}`;
  const names = new Set([
    ...(before?.delegationRoles ?? []).map((r) => r.name),
    ...after.delegationRoles.map((r) => r.name),
  ]);
  for (const name of [...names].sort()) {
    const a = before?.delegation(name);
    const b = after.delegation(name);
    if (!a && b) lines.push(`+ ${describe(after, b)}`);
    else if (a && !b) lines.push(`- ${describe(before!, a)}`);
    else if (a && b) {
      const parts: string[] = [];
      if (a.threshold !== b.threshold)
        parts.push(`threshold ${a.threshold} -> ${b.threshold}`);
      if (formatPaths(a.paths) !== formatPaths(b.paths)) {
        parts.push(`paths ${formatPaths(a.paths)} -> ${formatPaths(b.paths)}`);
      }
      const added = b.keyIDs
        .filter((k) => !a.keyIDs.includes(k))
        .map((k) => `+${id(after, k)}`);
      const removed = a.keyIDs
        .filter((k) => !b.keyIDs.includes(k))
        .map((k) => `-${id(before!, k)}`);
      if (added.length + removed.length > 0)
        parts.push(`keys ${[...added, ...removed].join(' ')}`);
      if (parts.length > 0) lines.push(`~ ${name}  ${parts.join('  ')}`);
    }
  }
  return lines;
}

/**
 * Everything a signature on `after` vouches for, not only what changed: one
 * `= ` line per delegation it will list, with every key. A key holder signing
 * a targets.json that a hostile server extended (an extra delegation, an
 * extra key) sees it here before the key is used.
 */
export function describeSigned(after: Targets, version: number): string[] {
  const id = (keyID: string): string => {
    const key = after.delegationKeys.get(keyID);
    return (key ? canonicalKeyID(key) : keyID).slice(0, 12);
  };
  const roles = [...after.delegationRoles].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0
  );
  return [
    `= signing targets v${version}: ${roles.length} delegation(s), ${after.targets.size} tag(s) of its own`,
    ...roles.map(
      (r) =>
        `=   ${r.name}  threshold ${r.threshold}  paths ${formatPaths(r.paths)}  keys ${r.keyIDs.map(id).join(', ') || '(none)'}`
    ),
  ];
}

function formatPaths(paths: readonly string[]): string {
  return paths.length === 0
    ? '(none)'
    : paths.map((p) => JSON.stringify(p)).join(',');
}
