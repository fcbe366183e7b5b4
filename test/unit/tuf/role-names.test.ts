import { describe, expect, it } from 'vitest';
import {
  isDelegationName,
  isDirectChild,
  isValidRoleName,
  parentRole,
} from '../../../src/tuf/index.js';

describe('role names', () => {
  describe('#isValidRoleName', () => {
    const valid = [
      'root',
      'targets',
      'snapshot',
      'timestamp',
      'targets/releases',
      'targets/a/b-c_d/0',
    ];
    const invalid = [
      'targets/',
      'targets//a',
      'targets/a/',
      'targets/A',
      'targets/a.b',
      'targets/../root',
      'target/a',
      'Targets/a',
      'mirror',
      '',
      'targets/' + 'a'.repeat(248),
    ];
    for (const name of valid)
      it(`accepts ${name}`, () => expect(isValidRoleName(name)).toBe(true));
    for (const name of invalid) {
      it(`rejects ${JSON.stringify(name.slice(0, 20))}`, () =>
        expect(isValidRoleName(name)).toBe(false));
    }

    it('accepts a 255-byte delegation name', () => {
      expect(isDelegationName('targets/' + 'a'.repeat(247))).toBe(true);
    });
  });

  describe('#parentRole', () => {
    it('returns path.Dir of a delegation', () => {
      expect(parentRole('targets/releases')).toBe('targets');
      expect(parentRole('targets/a/b')).toBe('targets/a');
    });

    it('returns undefined for base roles and invalid names', () => {
      expect(parentRole('targets')).toBeUndefined();
      expect(parentRole('targets/a/')).toBeUndefined();
    });
  });

  describe('#isDirectChild', () => {
    it('is true only one level down', () => {
      expect(isDirectChild('targets', 'targets/a')).toBe(true);
      expect(isDirectChild('targets', 'targets/a/b')).toBe(false);
      expect(isDirectChild('targets/a', 'targets/a/b')).toBe(true);
    });
  });
});
