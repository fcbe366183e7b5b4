// The GitHub release's notes come from CHANGELOG.md: the section of the
// version being released, which must be dated (not "unreleased"), followed
// by how the artifacts were built and how to check them.
//
//   node scripts/release-notes.mjs VERSION [--repo OWNER/NAME] > notes.md
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

/**
 * The body of `## VERSION ...` in a changelog, up to the next `## `.
 * Throws a one-line error when the section is missing, empty or still
 * marked unreleased: a release must not ship without its notes.
 */
export function changelogSection(changelog, version) {
  const lines = changelog.split('\n');
  const literal = version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const heading = new RegExp(`^## ${literal}(\\s|$)`);
  const start = lines.findIndex((l) => heading.test(l));
  if (start < 0)
    throw new Error(
      `CHANGELOG.md has no "## ${version}" section; add one before tagging v${version}`
    );
  if (/unreleased/i.test(lines[start]))
    throw new Error(
      `CHANGELOG.md still marks ${version} unreleased; date it ("## ${version} (YYYY-MM-DD)") before tagging v${version}`
    );
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => l.startsWith('## '));
  const body = (end < 0 ? rest : rest.slice(0, end)).join('\n').trim();
  if (body === '')
    throw new Error(`CHANGELOG.md's ${version} section is empty`);
  return body;
}

/** What a reader needs to check and to rebuild the artifacts. */
export function verifyFooter({ version, repo, node, npm }) {
  return [
    '## Verify and reproduce',
    '',
    '```sh',
    'sha256sum -c SHA256SUMS',
    `gh attestation verify dct-sign-${version}-linux-x64 --repo ${repo}`,
    `gh attestation verify dct-sign-${version}.tgz --repo ${repo}`,
    '```',
    '',
    `Built on linux-x64 with Node ${node} (the runtime inside the binary) and npm ${npm}: ` +
      `\`npm run release:artifacts\` at this tag with the same Node and npm gives the same SHA256SUMS.`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { repo: { type: 'string', default: 'OWNER/dct-sign' } },
  });
  const [version] = positionals;
  try {
    if (!version) throw new Error('usage: release-notes.mjs VERSION');
    const body = changelogSection(
      readFileSync('CHANGELOG.md', 'utf8'),
      version
    );
    const npm = execFileSync('npm', ['--version'], { encoding: 'utf8' }).trim();
    const footer = verifyFooter({
      version,
      repo: values.repo,
      node: process.version,
      npm,
    });
    process.stdout.write(`${body}\n\n${footer}\n`);
  } catch (err) {
    console.error(`release-notes: ${err.message}`);
    process.exit(1);
  }
}
