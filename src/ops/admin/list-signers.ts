import { canonicalKeyID } from '../../keys/index.js';
import type { TrustedRepository } from '../../tuf/index.js';
import { RELEASES_ROLE } from './types.js';

/** One delegation of targets, as `dct-sign signer list` shows it. */
export interface SignerReport {
  /** Signer name (`ci`), or `releases` for targets/releases. */
  name: string;
  role: string;
  threshold: number;
  paths: string[];
  /** Canonical key IDs (as docker trust inspect shows signers). */
  keys: string[];
  /** Whether the role's file is published and verified. */
  published: boolean;
  /** Tags the role signs (within its paths), sorted; empty when unpublished. */
  tags: string[];
  /** The role's own expiry, when published. */
  expires?: string;
}

/** The signers of a verified repository: every direct delegation of targets, releases first. */
export interface SignersReport {
  schema: 'dct-sign/signers/v1';
  gun: string;
  signers: SignerReport[];
  warnings: string[];
}

/** Lists targets' delegations with their keys, thresholds and what they sign. */
export function listSigners(repo: TrustedRepository): SignersReport {
  const targets = repo.targets.metadata.signed;
  const tags = repo.signedTags();
  const signers = targets.delegationRoles.map((r): SignerReport => {
    const trusted = repo.role(r.name);
    return {
      name: r.name.slice('targets/'.length),
      role: r.name,
      threshold: r.threshold,
      paths: [...r.paths],
      keys: r.keyIDs.map((id) =>
        canonicalKeyID(targets.delegationKeys.get(id)!)
      ),
      published: trusted !== undefined,
      tags: tags.get(r.name) ?? [],
      expires: trusted?.metadata.signed.expires,
    };
  });
  signers.sort((a, b) =>
    a.role === RELEASES_ROLE
      ? -1
      : b.role === RELEASES_ROLE
        ? 1
        : a.name < b.name
          ? -1
          : 1
  );
  return {
    schema: 'dct-sign/signers/v1',
    gun: repo.gun,
    signers,
    warnings: repo.warnings.map((w) => `${w.role}: ${w.message}`),
  };
}

/** A table like `notary delegation list`, plus tags and publication state. */
export function formatSigners(report: SignersReport): string {
  if (report.signers.length === 0)
    return `${report.gun} has no signers (no delegations of targets)`;
  const lines = [`signers of ${report.gun}:`];
  for (const s of report.signers) {
    lines.push(
      `  ${s.name.padEnd(14)} threshold ${s.threshold}  paths ${s.paths.map((p) => JSON.stringify(p)).join(',') || '(none)'}  ${s.published ? `${s.tags.length} tag(s), expires ${s.expires}` : 'not published'}`
    );
    for (const k of s.keys) lines.push(`    key ${k}`);
  }
  for (const w of report.warnings) lines.push(`warning: ${w}`);
  return lines.join('\n');
}
