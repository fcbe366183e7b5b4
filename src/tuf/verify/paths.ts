import { PathNotAllowedError } from '../errors.js';

/**
 * True when a delegation with `paths` may sign `target`: a plain string
 * prefix, `""` allows all, no globs ([N] tuf/data/roles.go checkPaths;
 * notary-protocol.md §9.9: `"v1"` also matches `v10`).
 */
export function isPathAllowed(
  target: string,
  paths: readonly string[]
): boolean {
  return paths.some((p) => target.startsWith(p));
}

/**
 * A child's paths cut down to those inside one of its parent's paths
 * ([N] tuf/data/roles.go RestrictDelegationPathPrefixes).
 */
export function restrictPaths(
  parentPaths: readonly string[],
  childPaths: readonly string[]
): string[] {
  return childPaths.filter((p) =>
    parentPaths.some((parent) => p.startsWith(parent))
  );
}

/** Throws PathNotAllowedError when `role` may not sign `target` (a writer's check before signing). */
export function checkTargetPath(
  role: string,
  target: string,
  paths: readonly string[]
): void {
  if (!isPathAllowed(target, paths)) {
    throw new PathNotAllowedError(
      `${role} may not sign ${JSON.stringify(target)}: allowed paths ${JSON.stringify(paths)}`
    );
  }
}
