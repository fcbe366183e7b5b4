import { describe, expect, it } from 'vitest';
import {
  checkRootCertificate,
  verifySignature,
} from '../../../src/keys/index.js';
import {
  formatReport,
  loadTrustedRepository,
  reportRepository,
} from '../../../src/ops/index.js';
import { verifyRepository } from '../../../src/tuf/index.js';
import {
  FakeNotary,
  createDockerRepository,
  newDelegationKey,
  tagTarget,
} from '../../helpers/fake-notary.js';
import {
  FIXTURE_GUN,
  FIXTURE_TIME,
  fixtureRepository,
  manifestSha256,
} from '../../helpers/tuf-fixtures.js';

const ROOT_ID =
  '21ed0a8054042bd87589b29169b066f1b10b5035adad80f2832134be238d893f';
const ROOT_CANONICAL =
  '22ad76d09d64567e0330913ee8d5fa00c5d07cbbdcbe8ba42a4ba6445ec45218';
const TARGETS_ID =
  'a9c2bea4739d8c0e020a37664467061bda04352f659d12e4cb8ab177914fd012';
const SNAPSHOT_ID =
  'a814e19c4ac31832108ecf3c2e5d42539daa48392185090f7866f8db64d9d329';
const TIMESTAMP_ID =
  '623256a285d178d832fdea03ba30ce691b2881292f1c21ea5607390250194181';
const CI_ID =
  '34ac0ff55ac0550ed4762858f7f1b6d817936cdfd4b6376dcda376e1b119e971';

const key = (id: string, type: string) => ({ id, canonicalID: id, type });
const tags = ['latest', 'v1.0.0', 'v1.1.0'].map((tag) => ({
  tag,
  digest: `sha256:${manifestSha256(tag)}`,
  size: 34,
}));

function fixtureReport() {
  const repo = verifyRepository(fixtureRepository(), {
    gun: FIXTURE_GUN,
    referenceTime: FIXTURE_TIME,
    verifier: verifySignature,
    checkRootKey: checkRootCertificate,
  });
  return reportRepository(repo, FIXTURE_TIME);
}

describe('#reportRepository', () => {
  describe('with the notary 0.7 fixture repository', () => {
    it('returns the documented JSON shape', () => {
      expect(JSON.parse(JSON.stringify(fixtureReport()))).toEqual({
        schema: 'dct-sign/inspect/v1',
        gun: '127.0.0.1:5000/fixtures/app',
        verifiedAt: '2026-11-22T03:00:00Z',
        roles: [
          {
            name: 'root',
            version: 1,
            expires: '2036-11-19T02:00:29.694620393Z',
            threshold: 1,
            keys: [
              {
                id: ROOT_ID,
                canonicalID: ROOT_CANONICAL,
                type: 'ecdsa-x509',
                certificateExpires: '2036-11-19T02:00:29Z',
              },
            ],
          },
          {
            name: 'targets',
            version: 2,
            expires: '2029-11-21T02:00:29.700936238Z',
            threshold: 1,
            keys: [key(TARGETS_ID, 'ecdsa')],
            tags: [],
          },
          {
            name: 'snapshot',
            version: 2,
            expires: '2029-11-21T02:00:29.787435763Z',
            threshold: 1,
            keys: [key(SNAPSHOT_ID, 'ed25519')],
          },
          {
            name: 'timestamp',
            version: 2,
            expires: '2026-12-06T02:00:29.787906269Z',
            threshold: 1,
            keys: [key(TIMESTAMP_ID, 'ed25519')],
          },
          {
            name: 'targets/ci',
            version: 1,
            expires: '2029-11-21T02:00:29.780936231Z',
            threshold: 1,
            keys: [key(CI_ID, 'ecdsa')],
            paths: [''],
            tags,
          },
          {
            name: 'targets/releases',
            version: 1,
            expires: '2029-11-21T02:00:29.780644669Z',
            threshold: 1,
            keys: [key(CI_ID, 'ecdsa')],
            paths: [''],
            tags,
          },
        ],
        signedTags: tags.map((t) => ({
          ...t,
          roles: ['targets/releases', 'targets/ci'],
        })),
        unpublishedDelegations: [],
        warnings: [],
      });
    });
  });
});

describe('#formatReport', () => {
  describe('with the notary 0.7 fixture repository', () => {
    it('lists roles with short key IDs and the signed tags', () => {
      const lines = formatReport(fixtureReport()).split('\n');
      expect(lines[0]).toBe(
        'Repository 127.0.0.1:5000/fixtures/app (verified at 2026-11-22T03:00:00Z)'
      );
      expect(lines).toContain(
        '  root                 v1    expires 2036-11-19T02:00:29.694620393Z  threshold 1  keys 21ed0a805404 (canonical 22ad76d09d64)'
      );
      expect(lines).toContain(
        '  targets/ci           v1    expires 2029-11-21T02:00:29.780936231Z  threshold 1  keys 34ac0ff55ac0  paths [""]'
      );
      expect(lines).toContain(
        `  latest               sha256:${manifestSha256('latest')}  34 bytes  targets/releases, targets/ci`
      );
    });
  });

  describe('when delegations are unpublished or skipped', () => {
    it('prints notes, warnings and (none)', async () => {
      const now = new Date('2026-11-22T03:00:00Z');
      const notary = new FakeNotary({ now: () => now });
      const repo = await createDockerRepository(notary, {
        gun: 'registry.test/acme/app',
        publishSigner: false,
        tags: [tagTarget('v1')],
        releasesSignedBy: newDelegationKey('removed'),
      });
      const { repo: trusted } = await loadTrustedRepository(repo.client, {
        referenceTime: now,
      });
      const report = reportRepository(trusted, now);
      expect(report.unpublishedDelegations).toEqual(['targets/ci']);
      const text = formatReport(report);
      expect(text).toContain('Signed tags:\n  (none)');
      expect(text).toContain(
        '  note: targets/ci is delegated but was never published'
      );
      expect(text).toContain(
        'warning: targets/releases: skipped targets/releases: targets/releases signed by 0/1 keys'
      );
    });
  });
});
