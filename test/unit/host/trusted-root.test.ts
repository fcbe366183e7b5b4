import { mkdtempSync, rmSync, statSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import {
  readTrustedRoot,
  trustedRootPath,
  writeTrustedRoot,
} from '../../../src/host/index.js';

describe('trusted root in the trust dir (docker and notary client cache)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dct-sign-root-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lives where docker and notary keep it: tuf/<GUN>/metadata/root.json', () => {
    expect(trustedRootPath(dir, 'registry.test/acme/app')).toBe(
      join(dir, 'tuf', 'registry.test', 'acme', 'app', 'metadata', 'root.json')
    );
  });

  it('reads back what it wrote, 0600 in a 0700 directory, without a temp file left', () => {
    const gun = 'registry.test/acme/app';
    expect(readTrustedRoot(dir, gun)).toBeUndefined();
    writeTrustedRoot(dir, gun, new Uint8Array([1, 2, 3]));
    writeTrustedRoot(dir, gun, new Uint8Array([4, 5]));
    expect(readTrustedRoot(dir, gun)).toEqual(new Uint8Array([4, 5]));
    const path = trustedRootPath(dir, gun);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(join(path, '..')).mode & 0o777).toBe(0o700);
    expect(readdirSync(join(path, '..'))).toEqual(['root.json']);
  });

  it('refuses a GUN that would leave the trust dir (a bundle is untrusted input)', () => {
    for (const gun of ['../../etc', 'a//b', 'a/./b', '/abs'])
      expect(() => trustedRootPath(dir, gun)).toThrow(UsageError);
  });
});
