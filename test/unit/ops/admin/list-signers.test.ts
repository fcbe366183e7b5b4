import { describe, expect, it } from 'vitest';
import {
  canonicalKeyID,
  createRootCertificate,
} from '../../../../src/keys/index.js';
import {
  formatSigners,
  listSigners,
  type SignersReport,
} from '../../../../src/ops/admin/index.js';
import { DelegatedRole } from '../../../../src/tuf/index.js';
import {
  ADMIN_GUN as GUN,
  ADMIN_NOW as NOW,
  dockerRepo,
  newKey,
  readRepository,
} from '../../../helpers/admin-fixtures.js';
import { tagTarget } from '../../../helpers/fake-notary.js';

const role = (name: string, keyIDs: string[], paths = ['']) =>
  new DelegatedRole({ name, keyIDs, threshold: 1, paths });

describe('#listSigners', () => {
  describe('when the repository has published and unpublished signers', () => {
    async function report() {
      const repo = await dockerRepo({
        tags: [tagTarget('v2'), tagTarget('v1')],
      });
      const alice = newKey('alice');
      await repo.editTargets((t) =>
        t
          .withDelegation(role('targets/zed', [alice.keyID], []), [
            alice.publicKey,
          ])
          .withDelegation(role('targets/alice', [alice.keyID]), [
            alice.publicKey,
          ])
      );
      return {
        repo,
        alice,
        report: listSigners(
          await readRepository(repo.client, ['targets/releases', 'targets/ci'])
        ),
      };
    }

    it('lists releases first, then the signers by name', async () => {
      const { report: r } = await report();
      expect(r.signers.map((s) => s.name)).toEqual([
        'releases',
        'alice',
        'ci',
        'zed',
      ]);
      expect(r.schema).toBe('dct-sign/signers/v1');
      expect(r.gun).toBe(GUN);
    });

    it('gives published roles their sorted tags and expiry', async () => {
      const { repo, report: r } = await report();
      expect(r.signers[0]).toEqual({
        name: 'releases',
        role: 'targets/releases',
        threshold: 1,
        paths: [''],
        keys: [repo.signer.keyID],
        published: true,
        tags: ['v1', 'v2'],
        expires: '2029-11-21T03:00:00Z', // the fake's 3 × 365 days
      });
    });

    it('marks roles without a file as unpublished, with no tags', async () => {
      const { alice, report: r } = await report();
      expect(r.signers[1]).toMatchObject({
        name: 'alice',
        keys: [alice.keyID],
        published: false,
        tags: [],
        expires: undefined,
      });
      expect(r.warnings).toEqual([]);
    });
  });

  describe('when targets lists releases after the signers', () => {
    it('still lists releases first', async () => {
      const repo = await dockerRepo();
      await repo.editTargets((t) => {
        const releases = t.delegation('targets/releases')!;
        return t
          .withoutDelegation('targets/releases')
          .withDelegation(role('targets/b', [repo.signer.keyID]))
          .withDelegation(releases, [repo.signer.publicKey])
          .withDelegation(role('targets/a', [repo.signer.keyID]));
      });
      const read = await readRepository(repo.client);
      expect(
        read.targets.metadata.signed.delegationRoles.map((r) => r.name)
      ).toEqual(['targets/ci', 'targets/b', 'targets/releases', 'targets/a']);
      expect(listSigners(read).signers.map((s) => s.name)).toEqual([
        'releases',
        'a',
        'b',
        'ci',
      ]);
    });
  });

  describe('when a signer key is a certificate', () => {
    it('shows its canonical key ID, as docker does', async () => {
      const repo = await dockerRepo();
      const bare = newKey('cert');
      const cert = await createRootCertificate(bare, 'cert', {
        notBefore: NOW,
        notAfter: new Date('2030-01-01T00:00:00Z'),
      });
      await repo.editTargets((t) =>
        t.withDelegation(role('targets/cert', [cert.keyID]), [cert])
      );
      const r = listSigners(await readRepository(repo.client));
      const signer = r.signers.find((s) => s.name === 'cert')!;
      expect(signer.keys).toEqual([bare.keyID]);
      expect(signer.keys[0]).toBe(canonicalKeyID(cert));
      expect(signer.keys[0]).not.toBe(cert.keyID);
    });
  });

  describe('when a published role does not verify', () => {
    it('reports the warning with the role name', async () => {
      const repo = await dockerRepo({
        tags: [tagTarget('v1')],
        releasesSignedBy: newKey('other'),
      });
      const r = listSigners(await readRepository(repo.client));
      expect(r.warnings).toEqual([
        expect.stringMatching(/^targets\/releases: /),
      ]);
      expect(r.signers[0]).toMatchObject({
        name: 'releases',
        published: false,
      });
    });
  });
});

describe('#formatSigners', () => {
  const base: SignersReport = {
    schema: 'dct-sign/signers/v1',
    gun: GUN,
    signers: [],
    warnings: [],
  };

  describe('when there are no signers', () => {
    it('says so in one line', () => {
      expect(formatSigners(base)).toBe(
        `${GUN} has no signers (no delegations of targets)`
      );
    });
  });

  describe('when there are signers', () => {
    it('prints one line per role, its keys and the warnings', () => {
      const text = formatSigners({
        ...base,
        signers: [
          {
            name: 'releases',
            role: 'targets/releases',
            threshold: 2,
            paths: ['', 'v'],
            keys: ['a'.repeat(64), 'b'.repeat(64)],
            published: true,
            tags: ['v1', 'v2'],
            expires: '2029-11-22T03:00:00Z',
          },
          {
            name: 'ci',
            role: 'targets/ci',
            threshold: 1,
            paths: [],
            keys: [],
            published: false,
            tags: [],
          },
        ],
        warnings: ['targets/x: expired'],
      });
      expect(text.split('\n')).toEqual([
        `signers of ${GUN}:`,
        '  releases       threshold 2  paths "","v"  2 tag(s), expires 2029-11-22T03:00:00Z',
        `    key ${'a'.repeat(64)}`,
        `    key ${'b'.repeat(64)}`,
        '  ci             threshold 1  paths (none)  not published',
        'warning: targets/x: expired',
      ]);
    });
  });

  describe('when listing a real repository', () => {
    it('renders the signers listSigners found', async () => {
      const repo = await dockerRepo({ tags: [tagTarget('v1')] });
      const text = formatSigners(
        listSigners(await readRepository(repo.client))
      );
      expect(text).toContain(
        '  ci             threshold 1  paths ""  1 tag(s), expires 2029-11-21T03:00:00Z'
      );
      expect(text).toContain(`    key ${repo.signer.keyID}`);
    });
  });
});
