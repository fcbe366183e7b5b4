import { describe, expect, it } from 'vitest';
import {
  MigrateError,
  MissingKeyError,
  migrateRepository,
} from '../../../../src/ops/admin/index.js';
import {
  SILENT_LOGGER,
  loadTrustedRepository,
} from '../../../../src/ops/index.js';
import { SignedMetadata } from '../../../../src/tuf/index.js';
import {
  ADMIN_GUN,
  ADMIN_NOW,
  dockerRepo,
  keyRing,
} from '../../../helpers/admin-fixtures.js';
import { FakeNotary, tagTarget } from '../../../helpers/fake-notary.js';

async function setup() {
  const repo = await dockerRepo({ tags: [tagTarget('v1')] });
  // a few more timestamps on the old server than root uploads will make
  for (let i = 0; i < 3; i++) await repo.notary.commit(ADMIN_GUN, []);
  const target = new FakeNotary({
    now: () => ADMIN_NOW,
    serverUrl: 'https://new.test',
  });
  target.init(ADMIN_GUN); // the server makes its keys on the first GET *.key
  return { repo, target, client: target.client(ADMIN_GUN) };
}

const options = (keys: Parameters<typeof keyRing>[0]) => ({
  keyring: keyRing(keys),
  now: ADMIN_NOW,
  logger: SILENT_LOGGER,
});

describe('#migrateRepository', () => {
  describe('when the target server has no trust data for the GUN', () => {
    it('copies targets and delegations byte for byte under a root that chains from the old one', async () => {
      const { repo, target, client } = await setup();
      const oldRoot = repo.notary.current(ADMIN_GUN, 'root')!;
      const oldTs = SignedMetadata.parse(
        repo.notary.current(ADMIN_GUN, 'timestamp')!,
        'timestamp'
      ).signed.version;
      const result = await migrateRepository(
        repo.client,
        client,
        options([repo.rootKey])
      );
      expect(result.published).toBe(true);
      expect(result.rootVersions[0]).toBe(2);
      expect(result.sourceTimestampVersion).toBe(oldTs);
      expect(result.targetTimestampVersion).toBe(oldTs + 1);
      expect(result.uploads).toBe(oldTs + 1);
      const { repo: moved } = await loadTrustedRepository(client, {
        referenceTime: ADMIN_NOW,
        trustedRoot: oldRoot,
        hints: ['targets/releases'],
      });
      for (const role of ['targets', 'targets/releases', 'targets/ci'])
        expect(Buffer.from(moved.role(role)!.metadata.bytes)).toEqual(
          Buffer.from(repo.notary.current(ADMIN_GUN, role)!)
        );
      // the new server's own keys, the old root keys
      const root = moved.root.signed;
      expect(
        root
          .roleKeys('timestamp')
          .keys.has(target.serverKey(ADMIN_GUN, 'timestamp').keyID)
      ).toBe(true);
      expect(
        root
          .roleKeys('snapshot')
          .keys.has(target.serverKey(ADMIN_GUN, 'snapshot').keyID)
      ).toBe(true);
      expect([...root.roleKeys('root').keys.keys()]).toEqual([
        repo.rootCert.keyID,
      ]);
      // each *.key asked for once (every GET makes a new key on a GUN without root)
      expect(target.log.filter((l) => l.endsWith('.key'))).toEqual([
        'GET timestamp.key',
        'GET snapshot.key',
      ]);
    });

    it('plans without touching the target in a dry run', async () => {
      const { repo, target, client } = await setup();
      const result = await migrateRepository(repo.client, client, {
        ...options([repo.rootKey]),
        dryRun: true,
      });
      expect(result.published).toBe(false);
      expect(result.roles.map((r) => r.role)).toEqual([
        'targets',
        'targets/releases',
        'targets/ci',
      ]);
      expect(target.log).toEqual(['GET root.json']);
    });
  });

  describe('when it cannot be done', () => {
    it('refuses a target that already has trust data', async () => {
      const { repo, client } = await setup();
      await migrateRepository(repo.client, client, options([repo.rootKey]));
      await expect(
        migrateRepository(repo.client, client, options([repo.rootKey]))
      ).rejects.toThrow(MigrateError);
    });

    it('refuses without the root key', async () => {
      const { repo, client } = await setup();
      await expect(
        migrateRepository(repo.client, client, options([repo.targetsKey]))
      ).rejects.toThrow(MissingKeyError);
    });

    it('refuses when raising the timestamp would take more than maxUploads', async () => {
      const { repo, target, client } = await setup();
      await expect(
        migrateRepository(repo.client, client, {
          ...options([repo.rootKey]),
          maxUploads: 2,
        })
      ).rejects.toThrow(/more than --max-uploads/);
      expect(target.posts).toHaveLength(0);
    });

    it('fails when the new server serves other bytes than it accepted', async () => {
      const { repo, target, client } = await setup();
      const other = repo.notary.current(ADMIN_GUN, 'targets/ci')!;
      target.tamper = (req, res) =>
        /^targets\/releases\.[0-9a-f]{64}\.json$/.test(req.tail) ||
        req.tail === 'targets/releases.json'
          ? { ...res, body: other }
          : res;
      await expect(
        migrateRepository(repo.client, client, options([repo.rootKey]))
      ).rejects.toThrow(/targets\/releases/);
    });
  });
});
