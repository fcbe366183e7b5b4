import { describe, expect, it } from 'vitest';
import {
  checkTargetPath,
  ExpiredError,
  FileMeta,
  HashMismatchError,
  isPathAllowed,
  PathNotAllowedError,
  restrictPaths,
  RollbackError,
  verifyExpiry,
  verifyFileMeta,
  verifyVersion,
} from '../../../../src/tuf/index.js';

describe('single checks', () => {
  describe('#verifyExpiry', () => {
    it('passes before expiry', () => {
      expect(() =>
        verifyExpiry(
          'timestamp',
          '2026-12-06T02:00:29Z',
          new Date('2026-12-06T02:00:28Z')
        )
      ).not.toThrow();
    });

    it('throws ExpiredError naming the role and date after it', () => {
      const fn = (): void =>
        verifyExpiry(
          'timestamp',
          '2026-12-06T02:00:29Z',
          new Date('2026-12-07T00:00:00Z')
        );
      expect(fn).toThrow(ExpiredError);
      expect(fn).toThrow('timestamp expired at 2026-12-06T02:00:29Z');
    });
  });

  describe('#verifyVersion', () => {
    it('allows an equal version', () =>
      expect(() => verifyVersion('targets', 4, 4)).not.toThrow());

    it('throws RollbackError for a lower one', () => {
      const fn = (): void => verifyVersion('targets', 3, 4);
      expect(fn).toThrow(RollbackError);
      expect(fn).toThrow('targets: expected version ≥ 4, got 3');
    });
  });

  describe('#verifyFileMeta', () => {
    const bytes = new TextEncoder().encode('hello');
    const meta = FileMeta.fromBytes(bytes);

    it('passes for the exact bytes (sha256 and sha512)', () => {
      expect(() => verifyFileMeta('targets', bytes, meta)).not.toThrow();
    });

    it('throws HashMismatchError for another length', () => {
      const fn = (): void =>
        verifyFileMeta('targets', new TextEncoder().encode('hello!'), meta);
      expect(fn).toThrow(HashMismatchError);
      expect(fn).toThrow('targets: expected length 5, got 6');
    });

    it('throws HashMismatchError for a changed byte', () => {
      const fn = (): void =>
        verifyFileMeta('targets', new TextEncoder().encode('hellO'), meta);
      expect(fn).toThrow(HashMismatchError);
      expect(fn).toThrow(/targets: expected sha256 [0-9a-f]{64}, got/);
    });

    it('checks sha512 when it is the only hash', () => {
      const only512 = new FileMeta({
        length: 5,
        hashes: new Map([
          [
            'sha512',
            FileMeta.fromBytes(new TextEncoder().encode('hellO')).hashes.get(
              'sha512'
            )!,
          ],
        ]),
      });
      expect(() => verifyFileMeta('targets', bytes, only512)).toThrow(
        /expected sha512/
      );
    });

    it('throws when no supported hash is recorded', () => {
      const none = new FileMeta({
        length: 5,
        hashes: new Map([['md5', 'AAAA']]),
      });
      expect(() => verifyFileMeta('targets', bytes, none)).toThrow(
        HashMismatchError
      );
      expect(() => verifyFileMeta('targets', bytes, none)).toThrow(
        /no sha256 or sha512/
      );
    });
  });

  describe('delegation paths', () => {
    it('match by plain string prefix', () => {
      expect(isPathAllowed('v10', ['v1'])).toBe(true);
      expect(isPathAllowed('latest', ['v'])).toBe(false);
      expect(isPathAllowed('anything', [''])).toBe(true);
      expect(isPathAllowed('anything', [])).toBe(false);
      expect(isPathAllowed('a*', ['a*'])).toBe(true);
      expect(isPathAllowed('ab', ['a*'])).toBe(false);
    });

    it('cut a child down by its parent', () => {
      expect(restrictPaths(['v1'], ['v1.2', 'v2', ''])).toEqual(['v1.2']);
      expect(restrictPaths([''], ['x', ''])).toEqual(['x', '']);
      expect(restrictPaths([], ['x'])).toEqual([]);
    });

    it('throw PathNotAllowedError for a target outside the role', () => {
      const fn = (): void => checkTargetPath('targets/ci', 'latest', ['v']);
      expect(fn).toThrow(PathNotAllowedError);
      expect(fn).toThrow(
        'targets/ci may not sign "latest": allowed paths ["v"]'
      );
    });
  });
});
