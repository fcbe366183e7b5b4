import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { canonicalKeyID } from '../../../src/keys/index.js';
import {
  RootPinError,
  loadTrustedRepository,
  type LoadOptions,
} from '../../../src/ops/index.js';
import { RootRotationError } from '../../../src/tuf/index.js';
import {
  FakeNotary,
  createDockerRepository,
  newDelegationKey,
  notaryErrorResponse,
  type DockerRepo,
} from '../../helpers/fake-notary.js';

const NOW = new Date('2026-11-22T03:00:00Z');
const GUN = 'registry.test/acme/app';

async function setup(): Promise<DockerRepo> {
  const notary = new FakeNotary({ now: () => NOW });
  return createDockerRepository(notary, { gun: GUN });
}

const load = (repo: DockerRepo, o: Partial<LoadOptions> = {}) =>
  loadTrustedRepository(repo.client, { referenceTime: NOW, ...o });

describe('#loadTrustedRepository', () => {
  describe('when the root key is pinned', () => {
    it('accepts the pin by TUF key ID (the certificate)', async () => {
      const repo = await setup();
      const { repo: trusted } = await load(repo, {
        rootKeyID: repo.rootCert.keyID,
      });
      expect(trusted.root.signed.version).toBe(1);
    });

    it('accepts the pin by canonical key ID (the key file name)', async () => {
      const repo = await setup();
      const canonical = canonicalKeyID(repo.rootCert);
      expect(canonical).toBe(repo.rootKey.keyID);
      await expect(load(repo, { rootKeyID: canonical })).resolves.toBeDefined();
    });

    it('accepts the full ID in any case', async () => {
      const repo = await setup();
      await expect(
        load(repo, { rootKeyID: repo.rootCert.keyID.toUpperCase() })
      ).resolves.toBeDefined();
    });

    it('throws UsageError for a 12-hex prefix (not a pin)', async () => {
      const repo = await setup();
      await expect(
        load(repo, { rootKeyID: repo.rootCert.keyID.slice(0, 12) })
      ).rejects.toThrow(UsageError);
    });

    it('throws RootPinError for another key', async () => {
      const repo = await setup();
      const other = newDelegationKey().keyID;
      await expect(load(repo, { rootKeyID: other })).rejects.toThrow(
        expect.objectContaining({
          constructor: RootPinError,
          message: expect.stringContaining(
            `the root of ${GUN} is not signed by the pinned key ${other.slice(0, 12)}`
          ) as string,
        })
      );
    });

    it('throws UsageError for a pin that is not a key ID', async () => {
      const repo = await setup();
      await expect(load(repo, { rootKeyID: 'abc' })).rejects.toThrow(
        expect.objectContaining({
          constructor: UsageError,
          message: expect.stringContaining(
            'root-key-id "abc" is not a full key ID'
          ) as string,
        })
      );
    });
  });

  describe('when a root was trusted before (TOFU cache)', () => {
    it('accepts the same root', async () => {
      const repo = await setup();
      const cached = repo.notary.current(GUN, 'root')!;
      const { repo: trusted } = await load(repo, { trustedRoot: cached });
      expect(trusted.root.bytes).toEqual(cached);
    });

    it('follows a valid rotation chain v1 → v3 through 2.root.json', async () => {
      const repo = await setup();
      const cached = repo.notary.current(GUN, 'root')!;
      await repo.rotateRoot({ newRootKey: newDelegationKey('root') });
      await repo.rotateRoot({ newRootKey: newDelegationKey('root') });
      const { repo: trusted } = await load(repo, { trustedRoot: cached });
      expect(trusted.root.signed.version).toBe(3);
      expect(repo.notary.log).toContain('GET 2.root.json');
      expect(repo.notary.log).not.toContain('GET 1.root.json');
    });

    it('throws RootRotationError for a root swapped without a chain', async () => {
      const repo = await setup();
      const cached = repo.notary.current(GUN, 'root')!;
      await repo.rotateRoot({
        newRootKey: newDelegationKey('root'),
        signedBy: 'new',
      });
      await expect(load(repo, { trustedRoot: cached })).rejects.toThrow(
        expect.objectContaining({
          constructor: RootRotationError,
          message: expect.stringContaining(
            'root v2 is not signed by the trusted root v1'
          ) as string,
        })
      );
    });

    it('throws RootRotationError for a chain link not signed by the trusted root', async () => {
      const repo = await setup();
      const cached = repo.notary.current(GUN, 'root')!;
      await repo.rotateRoot({
        newRootKey: newDelegationKey('root'),
        signedBy: 'new',
      });
      await repo.rotateRoot();
      await expect(load(repo, { trustedRoot: cached })).rejects.toThrow(
        expect.objectContaining({
          constructor: RootRotationError,
          message: expect.stringContaining(
            `root v2 of ${GUN} does not chain from the trusted root v1`
          ) as string,
        })
      );
    });

    it('throws RootRotationError when a link of the chain is missing', async () => {
      const repo = await setup();
      const cached = repo.notary.current(GUN, 'root')!;
      await repo.rotateRoot();
      await repo.rotateRoot();
      repo.notary.tamper = (req, res) =>
        req.tail === '2.root.json'
          ? notaryErrorResponse(404, 'METADATA_NOT_FOUND', 'not found', {})
          : res;
      await expect(load(repo, { trustedRoot: cached })).rejects.toThrow(
        expect.objectContaining({
          constructor: RootRotationError,
          message: expect.stringContaining(
            `root v2 of ${GUN} is missing: cannot follow the root rotation chain`
          ) as string,
        })
      );
    });
  });
});
