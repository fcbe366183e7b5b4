import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  changelogSection,
  verifyFooter,
} from '../../../scripts/release-notes.mjs';

const changelog = [
  '# Changelog',
  '',
  '## 1.2.0 (2027-01-05)',
  '',
  '- new thing',
  '',
  '## 1.1.10 (2026-12-01)',
  '',
  '- old thing',
  '',
  '## 1.1.1 (2026-11-01)',
  '',
  '- older thing',
  '',
].join('\n');

describe('release notes from CHANGELOG.md', () => {
  it("is the version's own section, up to the next one", () => {
    expect(changelogSection(changelog, '1.2.0')).toBe('- new thing');
    expect(changelogSection(changelog, '1.1.10')).toBe('- old thing');
    // 1.1.1 is not a prefix match of 1.1.10, nor a regex wildcard
    expect(changelogSection(changelog, '1.1.1')).toBe('- older thing');
    expect(() => changelogSection(changelog, '1x1x1')).toThrow(/no "## 1x1x1"/);
  });

  it('refuses a missing, empty or undated section', () => {
    expect(() => changelogSection(changelog, '2.0.0')).toThrow(
      'CHANGELOG.md has no "## 2.0.0" section; add one before tagging v2.0.0'
    );
    expect(() =>
      changelogSection('## 0.2.0 (unreleased)\n\n- x\n', '0.2.0')
    ).toThrow(/still marks 0\.2\.0 unreleased; date it/);
    expect(() =>
      changelogSection('## 0.2.0 (2027-01-01)\n\n', '0.2.0')
    ).toThrow(/section is empty/);
  });

  it("finds this repository's current version in CHANGELOG.md", () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as {
      version: string;
    };
    const text = readFileSync('CHANGELOG.md', 'utf8');
    // dated at release time; until then the workflow refuses to release it
    expect(text).toMatch(
      new RegExp(`^## ${version.replace(/\./g, '\\.')} `, 'm')
    );
  });

  it('says how to verify and rebuild the artifacts', () => {
    const footer = verifyFooter({
      version: '1.2.0',
      repo: 'acme/dct-sign',
      node: 'v20.20.2',
      npm: '10.8.2',
    });
    expect(footer).toContain('sha256sum -c SHA256SUMS');
    expect(footer).toContain(
      'gh attestation verify dct-sign-1.2.0-linux-x64 --repo acme/dct-sign'
    );
    expect(footer).toContain('gh attestation verify dct-sign-1.2.0.tgz');
    expect(footer).toContain('Node v20.20.2');
    expect(footer).toContain('npm 10.8.2');
  });
});
