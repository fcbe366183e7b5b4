import { canonicalKeyID, certificateOfKey } from '../keys/index.js';
import {
  ROOT_ROLE,
  SNAPSHOT_ROLE,
  TIMESTAMP_ROLE,
  TARGETS_ROLE,
  type Key,
  type TrustedRepository,
} from '../tuf/index.js';

/** A key as the report shows it: TUF ID, canonical ID (the trust-dir file name), type. */
export interface KeyReport {
  id: string;
  canonicalID: string;
  type: string;
  /** For X.509 root keys: when the certificate stops being valid. */
  certificateExpires?: string;
}

/** One role's line in the report. */
export interface RoleReport {
  name: string;
  version: number;
  expires: string;
  threshold: number;
  keys: KeyReport[];
  /** Delegations only: effective paths. */
  paths?: string[];
  /** Targets-type roles: every tag with its digest and size. */
  tags?: Array<{ tag: string; digest: string | null; size: number }>;
}

/** A tag as docker trust inspect lists it, plus which roles sign it. */
export interface SignedTagReport {
  tag: string;
  digest: string | null;
  size: number;
  /** Every role that holds the tag with this same digest and size. */
  roles: string[];
}

/**
 * The stable `--json` form of `dct-sign inspect` (documented in the README;
 * `schema` changes only with a breaking release).
 */
export interface RepositoryReport {
  schema: 'dct-sign/inspect/v1';
  gun: string;
  verifiedAt: string;
  roles: RoleReport[];
  signedTags: SignedTagReport[];
  unpublishedDelegations: string[];
  warnings: string[];
}

function keyReport(id: string, key: Key): KeyReport {
  const out: KeyReport = {
    id,
    canonicalID: canonicalKeyID(key),
    type: key.keyType,
  };
  if (key.keyType.endsWith('-x509')) {
    try {
      out.certificateExpires = certificateOfKey(key)
        .notAfter.toISOString()
        .replace('.000Z', 'Z');
    } catch {
      // Verification already refuses unreadable root certificates.
    }
  }
  return out;
}

const digestOf = (hex: string | undefined) => (hex ? `sha256:${hex}` : null);

/** Builds the report of a verified repository. */
export function reportRepository(
  repo: TrustedRepository,
  at: Date
): RepositoryReport {
  const root = repo.root.signed;
  const roles: RoleReport[] = [
    ROOT_ROLE,
    TARGETS_ROLE,
    SNAPSHOT_ROLE,
    TIMESTAMP_ROLE,
  ].map((name) => {
    const rk = root.roleKeys(name);
    const meta =
      name === ROOT_ROLE
        ? root
        : name === TARGETS_ROLE
          ? repo.targets.metadata.signed
          : name === SNAPSHOT_ROLE
            ? repo.snapshot.signed
            : repo.timestamp.signed;
    return {
      name,
      version: meta.version,
      expires: meta.expires,
      threshold: rk.threshold,
      keys: [...rk.keys].map(([id, k]) => keyReport(id, k)),
    };
  });
  for (const [name, role] of repo.roles) {
    const signed = role.metadata.signed;
    const entry = roles.find((r) => r.name === name);
    const tags = [...signed.targets].map(([tag, m]) => ({
      tag,
      digest: digestOf(m.sha256Hex),
      size: m.length,
    }));
    if (entry) {
      entry.tags = tags;
      continue;
    }
    roles.push({
      name,
      version: signed.version,
      expires: signed.expires,
      threshold: role.keys.threshold,
      keys: [...role.keys.keys].map(([id, k]) => keyReport(id, k)),
      paths: [...role.paths],
      tags,
    });
  }
  return {
    schema: 'dct-sign/inspect/v1',
    gun: repo.gun,
    verifiedAt: at.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    roles,
    signedTags: signedTags(repo),
    unpublishedDelegations: [...repo.unpublished],
    warnings: repo.warnings.map((w) => `${w.role}: ${w.message}`),
  };
}

/**
 * Tags a docker client would pull: those in `targets/releases` or `targets`
 * ([C] cli/command/trust/inspect.go), each with every role holding the same entry.
 */
function signedTags(repo: TrustedRepository): SignedTagReport[] {
  const names = new Set<string>();
  for (const role of ['targets/releases', TARGETS_ROLE]) {
    for (const t of repo.role(role)?.metadata.signed.targets.keys() ?? [])
      names.add(t);
  }
  return [...names].sort().map((tag) => {
    const [first, ...rest] = repo.findTarget(tag, {
      roles: ['targets/releases', TARGETS_ROLE, ...repo.roles.keys()],
    });
    const same = [first, ...rest].filter(
      (m) => m.sha256Hex === first.sha256Hex && m.length === first.length
    );
    return {
      tag,
      digest: digestOf(first.sha256Hex),
      size: first.length,
      roles: [...new Set(same.map((m) => m.role))],
    };
  });
}

/** The report as text for people: roles, keys, tags. */
export function formatReport(report: RepositoryReport): string {
  const out: string[] = [
    `Repository ${report.gun} (verified at ${report.verifiedAt})`,
    '',
  ];
  out.push('Roles:');
  for (const r of report.roles) {
    const keys = r.keys
      .map((k) =>
        k.canonicalID === k.id
          ? k.id.slice(0, 12)
          : `${k.id.slice(0, 12)} (canonical ${k.canonicalID.slice(0, 12)})`
      )
      .join(', ');
    out.push(
      `  ${r.name.padEnd(20)} v${String(r.version).padEnd(4)} expires ${r.expires}  threshold ${r.threshold}  keys ${keys}${r.paths ? `  paths ${JSON.stringify(r.paths)}` : ''}`
    );
  }
  out.push('', 'Signed tags:');
  if (report.signedTags.length === 0) out.push('  (none)');
  for (const t of report.signedTags)
    out.push(
      `  ${t.tag.padEnd(20)} ${t.digest ?? '(no sha256)'}  ${t.size} bytes  ${t.roles.join(', ')}`
    );
  for (const name of report.unpublishedDelegations)
    out.push(`  note: ${name} is delegated but was never published`);
  for (const w of report.warnings) out.push(`warning: ${w}`);
  return out.join('\n');
}
