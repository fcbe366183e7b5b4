/** Top-level role names ([N] tuf/data/roles.go BaseRoles). */
export const ROOT_ROLE = 'root';
/** The top-level targets role; every delegation name starts with `targets/`. */
export const TARGETS_ROLE = 'targets';
/** The snapshot role (server-managed on docker repositories). */
export const SNAPSHOT_ROLE = 'snapshot';
/** The timestamp role (always server-managed). */
export const TIMESTAMP_ROLE = 'timestamp';
/** The four roles every root must define, in notary's order. */
export const BASE_ROLES = [
  ROOT_ROLE,
  TARGETS_ROLE,
  SNAPSHOT_ROLE,
  TIMESTAMP_ROLE,
] as const;

/** One of the four top-level role names. */
export type BaseRoleName = (typeof BASE_ROLES)[number];

// [N] tuf/data/roles.go delegationRegexp.
const DELEGATION_CHARS = /^[-a-z0-9_/]+$/;

/** True for `root`, `targets`, `snapshot` or `timestamp`. */
export function isBaseRole(name: string): name is BaseRoleName {
  return (BASE_ROLES as readonly string[]).includes(name);
}

/**
 * notary's IsDelegation ([N] tuf/data/roles.go): `targets/` + `[-a-z0-9_/]`,
 * shorter than 256 bytes (a DB column limit), and unchanged by path.Clean (no
 * `//`, no trailing `/`; `.` cannot occur given the character set).
 */
export function isDelegationName(name: string): boolean {
  return (
    name.startsWith(TARGETS_ROLE + '/') &&
    DELEGATION_CHARS.test(name) &&
    name.length < 256 &&
    !name.endsWith('/') &&
    !name.includes('//')
  );
}

/** notary's ValidRole: a base role or a valid delegation name. */
export function isValidRoleName(name: string): boolean {
  return isBaseRole(name) || isDelegationName(name);
}

/**
 * The parent of a delegation (`path.Dir`: `targets/a/b` → `targets/a`,
 * `targets/a` → `targets`); undefined for a base role or an invalid name.
 */
export function parentRole(name: string): string | undefined {
  if (!isDelegationName(name)) return undefined;
  return name.slice(0, name.lastIndexOf('/'));
}

/** True when `child` is a valid delegation directly under `parent` ([N] DelegationRole.IsParentOf). */
export function isDirectChild(parent: string, child: string): boolean {
  return parentRole(child) === parent;
}
