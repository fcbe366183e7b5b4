import { describe, expect, it } from 'vitest';
import { createRootCertificate } from '../../../../src/keys/index.js';
import {
  diffDelegations,
  rootExpiry,
  targetsExpiry,
} from '../../../../src/ops/admin/index.js';
import { yearsFrom } from '../../../../src/ops/admin/expiry.js';
import { DelegatedRole, Targets } from '../../../../src/tuf/index.js';
import { ADMIN_NOW as NOW, newKey } from '../../../helpers/admin-fixtures.js';

const empty = () =>
  new Targets({ version: 1, expires: '2030-01-01T00:00:00Z' });
const role = (
  name: string,
  keyIDs: string[],
  o: { threshold?: number; paths?: string[] } = {}
) =>
  new DelegatedRole({
    name,
    keyIDs,
    threshold: o.threshold ?? 1,
    paths: o.paths ?? [''],
  });

describe('#diffDelegations', () => {
  const a = newKey('a');
  const b = newKey('b');
  const short = (id: string) => id.slice(0, 12);

  describe('when there is no before (a new repository)', () => {
    it('lists every delegation as added, sorted by name', () => {
      const after = empty()
        .withDelegation(role('targets/releases', [a.keyID]), [a.publicKey])
        .withDelegation(role('targets/ci', [a.keyID, b.keyID]), [
          a.publicKey,
          b.publicKey,
        ]);
      expect(diffDelegations(undefined, after)).toEqual([
        `+ targets/ci  threshold 1  paths ""  keys ${short(a.keyID)}, ${short(b.keyID)}`,
        `+ targets/releases  threshold 1  paths ""  keys ${short(a.keyID)}`,
      ]);
    });
  });

  describe('when a delegation is removed', () => {
    it('describes it as it was', () => {
      const before = empty().withDelegation(
        role('targets/old', [a.keyID], { threshold: 2, paths: ['v', 'w'] }),
        [a.publicKey]
      );
      expect(diffDelegations(before, empty())).toEqual([
        `- targets/old  threshold 2  paths "v","w"  keys ${short(a.keyID)}`,
      ]);
    });
  });

  describe('when a delegation changes', () => {
    it('shows threshold, paths and keys changes on one line', () => {
      const before = empty().withDelegation(
        role('targets/releases', [a.keyID], { paths: ['v'] }),
        [a.publicKey]
      );
      const after = empty().withDelegation(
        role('targets/releases', [b.keyID], { threshold: 2, paths: [] }),
        [b.publicKey]
      );
      expect(diffDelegations(before, after)).toEqual([
        `~ targets/releases  threshold 1 -> 2  paths "v" -> (none)  keys +${short(b.keyID)} -${short(a.keyID)}`,
      ]);
    });

    it('omits a role that did not change', () => {
      const t = empty().withDelegation(role('targets/ci', [a.keyID]), [
        a.publicKey,
      ]);
      expect(diffDelegations(t, t.bumpVersion())).toEqual([]);
    });
  });

  describe('when a role has no keys or no paths', () => {
    it('says (none)', () => {
      const after = empty().withDelegation(
        role('targets/releases', [], { paths: [] })
      );
      expect(diffDelegations(undefined, after)).toEqual([
        '+ targets/releases  threshold 1  paths (none)  keys (none)',
      ]);
    });
  });

  describe('when a key is a certificate', () => {
    it('shows the short canonical ID of the bare key', async () => {
      const cert = await createRootCertificate(a, 'x', {
        notBefore: NOW,
        notAfter: new Date('2030-01-01T00:00:00Z'),
      });
      const after = empty().withDelegation(role('targets/ci', [cert.keyID]), [
        cert,
      ]);
      expect(diffDelegations(undefined, after)).toEqual([
        `+ targets/ci  threshold 1  paths ""  keys ${short(a.keyID)}`,
      ]);
    });
  });
});

describe('expiry', () => {
  describe('#targetsExpiry', () => {
    it('is 3 calendar years later, whole seconds', () => {
      expect(
        targetsExpiry(new Date('2026-11-22T03:00:00.987Z')).toISOString()
      ).toBe('2029-11-22T03:00:00.000Z');
    });
  });

  describe('#rootExpiry', () => {
    it('is 10 calendar years later', () => {
      expect(rootExpiry(NOW).toISOString()).toBe('2036-11-22T03:00:00.000Z');
    });
  });

  describe('#yearsFrom', () => {
    describe('when starting on 29 February', () => {
      it('rolls over to 1 March in a common year, as Go AddDate does', () => {
        expect(
          yearsFrom(new Date('2028-02-29T12:00:00Z'), 3).toISOString()
        ).toBe('2031-03-01T12:00:00.000Z');
      });
    });

    it('does not change its argument', () => {
      const now = new Date('2026-01-01T00:00:00.500Z');
      yearsFrom(now, 1);
      expect(now.toISOString()).toBe('2026-01-01T00:00:00.500Z');
    });
  });
});
