import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actionYmlKeys, readActionYml } from '../../helpers/action-yml.js';

const readme = readFileSync('README.md', 'utf8');

/** First-column names of the table under a `### <heading>` of the README. */
function tableNames(heading: string): string[] {
  const start = readme.indexOf(`\n### ${heading}\n`);
  expect(start, `README has a "### ${heading}" section`).toBeGreaterThan(0);
  const section = readme.slice(start + heading.length + 6).split('\n### ')[0];
  return [...section.matchAll(/^\| `([a-z0-9-]+)` +\|/gm)].map((m) => m[1]);
}

describe('README', () => {
  it('documents every input of action.yml, in its order, and no other', () => {
    expect(tableNames('Inputs')).toEqual(actionYmlKeys('inputs'));
  });

  it('documents every output of action.yml, in its order, and no other', () => {
    expect(tableNames('Outputs')).toEqual(actionYmlKeys('outputs'));
  });

  it('says a root-key-id pin is a full 64-hex key ID that must sign the root', () => {
    const row = readme.split('\n').find((l) => l.startsWith('| `root-key-id`'));
    expect(row).toContain('full 64-hex');
    expect(row).toContain('signed by this key');
    const yml = readActionYml().inputs['root-key-id'].description;
    expect(yml).toContain('full 64-hex');
    expect(yml).toContain('signed by this key');
  });

  it('gives the two quick-start commands that .ci/run and the demo use', () => {
    expect(readme).toContain('bash scripts/demo.sh');
    expect(readme).toContain('npm test');
    expect(readFileSync('.ci/run', 'utf8')).toMatch(/^npm test$/m);
  });
});

describe("README's install section", () => {
  const section = readme
    .slice(readme.indexOf('\n## Install\n'))
    .split('\n## ')[1];
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as {
    version: string;
  };

  it('names the artifacts npm run release:artifacts makes, for the current version', () => {
    expect(section).toContain(`npm install -g ./dct-sign-${version}.tgz`);
    expect(section).toContain(`dct-sign-${version}-linux-x64`);
    expect(section).toContain('sha256sum -c --ignore-missing SHA256SUMS');
    expect(section).toContain(
      `gh attestation verify dct-sign-${version}-linux-x64 --repo OWNER/dct-sign`
    );
    expect(readFileSync('scripts/release-artifacts.mjs', 'utf8')).toContain(
      'SHA256SUMS'
    );
  });

  it('shows the Action by major tag, by release and by full commit SHA', () => {
    expect(section).toMatch(/uses: OWNER\/dct-sign@v0 /);
    expect(section).toMatch(/uses: OWNER\/dct-sign@v\d+\.\d+\.\d+ /);
    expect(section).toMatch(/uses: OWNER\/dct-sign@[0-9a-f]{40} /);
    for (const change of ['**patch**', '**minor**', '**major**'])
      expect(section).toContain(change);
  });
});
