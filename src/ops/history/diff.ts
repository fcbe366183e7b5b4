import { verifySignature } from '../../keys/index.js';
import {
  BASE_ROLES,
  compareUtf8,
  isPathAllowed,
  sha256Hex,
  verifyThreshold,
  type FileMeta,
  type Root,
  type TrustedRepository,
  type TrustedTargetsRole,
} from '../../tuf/index.js';
import { RELEASES_ROLE } from '../admin/types.js';
import type {
  HistoryEvent,
  KeyChange,
  SignedBy,
  SignerEvent,
  TagEvent,
} from './types.js';

/** A delegation as its parent lists it. */
interface DelegationView {
  keyIDs: ReadonlySet<string>;
  threshold: number;
}

/** What a verified targets-type role says, reduced to what the timeline compares. */
interface RoleView {
  version: number;
  hash: string;
  /** Entries a reader would accept (inside the role's paths). */
  targets: ReadonlyMap<string, FileMeta>;
  delegations: ReadonlyMap<string, DelegationView>;
  signedBy: SignedBy[];
}

/** One published version as the timeline sees it. */
export interface VersionView {
  time: string;
  timestampVersion: number;
  root: Root;
  roles: ReadonlyMap<string, RoleView>;
  /** Roles that did not verify in this version (their last good view is kept in `roles`). */
  invalid: ReadonlyMap<string, string>;
}

/**
 * Reduces a verified version to its view. A role that stopped verifying keeps
 * the view of its last good version, so the timeline reports "role invalid"
 * once instead of every one of its tags as removed.
 */
export function viewOf(
  repo: TrustedRepository,
  time: string,
  previous: VersionView | undefined
): VersionView {
  const names = signerNames(repo);
  const roles = new Map<string, RoleView>();
  for (const [name, role] of repo.roles) roles.set(name, roleView(role, names));
  const invalid = new Map<string, string>();
  for (const w of repo.warnings) {
    if (!w.cause || roles.has(w.role)) continue;
    invalid.set(w.role, w.message);
    const last = previous?.roles.get(w.role);
    if (last) roles.set(w.role, last);
  }
  return {
    time,
    timestampVersion: repo.timestamp.signed.version,
    root: repo.root.signed,
    roles,
    invalid,
  };
}

/** Every change from `prev` (undefined: an empty repository) to `next`, in a stable order. */
export function diffViews(
  prev: VersionView | undefined,
  next: VersionView
): HistoryEvent[] {
  const at = { time: next.time, timestampVersion: next.timestampVersion };
  const events: HistoryEvent[] = [];
  if (!prev || prev.root.version !== next.root.version) {
    events.push({
      ...at,
      kind: 'root-changed',
      rootVersion: next.root.version,
      previousRootVersion: prev?.root.version ?? null,
      changes: BASE_ROLES.map((r) =>
        rootKeyChange(r, prev?.root, next.root)
      ).filter((c): c is KeyChange => c !== undefined),
    });
  }
  for (const [role, message] of next.invalid)
    if (!prev?.invalid.has(role))
      events.push({ ...at, kind: 'role-invalid', role, message });
  for (const role of prev?.invalid.keys() ?? [])
    if (!next.invalid.has(role) && next.roles.has(role))
      events.push({ ...at, kind: 'role-valid', role });
  const roleNames = [
    ...new Set([...(prev?.roles.keys() ?? []), ...next.roles.keys()]),
  ];
  for (const role of roleNames) {
    const before = prev?.roles.get(role);
    const after = next.roles.get(role);
    if (before?.hash === after?.hash) continue;
    events.push(...signerEvents(role, before, after, at));
    events.push(...tagEvents(role, before, after, at));
  }
  return events;
}

function rootKeyChange(
  role: string,
  prev: Root | undefined,
  next: Root
): KeyChange | undefined {
  const ids = (root: Root | undefined) => {
    try {
      return root?.roleKeys(role);
    } catch {
      return undefined;
    }
  };
  const a = ids(prev);
  const b = ids(next);
  const before = new Set(a?.keys.keys() ?? []);
  const after = new Set(b?.keys.keys() ?? []);
  const change = keyChange(role, before, after);
  if (a && b && a.threshold !== b.threshold)
    change.threshold = { from: a.threshold, to: b.threshold };
  return change.added.length || change.removed.length || change.threshold
    ? change
    : undefined;
}

function keyChange(
  role: string,
  before: ReadonlySet<string>,
  after: ReadonlySet<string>
): KeyChange {
  return {
    role,
    added: [...after].filter((k) => !before.has(k)).sort(),
    removed: [...before].filter((k) => !after.has(k)).sort(),
  };
}

function signerEvents(
  parent: string,
  before: RoleView | undefined,
  after: RoleView | undefined,
  at: { time: string; timestampVersion: number }
): SignerEvent[] {
  if (!after) return []; // the parent itself went away: its own removal says it
  const out: SignerEvent[] = [];
  const names = [
    ...new Set([
      ...(before?.delegations.keys() ?? []),
      ...after.delegations.keys(),
    ]),
  ].sort(compareUtf8);
  for (const role of names) {
    const a = before?.delegations.get(role);
    const b = after.delegations.get(role);
    const keys = keyChange(
      role,
      a?.keyIDs ?? new Set(),
      b?.keyIDs ?? new Set()
    );
    if (a && b && a.threshold !== b.threshold)
      keys.threshold = { from: a.threshold, to: b.threshold };
    const kind = !a
      ? 'signer-added'
      : !b
        ? 'signer-removed'
        : 'signer-keys-changed';
    if (
      kind === 'signer-keys-changed' &&
      !keys.added.length &&
      !keys.removed.length &&
      !keys.threshold
    )
      continue;
    out.push({
      ...at,
      kind,
      role,
      parent,
      parentVersion: after.version,
      keys,
      signedBy: after.signedBy,
    });
  }
  return out;
}

function tagEvents(
  role: string,
  before: RoleView | undefined,
  after: RoleView | undefined,
  at: { time: string; timestampVersion: number }
): TagEvent[] {
  const out: TagEvent[] = [];
  const tags = [
    ...new Set([
      ...(before?.targets.keys() ?? []),
      ...(after?.targets.keys() ?? []),
    ]),
  ].sort(compareUtf8);
  for (const tag of tags) {
    const a = before?.targets.get(tag);
    const b = after?.targets.get(tag);
    const base = {
      ...at,
      tag,
      role,
      roleVersion: after?.version ?? before!.version,
      signedBy: after?.signedBy ?? [],
    };
    if (!a && b) out.push({ ...base, kind: 'tag-added', ...entry(b) });
    else if (a && !b) out.push({ ...base, kind: 'tag-removed', ...entry(a) });
    else if (a && b && (a.sha256Hex !== b.sha256Hex || a.length !== b.length))
      out.push({
        ...base,
        kind: 'tag-moved',
        ...entry(b),
        previousDigest: entry(a).digest,
      });
  }
  return out;
}

function entry(meta: FileMeta): { digest: string; size: number } {
  return { digest: `sha256:${meta.sha256Hex ?? ''}`, size: meta.length };
}

function roleView(
  role: TrustedTargetsRole,
  names: ReadonlyMap<string, string>
): RoleView {
  const signed = role.metadata.signed;
  const targets = new Map(
    [...signed.targets].filter(([tag]) => isPathAllowed(tag, role.paths))
  );
  const delegations = new Map(
    signed.delegationRoles.map((d) => [
      d.name,
      { keyIDs: new Set(d.keyIDs), threshold: d.threshold },
    ])
  );
  // The keys whose signatures verified (the threshold already held).
  const valid = verifyThreshold(
    role.metadata.signedBytes,
    role.metadata.signatures,
    role.keys,
    verifySignature
  );
  return {
    version: signed.version,
    hash: sha256Hex(role.metadata.bytes),
    targets,
    delegations,
    signedBy: [...valid]
      .sort()
      .map((keyID) => ({ keyID, signer: names.get(keyID) ?? null })),
  };
}

/** Key ID → docker signer name: the `targets/<name>` roles other than releases that list it. */
function signerNames(repo: TrustedRepository): Map<string, string> {
  const out = new Map<string, string>();
  const roles = [...repo.targets.metadata.signed.delegationRoles]
    .filter((d) => d.name !== RELEASES_ROLE)
    .sort((a, b) => compareUtf8(a.name, b.name));
  for (const d of roles)
    for (const id of d.keyIDs)
      if (!out.has(id)) out.set(id, d.name.slice('targets/'.length));
  return out;
}
