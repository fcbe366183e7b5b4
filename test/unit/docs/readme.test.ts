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
