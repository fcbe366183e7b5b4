import { canonicalKeyID } from '../../keys/index.js';
import {
  ROOT_ROLE,
  TARGETS_ROLE,
  isPathAllowed,
  type TrustedRepository,
  type TrustedTargetsRole,
} from '../../tuf/index.js';
import { naturalCompare } from './natural-sort.js';

// docker trust inspect's view of a repository ([C] cli/command/trust/common.go
// lookupTrustInfo, matchReleasedSignatures, getDelegationRoleToKeyMap), built
// from a repository we verified, in the order notary's client walks it.

/** docker's name for a tag signed into targets or targets/releases. */
export const RELEASED_ROLE_NAME = 'Repo Admin';
const RELEASES = 'targets/releases';

/** One released tag: its sha256 in hex and the signers of that same digest. */
export interface SignedTagRow {
  tag: string;
  digest: string;
  /** Other roles (as signer names) holding the same tag and digest, in walk order. */
  signers: string[];
}

/** Everything docker trust inspect prints about one repository. */
export interface TrustInfo {
  rows: SignedTagRow[];
  /** signer name → canonical key IDs, in walk order (releases left out). */
  signers: Map<string, string[]>;
  /** Key IDs as root.json lists them for the root and targets roles. */
  rootKeyIDs: string[];
  repositoryKeyIDs: string[];
}

const isReleased = (role: string) => role === TARGETS_ROLE || role === RELEASES;

/** `targets/ci` → `ci`; the released roles are the repository admin ([C] helpers.go notaryRoleToSigner). */
export function signerName(role: string): string {
  return isReleased(role) ? RELEASED_ROLE_NAME : role.replace(/^targets\//, '');
}

/**
 * Loaded roles breadth first from targets, children in the order their
 * parent lists them: notary's Repo.WalkTargets ([N] tuf/tuf.go).
 */
function walk(repo: TrustedRepository): TrustedTargetsRole[] {
  const out: TrustedTargetsRole[] = [];
  const queue = [TARGETS_ROLE];
  while (queue.length > 0) {
    const role = repo.role(queue.shift()!);
    if (!role) continue;
    out.push(role);
    queue.push(...role.metadata.signed.delegationRoles.map((d) => d.name));
  }
  return out;
}

/** docker's view of `repo`, for one tag or (tag undefined) every tag. */
export function trustInfo(repo: TrustedRepository, tag?: string): TrustInfo {
  const roles = walk(repo);
  const found: { role: string; tag: string; digest: string }[] = [];
  for (const role of roles) {
    // With a tag, notary only walks roles whose paths allow it; with none,
    // it takes every entry of every role.
    if (tag !== undefined && !isPathAllowed(tag, role.paths)) continue;
    for (const [name, meta] of role.metadata.signed.targets) {
      if (tag !== undefined && name !== tag) continue;
      found.push({ role: role.role, tag: name, digest: meta.sha256Hex ?? '' });
    }
  }
  const rows = new Map<string, SignedTagRow>();
  const key = (t: { tag: string; digest: string }) => `${t.tag}\0${t.digest}`;
  for (const t of found.filter((f) => isReleased(f.role)))
    rows.set(key(t), { tag: t.tag, digest: t.digest, signers: [] });
  for (const t of found.filter((f) => !isReleased(f.role)))
    rows.get(key(t))?.signers.push(signerName(t.role));

  const signers = new Map<string, string[]>();
  for (const role of roles) {
    const parent = role.metadata.signed;
    for (const d of parent.delegationRoles) {
      if (d.name === RELEASES) continue;
      signers.set(
        signerName(d.name),
        d.keyIDs.map((id) => {
          const k = parent.delegationKeys.get(id);
          return k ? canonicalKeyID(k) : id;
        })
      );
    }
  }
  const root = repo.root.signed;
  return {
    rows: [...rows.values()].sort((a, b) => naturalCompare(a.tag, b.tag)),
    signers,
    rootKeyIDs: [...root.roleKeys(ROOT_ROLE).keys.keys()],
    repositoryKeyIDs: [...root.roleKeys(TARGETS_ROLE).keys.keys()],
  };
}
