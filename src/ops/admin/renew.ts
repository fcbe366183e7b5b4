import {
  canonicalKeyID,
  signerForCertificate,
  type PrivateKeySigner,
} from '../../keys/index.js';
import type { NotaryClient } from '../../notary/index.js';
import {
  ExpiredError,
  ROOT_ROLE,
  SignedMetadata,
  formatExpires,
  parentRole,
  parseTime,
  signMetadata,
  type RepositoryFiles,
  type RoleKeys,
  type Root,
  type Targets,
  type TrustedRepository,
} from '../../tuf/index.js';
import { ReadBackError } from '../errors.js';
import { loadTrustedRepository } from '../load-trusted.js';
import type { Logger } from '../types.js';
import { rootExpiry, targetsExpiry } from './expiry.js';
import { readBack, upload } from './signer-change.js';
import type { KeyRing } from './types.js';

const DAY_MS = 24 * 3600 * 1000;

/** Options of {@link renewRoles}. */
export interface RenewOptions {
  keyring: KeyRing;
  now: Date;
  logger: Logger;
  /** Only these roles (default: every role our keys can sign that expires within `withinDays`). */
  roles?: readonly string[];
  /** Renew what expires within this many days (default 90). Ignored for roles named in `roles`. */
  withinDays?: number;
  /** New lifetime (default notary's: root 10 years, others 3 years). */
  lifetimeMs?: number;
  dryRun?: boolean;
  /** Root anchors: pin, remembered root, where to remember the verified one. */
  rootKeyID?: string;
  trustedRoot?: Uint8Array;
  remember?: (root: Uint8Array) => void;
}

/** One role renewed (or that would be, in a dry run). */
export interface RenewedRole {
  role: string;
  version: number;
  newVersion: number;
  expires: string;
  newExpires: string;
  /** Canonical IDs of the keys that signed the new version. */
  signedBy: string[];
}

/** What `dct-sign renew` did. */
export interface RenewResult {
  schema: 'dct-sign/renew/v1';
  gun: string;
  dryRun: boolean;
  renewed: RenewedRole[];
  /** Roles that are due but were not renewed, with the reason (no local key…). */
  skipped: { role: string; expires: string; reason: string }[];
  published: boolean;
}

/** A role that can be renewed: its current content and the keys that must sign it. */
interface Candidate {
  role: string;
  signed: Root | Targets;
  keys: RoleKeys;
}

/**
 * Re-signs roles before they expire: same content, version + 1, a fresh
 * expiry, signed by a threshold of the role's keys held locally. Root keeps
 * its keys, so the new root is signed by the previous root's keys: a valid
 * rotation ([N] trustpinning/certs.go). Everything goes up in ONE upload and
 * is read back. A delegation that has already expired is renewed too (its
 * signatures verified before the expiry check, [N] tuf/builder.go).
 */
export async function renewRoles(
  client: NotaryClient,
  options: RenewOptions
): Promise<RenewResult> {
  const { repo, files } = await loadTrustedRepository(client, {
    referenceTime: options.now,
    rootKeyID: options.rootKeyID,
    trustedRoot: options.trustedRoot,
    remember: options.remember,
  });
  const due = candidates(repo, files).filter((c) => isDue(c, options));
  const unknown = (options.roles ?? []).filter(
    (r) => !due.some((c) => c.role === r)
  );
  const result: RenewResult = {
    schema: 'dct-sign/renew/v1',
    gun: client.gun,
    dryRun: options.dryRun === true,
    renewed: [],
    skipped: unknown.map((role) => ({
      role,
      expires: '',
      reason: 'no such role in the verified repository',
    })),
    published: false,
  };
  const uploads: SignedMetadata[] = [];
  for (const c of due) {
    const signers = await localSigners(c.keys, options.keyring);
    if (!signers) {
      result.skipped.push({
        role: c.role,
        expires: c.signed.expires,
        reason: `no threshold (${c.keys.threshold}) of its keys in the trust dir (${[...c.keys.keys.values()].map((k) => canonicalKeyID(k).slice(0, 12)).join(', ')})`,
      });
      continue;
    }
    const newExpires = new Date(
      options.now.getTime() +
        (options.lifetimeMs ?? defaultLifetime(c.role, options.now))
    );
    // Re-signing drops fields notary's Go structs do not know (STYLE §4): the
    // server hashes its own re-serialization, so the upload must be that form.
    const next = renewed(c.signed, newExpires);
    uploads.push(await signMetadata(next, signers));
    result.renewed.push({
      role: c.role,
      version: c.signed.version,
      newVersion: next.version,
      expires: c.signed.expires,
      newExpires: formatExpires(newExpires),
      signedBy: signers.map((s) => canonicalKeyID(s.publicKey)),
    });
  }
  if (options.dryRun || uploads.length === 0) return result;
  await upload(client, uploads);
  // readBack compares targets-type roles; the root is compared here.
  const served = await readBack(
    client,
    uploads.filter((u) => u.role !== ROOT_ROLE),
    options
  );
  const root = uploads.find((u) => u.role === ROOT_ROLE);
  if (
    root &&
    Buffer.compare(Buffer.from(served.root.bytes), Buffer.from(root.bytes)) !==
      0
  )
    throw new ReadBackError(
      `${client.gun}: the server accepted the upload but serves another root; check the trust server's storage and run the command again`
    );
  options.logger.info(
    `renewed ${result.renewed.map((r) => `${r.role} v${r.newVersion}`).join(', ')} of ${client.gun}`
  );
  return { ...result, published: true };
}

function renewed(signed: Root | Targets, expires: Date): Root | Targets {
  if (signed.role === ROOT_ROLE) {
    const root = signed as Root;
    return root.with({
      version: root.version + 1,
      expires: formatExpires(expires),
    });
  }
  const targets = signed as Targets;
  return targets.withVersion(targets.version + 1).withExpires(expires);
}

function defaultLifetime(role: string, now: Date): number {
  return (
    (role === ROOT_ROLE ? rootExpiry(now) : targetsExpiry(now)).getTime() -
    now.getTime()
  );
}

function isDue(c: Candidate, options: RenewOptions): boolean {
  if (options.roles) return options.roles.includes(c.role);
  const within = (options.withinDays ?? 90) * DAY_MS;
  return parseTime(c.signed.expires).getTime() - options.now.getTime() < within;
}

/** root, targets and every delegation that verified, or whose only fault is expiry. */
function candidates(
  repo: TrustedRepository,
  files: RepositoryFiles
): Candidate[] {
  const root = repo.root.signed;
  const out: Candidate[] = [
    { role: ROOT_ROLE, signed: root, keys: root.roleKeys(ROOT_ROLE) },
  ];
  for (const [role, trusted] of repo.roles) {
    out.push({ role, signed: trusted.metadata.signed, keys: trusted.keys });
  }
  for (const w of repo.warnings) {
    const bytes = files.delegations?.get(w.role);
    if (!(w.cause instanceof ExpiredError) || !bytes || repo.roles.has(w.role))
      continue;
    const parentName = parentRole(w.role);
    const parent = parentName ? repo.role(parentName) : undefined;
    if (!parent) continue;
    out.push({
      role: w.role,
      signed: SignedMetadata.parse(bytes, 'targets', w.role).signed,
      keys: parent.metadata.signed.roleKeys(w.role),
    });
  }
  return out;
}

/**
 * A threshold of the role's keys from the key ring, looked up by canonical ID
 * as notary does; x509 root keys sign under their certificate's ID.
 */
export async function localSigners(
  keys: RoleKeys,
  keyring: KeyRing
): Promise<PrivateKeySigner[] | undefined> {
  const signers: PrivateKeySigner[] = [];
  for (const key of keys.keys.values()) {
    const signer = await keyring.signerFor([canonicalKeyID(key)], keys.role);
    if (!signer) continue;
    signers.push(
      key.keyType.endsWith('-x509') ? signerForCertificate(signer, key) : signer
    );
    if (signers.length >= keys.threshold) return signers;
  }
  return undefined;
}
