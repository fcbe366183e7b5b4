import { describe, expect, it } from 'vitest';
import {
  canonicalKeyID,
  certificateOfKey,
  checkRootCertificate,
} from '../../../../src/keys/index.js';
import { NotaryHTTPError } from '../../../../src/notary/index.js';
import {
  addSignerKeys,
  createRepository,
} from '../../../../src/ops/admin/index.js';
import type { Targets } from '../../../../src/tuf/index.js';
import {
  ADMIN_GUN as GUN,
  ADMIN_NOW as NOW,
  emptyGun,
  keyRing,
  newKey,
  signedBy,
} from '../../../helpers/admin-fixtures.js';
import { notaryErrorResponse } from '../../../helpers/fake-notary.js';

describe('#createRepository', () => {
  async function create(edit: (t: Targets) => Targets = (t) => t) {
    const { notary, client } = emptyGun();
    const ring = keyRing([]);
    const created = await createRepository(client, ring, edit, NOW);
    return { notary, ring, created };
  }

  describe('when the server hands out its keys', () => {
    it('makes root v1 expiring in 10 years with one key per base role, threshold 1', async () => {
      const { notary, created } = await create();
      const root = created.root.signed;
      expect(root.version).toBe(1);
      expect(root.expires).toBe('2036-11-22T03:00:00Z');
      for (const role of ['root', 'targets', 'snapshot', 'timestamp']) {
        expect(root.roleKeys(role).threshold).toBe(1);
        expect(root.roleKeys(role).keys.size).toBe(1);
      }
      expect([...root.roleKeys('snapshot').keys.keys()]).toEqual([
        notary.serverKey(GUN, 'snapshot').keyID,
      ]);
      expect([...root.roleKeys('timestamp').keys.keys()]).toEqual([
        notary.serverKey(GUN, 'timestamp').keyID,
      ]);
      expect(root.keys.size).toBe(4);
    });

    it('asks the server for the snapshot and timestamp keys, and uploads nothing', async () => {
      const { notary } = await create();
      expect(notary.log).toEqual(['GET snapshot.key', 'GET timestamp.key']);
    });

    it('wraps the root key in a certificate CN=GUN from now to now + 10 years', async () => {
      const { created, ring } = await create();
      const [cert] = created.root.signed.roleKeys('root').keys.values();
      const parsed = certificateOfKey(cert);
      expect(parsed.subjectCN).toBe(GUN);
      expect(parsed.notBefore.toISOString()).toBe('2026-11-22T03:00:00.000Z');
      expect(parsed.notAfter.toISOString()).toBe('2036-11-22T03:00:00.000Z');
      expect(canonicalKeyID(cert)).toBe(ring.created[0].keyID);
      expect(() => checkRootCertificate(cert, GUN, NOW)).not.toThrow();
    });

    it('signs root with the root certificate key', async () => {
      const { created } = await create();
      const root = created.root.signed;
      expect(
        signedBy(created.root, [...root.roleKeys('root').keys.values()])
      ).toBe(true);
      expect(created.root.signatures.map((s) => s.keyID)).toEqual([
        ...root.roleKeys('root').keys.keys(),
      ]);
    });

    it('makes targets v1 expiring in 3 years, signed by a new targets key', async () => {
      const { created, ring } = await create();
      const targetsKey = ring.created[1];
      expect(created.targets.signed.version).toBe(1);
      expect(created.targets.signed.expires).toBe('2029-11-22T03:00:00Z');
      expect([...created.root.signed.roleKeys('targets').keys.keys()]).toEqual([
        targetsKey.keyID,
      ]);
      expect(signedBy(created.targets, [targetsKey.publicKey])).toBe(true);
      expect(ring.calls).toEqual(['rootSigner', `createKey:targets:${GUN}`]);
    });

    it('applies the edit to targets', async () => {
      const ci = newKey();
      const { created } = await create((t) =>
        addSignerKeys(t, 'ci', [ci.publicKey])
      );
      expect(created.targets.signed.delegationRoles.map((r) => r.name)).toEqual(
        ['targets/releases', 'targets/ci']
      );
    });

    it('reports the root and targets keys it used by canonical ID', async () => {
      const { created, ring } = await create();
      expect(created.createdKeys).toEqual([
        { role: 'root', keyID: ring.created[0].keyID },
        { role: 'targets', keyID: ring.created[1].keyID },
      ]);
    });
  });

  describe('when the server refuses to hand out a key', () => {
    it('throws before the key ring is asked for any key', async () => {
      const { notary, client } = emptyGun();
      notary.tamper = (req, res) =>
        req.tail === 'timestamp.key'
          ? notaryErrorResponse(401, 'UNAUTHORIZED', 'authentication required')
          : res;
      const ring = keyRing([]);
      await expect(
        createRepository(client, ring, (t) => t, NOW)
      ).rejects.toThrow(NotaryHTTPError);
      expect(ring.calls).toEqual([]);
    });
  });
});
