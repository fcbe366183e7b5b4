import { describe, expect, it } from 'vitest';
import { renewRoles } from '../../../../src/ops/admin/index.js';
import { SILENT_LOGGER } from '../../../../src/ops/index.js';
import { SignedMetadata } from '../../../../src/tuf/index.js';
import { parseLifetime } from '../../../../src/cli/commands/renew.js';
import {
  ADMIN_NOW,
  dockerRepo,
  keyRing,
  postedFiles,
  postedRoles,
  readRepository,
  signedBy,
} from '../../../helpers/admin-fixtures.js';
import { tagTarget } from '../../../helpers/fake-notary.js';

const DAY = 24 * 3600 * 1000;
const soon = new Date(ADMIN_NOW.getTime() + 20 * DAY);

describe('#renewRoles', () => {
  describe('when targets and releases expire within --within', () => {
    it('re-signs both in one upload, same content, version + 1, fresh expiry; clients verify it', async () => {
      const repo = await dockerRepo({
        targetsExpires: soon,
        releasesExpires: soon,
        tags: [tagTarget('v1')],
      });
      const before = await readRepository(repo.client, ['targets/releases']);
      const result = await renewRoles(repo.client, {
        keyring: keyRing([repo.targetsKey, repo.signer]),
        now: ADMIN_NOW,
        logger: SILENT_LOGGER,
        withinDays: 30,
      });
      expect(result.published).toBe(true);
      expect(
        result.renewed.map((r) => [r.role, r.version, r.newVersion])
      ).toEqual([
        ['targets', 1, 2],
        ['targets/releases', 1, 2],
      ]);
      expect(result.renewed[0].newExpires).toBe('2029-11-22T03:00:00Z');
      expect(postedRoles(repo.notary)).toEqual([
        ['targets', 'targets/releases'],
      ]);
      const after = await readRepository(repo.client, ['targets/releases']);
      const rel = after.role('targets/releases')!.metadata.signed;
      expect(rel.expires).toBe('2029-11-22T03:00:00Z');
      expect(rel.targets).toEqual(
        before.role('targets/releases')!.metadata.signed.targets
      );
      expect(after.targets.metadata.signed.delegationRoles).toEqual(
        before.targets.metadata.signed.delegationRoles
      );
      // targets/ci (3 years left) is not due
      expect(after.role('targets/ci')!.metadata.signed.version).toBe(1);
    });

    it('changes nothing in a dry run', async () => {
      const repo = await dockerRepo({ targetsExpires: soon });
      const result = await renewRoles(repo.client, {
        keyring: keyRing([repo.targetsKey]),
        now: ADMIN_NOW,
        logger: SILENT_LOGGER,
        dryRun: true,
      });
      expect(result.renewed.map((r) => r.role)).toEqual(['targets']);
      expect(result.published).toBe(false);
      expect(repo.notary.posts).toHaveLength(0);
    });
  });

  describe('when a role is due but its key is not local', () => {
    it('skips it and says which key is missing', async () => {
      const repo = await dockerRepo({
        targetsExpires: soon,
        releasesExpires: soon,
      });
      const result = await renewRoles(repo.client, {
        keyring: keyRing([repo.signer]),
        now: ADMIN_NOW,
        logger: SILENT_LOGGER,
      });
      expect(result.renewed.map((r) => r.role)).toEqual(['targets/releases']);
      expect(result.skipped).toMatchObject([
        {
          role: 'targets',
          reason: expect.stringContaining(
            repo.targetsKey.keyID.slice(0, 12)
          ) as unknown,
        },
      ]);
    });
  });

  describe('when --role root is asked for', () => {
    it('re-signs root with its own keys, a valid rotation for clients that trusted the old root', async () => {
      const repo = await dockerRepo();
      const oldRoot = repo.notary.current(repo.gun, 'root')!;
      const result = await renewRoles(repo.client, {
        keyring: keyRing([repo.rootKey]),
        now: ADMIN_NOW,
        logger: SILENT_LOGGER,
        roles: ['root'],
        lifetimeMs: 5 * 365 * DAY,
      });
      expect(result.renewed).toMatchObject([
        { role: 'root', version: 1, newVersion: 2 },
      ]);
      const root = postedFiles(repo.notary).get('root')!;
      expect(signedBy(root, [repo.rootCert])).toBe(true);
      const { loadTrustedRepository } =
        await import('../../../../src/ops/index.js');
      const { repo: after } = await loadTrustedRepository(repo.client, {
        referenceTime: ADMIN_NOW,
        trustedRoot: oldRoot,
      });
      expect(after.root.signed.version).toBe(2);
      expect([...after.root.signed.keys.keys()]).toEqual([
        ...SignedMetadata.parse(oldRoot, 'root').signed.keys.keys(),
      ]);
    });
  });

  describe('when a delegation has already expired', () => {
    it('renews it with its signer key, keeping its tags', async () => {
      const repo = await dockerRepo({
        releasesExpires: new Date(ADMIN_NOW.getTime() - DAY),
        tags: [tagTarget('v1')],
      });
      const result = await renewRoles(repo.client, {
        keyring: keyRing([repo.signer]),
        now: ADMIN_NOW,
        logger: SILENT_LOGGER,
      });
      expect(result.renewed.map((r) => r.role)).toEqual(['targets/releases']);
      const after = await readRepository(repo.client, ['targets/releases']);
      expect(
        after.role('targets/releases')!.metadata.signed.targets.has('v1')
      ).toBe(true);
    });
  });

  describe('when an unknown role is named', () => {
    it('reports it as skipped and uploads nothing', async () => {
      const repo = await dockerRepo();
      const result = await renewRoles(repo.client, {
        keyring: keyRing([repo.targetsKey]),
        now: ADMIN_NOW,
        logger: SILENT_LOGGER,
        roles: ['targets/nope'],
      });
      expect(result.skipped).toMatchObject([{ role: 'targets/nope' }]);
      expect(repo.notary.posts).toHaveLength(0);
    });
  });
});

describe('#parseLifetime', () => {
  it('reads years, days and hours, and refuses the rest', () => {
    expect(parseLifetime('3y')).toBe(3 * 365 * DAY);
    expect(parseLifetime('180d')).toBe(180 * DAY);
    expect(parseLifetime('12h')).toBe(12 * 3600 * 1000);
    for (const bad of ['0d', '3 years', '-1d', ''])
      expect(() => parseLifetime(bad)).toThrow(/not a lifetime/);
  });
});
