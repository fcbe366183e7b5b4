import type { TrustedRepository } from '../../tuf/index.js';
import { NotSignedError } from './errors.js';
import { RELEASES_ROLE } from './types.js';

/** The digest a docker client (CLI ≤ 28) would pull for a tag. */
export interface VerifiedTag {
  gun: string;
  tag: string;
  /** `sha256:<hex>` */
  digest: string;
  size: number;
  /** `targets/releases` or `targets`. */
  role: string;
}

/**
 * Picks the trusted target for `tag` as docker's `GetTargetByName(tag,
 * "targets/releases", "targets")` does ([C] cli/command/image/trust.go):
 * `targets/releases` first, then `targets`; a hit in any other role is not
 * trusted. Throws NotSignedError when neither role signs the tag.
 */
export function verifyTag(repo: TrustedRepository, tag: string): VerifiedTag {
  const match = repo
    .findTarget(tag, { roles: [RELEASES_ROLE, 'targets'] })
    .find((m) => m.sha256Hex !== undefined);
  if (!match) {
    const skipped = repo.warnings
      .filter((w) => w.role === RELEASES_ROLE)
      .map((w) => w.message);
    throw new NotSignedError(
      `${repo.gun}:${tag} is not signed in ${RELEASES_ROLE} or targets${skipped.length > 0 ? ` (${RELEASES_ROLE} did not verify: ${skipped[0]})` : ''}`
    );
  }
  return {
    gun: repo.gun,
    tag,
    digest: `sha256:${match.sha256Hex}`,
    size: match.length,
    role: match.role,
  };
}
