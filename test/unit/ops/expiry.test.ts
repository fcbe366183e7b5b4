import { describe, expect, it } from 'vitest';
import {
  expiryWarnings,
  loadTrustedRepository,
} from '../../../src/ops/index.js';
import {
  FakeNotary,
  createDockerRepository,
  type DockerRepoOptions,
} from '../../helpers/fake-notary.js';

const NOW = new Date('2026-11-22T03:00:00Z');
const GUN = 'registry.test/acme/app';
const DAY = 24 * 3600 * 1000;
const inDays = (d: number) => new Date(NOW.getTime() + d * DAY);

async function warningsFor(o: Partial<DockerRepoOptions>, warnDays = 30) {
  const notary = new FakeNotary({ now: () => NOW });
  const repo = await createDockerRepository(notary, { gun: GUN, ...o });
  const { repo: trusted } = await loadTrustedRepository(repo.client, {
    referenceTime: NOW,
  });
  return { warnings: expiryWarnings(trusted, NOW, warnDays), repo };
}

describe('#expiryWarnings', () => {
  describe('when everything is far from expiry', () => {
    it('returns nothing', async () => {
      expect((await warningsFor({})).warnings).toEqual([]);
    });
  });

  describe('when root expires within 6 months', () => {
    it('warns that a root key holder must re-sign it', async () => {
      const { warnings } = await warningsFor({ rootExpires: inDays(100) });
      expect(warnings).toEqual([
        `root of ${GUN} expires 2027-03-02T03:00:00Z (100 days); a root key holder must re-sign it (delegates cannot): dct-sign renew ${GUN} --role root`,
      ]);
    });
  });

  describe('when the root certificate expires within 6 months', () => {
    it('warns that no fresh client can verify after that', async () => {
      const { warnings, repo } = await warningsFor({
        certNotAfter: inDays(90),
      });
      expect(warnings).toEqual([
        `root certificate ${repo.rootCert.keyID.slice(0, 12)} of ${GUN} expires 2027-02-20T03:00:00.000Z (90 days): after that no fresh client can verify the repository; rotate the root key`,
      ]);
    });
  });

  describe('when targets expires within the warning days', () => {
    it('warns that a targets key holder must re-sign it', async () => {
      const { warnings } = await warningsFor({ targetsExpires: inDays(20) });
      expect(warnings).toEqual([
        `targets of ${GUN} expires 2026-12-12T03:00:00Z (20 days); a targets key holder must re-sign it: dct-sign renew ${GUN} --role targets`,
      ]);
    });

    it('says nothing with fewer warning days', async () => {
      const { warnings } = await warningsFor(
        { targetsExpires: inDays(20) },
        10
      );
      expect(warnings).toEqual([]);
    });
  });
});
