import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProxyAgent } from '../../../src/action/undici-not-bundled.js';

// The Action's bundles replace undici with a stub (tsconfig.json "paths").
// That is only safe while nothing we ship reaches undici: this test reads
// every JavaScript file of the production dependency tree and fails when a
// dependency update starts to.

const ROOT = join(import.meta.dirname, '..', '..', '..');

/**
 * The packages the Action bundles: @actions/* and everything they depend on,
 * found as Node resolves them (node_modules of the package, then of each
 * parent). They are devDependencies (the published CLI package needs none of
 * them; issue #15), so `npm ls --omit=dev` no longer lists them.
 */
function productionPackages(): string[] {
  const manifest = (dir: string) =>
    JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    };
  const resolveFrom = (dir: string, name: string): string | undefined => {
    for (let d = dir; d.startsWith(ROOT); d = dirname(d)) {
      const candidate = join(d, 'node_modules', name);
      if (existsSync(join(candidate, 'package.json'))) return candidate;
      if (d === ROOT) break;
    }
    return undefined;
  };
  const roots = Object.keys(manifest(ROOT).devDependencies ?? {}).filter((n) =>
    n.startsWith('@actions/')
  );
  const found = new Set<string>();
  const queue = roots.map((n) => resolveFrom(ROOT, n)!);
  for (let dir = queue.pop(); dir; dir = queue.pop()) {
    if (found.has(dir)) continue;
    found.add(dir);
    const { dependencies = {}, optionalDependencies = {} } = manifest(dir);
    for (const name of Object.keys({
      ...dependencies,
      ...optionalDependencies,
    })) {
      const dep = resolveFrom(dir, name);
      if (dep) queue.push(dep);
    }
  }
  return [...found].filter((p) => !/node_modules\/undici$/.test(p));
}

function* jsFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules') continue; // nested packages are listed on their own
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* jsFiles(path);
    else if (/\.(c|m)?js$/.test(entry)) yield path;
  }
}

const IMPORTS_UNDICI =
  /(?:from\s*|require\(\s*|import\(\s*)['"]undici(?:\/[^'"]*)?['"]/;

describe('the undici stub of the Action bundles', () => {
  const files = productionPackages().flatMap((pkg) => [...jsFiles(pkg)]);

  it('reads a real dependency tree', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((f) => f.includes('@actions/http-client'))).toBe(true);
  });

  it('is imported only by @actions/http-client, and only for ProxyAgent', () => {
    const importers = files.filter((f) =>
      IMPORTS_UNDICI.test(readFileSync(f, 'utf8'))
    );
    expect(importers.map((f) => relative(ROOT, f))).toEqual([
      'node_modules/@actions/http-client/lib/index.js',
    ]);
    const source = readFileSync(importers[0], 'utf8');
    expect(source).toMatch(/import \{ ProxyAgent \} from 'undici';/);
  });

  it('is reached only through getAgentDispatcher, which nothing calls', () => {
    const callers = files.filter(
      (f) =>
        !f.includes('@actions/http-client') &&
        /\.getAgentDispatcher\(/.test(readFileSync(f, 'utf8'))
    );
    expect(callers).toEqual([]);
  });

  it('says what is missing if it is ever reached', () => {
    expect(() => new ProxyAgent()).toThrow(/undici is not bundled/);
  });
});
