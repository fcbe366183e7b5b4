import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// What `npm pack` / `npm publish` ship is decided by package.json alone: these
// pin the promises of the README's install section (issue #15).

interface Manifest {
  name: string;
  private?: boolean;
  type: string;
  engines: { node: string };
  bin: Record<string, string>;
  files: string[];
  repository: { type: string; url: string };
  publishConfig: { access: string; provenance: boolean };
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  bundleDependencies?: unknown;
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as Manifest;

describe('package.json (the npm tarball)', () => {
  it('declares no runtime dependency, so installing the tarball fetches nothing', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.optionalDependencies ?? {}).toEqual({});
    expect(pkg.peerDependencies ?? {}).toEqual({});
    expect(pkg.bundleDependencies).toBeUndefined();
    // the Action's bundle is built from them: they stay installed by `npm ci`
    expect(Object.keys(pkg.devDependencies)).toEqual(
      expect.arrayContaining(['@actions/core', '@actions/cache'])
    );
  });

  it('ships only the bundled CLI (npm adds package.json, README and LICENSE)', () => {
    expect(pkg.files).toEqual(['dist/cli/']);
    expect(pkg.bin).toEqual({ 'dct-sign': 'dist/cli/index.js' });
    expect(readFileSync(pkg.bin['dct-sign'], 'utf8')).toMatch(
      /^#!\/usr\/bin\/env node\n/
    );
  });

  it('is ready to publish with provenance, never by accident without it', () => {
    expect(pkg.private).toBeUndefined();
    expect(pkg.name).toBe('dct-sign');
    expect(pkg.engines.node).toBe('>=20.19');
    expect(pkg.repository.url).toMatch(
      /^git\+https:\/\/github\.com\/[^/]+\/dct-sign\.git$/
    );
    expect(pkg.publishConfig).toEqual({ access: 'public', provenance: true });
    // no lifecycle script may rebuild what is packed: dist/ is the tested bundle
    for (const s of ['prepare', 'prepack', 'prepublishOnly', 'postinstall'])
      expect(pkg.scripts[s], s).toBeUndefined();
  });
});
