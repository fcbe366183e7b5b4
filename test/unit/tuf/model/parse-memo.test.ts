import { describe, expect, it } from 'vitest';
import { SignedMetadata } from '../../../../src/tuf/index.js';
import { fixtureBytes } from '../../../helpers/tuf-fixtures.js';

describe('SignedMetadata.parse', () => {
  describe('when the same byte array is parsed again', () => {
    it('returns the same (immutable) result without parsing twice', () => {
      const bytes = fixtureBytes('targets/releases');
      const first = SignedMetadata.parse(bytes, 'targets', 'targets/releases');
      expect(SignedMetadata.parse(bytes, 'targets', 'targets/releases')).toBe(
        first
      );
    });
  });

  describe('when the array was changed in place after a parse', () => {
    it('parses the new content', () => {
      const bytes = Uint8Array.from(fixtureBytes('targets/releases'));
      const first = SignedMetadata.parse(bytes, 'targets', 'targets/releases');
      const at = Buffer.from(bytes).indexOf('"latest"');
      bytes.set(Buffer.from('"lateSt"'), at); // same length, another tag name
      const second = SignedMetadata.parse(bytes, 'targets', 'targets/releases');
      expect(second).not.toBe(first);
      expect([...second.signed.targets.keys()]).toContain('lateSt');
      expect([...first.signed.targets.keys()]).toContain('latest');
    });
  });

  describe('when the same bytes are parsed as another role', () => {
    it('parses them for that role', () => {
      const bytes = fixtureBytes('targets/releases');
      const asReleases = SignedMetadata.parse(
        bytes,
        'targets',
        'targets/releases'
      );
      const asCi = SignedMetadata.parse(bytes, 'targets', 'targets/ci');
      expect(asCi).not.toBe(asReleases);
      expect(asCi.role).toBe('targets/ci');
    });
  });
});
