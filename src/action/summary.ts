import type { SignImagesResult } from '../ops/index.js';

/** The commands a reviewer can run to check what was signed, per GUN. */
export function verifyCommands(results: SignImagesResult[]): string[] {
  const lines: string[] = [];
  for (const r of results) {
    const roles = r.roles.map((u) => u.role).join(' --roles ');
    lines.push(`dct-sign inspect ${r.gun} --trust-server ${r.trustServer}`);
    for (const t of r.targets)
      lines.push(
        `dct-sign verify ${r.gun}:${t.tag} --trust-server ${r.trustServer}`
      );
    lines.push(`notary -s ${r.trustServer} list ${r.gun} --roles ${roles}`);
  }
  return lines;
}

const short = (id: string) => id.slice(0, 12);
const cell = (s: string) => s.replace(/\|/g, '\\|');

/**
 * The job summary, as Markdown: one row per signed tag and role, then the
 * verify commands. Pure so a test can render and check it.
 */
export function renderSummary(
  results: SignImagesResult[],
  dryRun: boolean
): string {
  const out: string[] = [];
  out.push(
    `## Docker Content Trust: ${dryRun ? 'dry run (nothing published)' : 'signed and published'}`,
    ''
  );
  out.push('| GUN | tag | digest | size | role | key ID | version | expires |');
  out.push('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of results) {
    for (const t of r.targets) {
      for (const u of r.roles) {
        out.push(
          `| ${cell(r.gun)} | ${cell(t.tag)} | \`${t.digest}\` | ${t.size} | ${u.role} | \`${short(r.keyID)}\` | ${u.previousVersion} → ${u.version} | ${u.expires} |`
        );
      }
    }
  }
  out.push('');
  for (const r of results) {
    const state = !r.published
      ? 'not uploaded (dry run)'
      : r.verifiedAfterPublish
        ? `verified after upload: snapshot v${r.snapshotVersion}, timestamp v${r.timestampVersion}`
        : 'uploaded, NOT verified after upload';
    out.push(
      `- **${cell(r.gun)}** on ${r.trustServer}: ${state}; root keys ${r.rootKeyIDs.map((k) => `\`${short(k)}\``).join(', ')}${r.attempts > 1 ? `; ${r.attempts} attempts (concurrent updates)` : ''}`
    );
    for (const w of r.warnings) out.push(`  - ⚠️ ${w}`);
  }
  out.push(
    '',
    '### Verify',
    '',
    '```sh',
    ...verifyCommands(results),
    '```',
    ''
  );
  return out.join('\n');
}
