import type {
  HistoryEvent,
  HistoryReport,
  KeyChange,
  SignedBy,
} from './types.js';

const short = (id: string) => id.slice(0, 12);

/** `alice (key 1a2b3c4d5e6f)`, the targets key, or a bare key ID. */
export function describeSigners(signers: readonly SignedBy[]): string {
  if (signers.length === 0) return 'nobody';
  return signers
    .map((s) =>
      s.signer ? `${s.signer} (key ${short(s.keyID)})` : `key ${short(s.keyID)}`
    )
    .join(', ');
}

function describeKeys(c: KeyChange): string {
  const parts = [
    ...c.added.map((k) => `+${short(k)}`),
    ...c.removed.map((k) => `-${short(k)}`),
  ];
  if (c.threshold)
    parts.push(`threshold ${c.threshold.from}→${c.threshold.to}`);
  return `${c.role} ${parts.join(' ')}`;
}

/** One event as one sentence (shared by the text and Markdown forms). */
export function describeEvent(e: HistoryEvent): string {
  switch (e.kind) {
    case 'tag-added':
      return `${e.tag} signed as ${e.digest} (${e.size} bytes) in ${e.role} v${e.roleVersion} by ${describeSigners(e.signedBy)}`;
    case 'tag-moved':
      return `${e.tag} moved from ${e.previousDigest} to ${e.digest} (${e.size} bytes) in ${e.role} v${e.roleVersion} by ${describeSigners(e.signedBy)}`;
    case 'tag-removed':
      return `${e.tag} (${e.digest}) removed from ${e.role} v${e.roleVersion} by ${describeSigners(e.signedBy)}`;
    case 'signer-added':
      return `signer ${e.role} added to ${e.parent} v${e.parentVersion} with keys ${e.keys.added.map(short).join(', ')}, by ${describeSigners(e.signedBy)}`;
    case 'signer-removed':
      return `signer ${e.role} removed from ${e.parent} v${e.parentVersion} by ${describeSigners(e.signedBy)}`;
    case 'signer-keys-changed':
      return `signer keys changed in ${e.parent} v${e.parentVersion}: ${describeKeys(e.keys)}, by ${describeSigners(e.signedBy)}`;
    case 'root-changed':
      return e.previousRootVersion === null
        ? `root v${e.rootVersion} trusted (${e.changes.map((c) => `${c.role}: ${c.added.map(short).join(', ')}`).join('; ')})`
        : `root v${e.previousRootVersion} → v${e.rootVersion}${e.changes.length ? `: ${e.changes.map(describeKeys).join('; ')}` : ' (re-signed, same keys)'}`;
    case 'role-invalid':
      return `${e.role} no longer verifies (${e.message ?? 'unknown reason'}); readers skip it`;
    case 'role-valid':
      return `${e.role} verifies again`;
    case 'unverified':
      return `version not verified, ignored: ${e.message}`;
  }
}

function summaryLine(r: HistoryReport): string {
  return `${r.gun}: ${r.events.length} changes in ${r.versionsRead} verified versions (from the ${r.source === 'changefeed' ? 'changefeed' : 'versions on the server'}${r.complete ? '' : '; older versions not read'}; roots back to v${r.oldestTrustedRoot})`;
}

/** Plain text: one line per event, oldest first. */
export function formatHistoryText(r: HistoryReport): string {
  const lines = r.events.map(
    (e) =>
      `${e.time || '(unknown time)'}  ts v${e.timestampVersion}  ${describeEvent(e)}`
  );
  return [...lines, summaryLine(r)].join('\n');
}

const cell = (s: string) =>
  s
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ');

/** Markdown for a job summary or a PR comment. */
export function formatHistoryMarkdown(r: HistoryReport): string {
  const rows = r.events.map(
    (e) =>
      `| ${cell(e.time)} | ${e.timestampVersion} | ${cell(e.kind)} | ${cell(describeEvent(e))} |`
  );
  return [
    `### Signing history of \`${cell(r.gun)}\``,
    '',
    rows.length ? '| time | timestamp | change | details |' : '_No changes._',
    ...(rows.length ? ['| --- | --- | --- | --- |', ...rows] : []),
    '',
    summaryLine(r),
  ].join('\n');
}
