import { describe, expect, it } from 'vitest';
import { renderSummary, verifyCommands } from '../../../src/action/summary.js';
import type { SignImagesResult } from '../../../src/ops/index.js';

const digest = `sha256:${'ab'.repeat(32)}`;
const result: SignImagesResult = {
  gun: 'registry.example/acme/app',
  trustServer: 'https://notary.example',
  keyID: '34ac0ff55ac0550ed4762858f7f1b6d817936cdfd4b6376dcda376e1b119e971',
  roles: [
    {
      role: 'targets/releases',
      previousVersion: 3,
      version: 4,
      expires: '2029-11-22T00:00:00Z',
    },
    {
      role: 'targets/ci',
      previousVersion: 0,
      version: 1,
      expires: '2029-11-22T00:00:00Z',
    },
  ],
  targets: [
    { tag: 'v1', digest, size: 528 },
    { tag: 'latest', digest, size: 528 },
  ],
  published: true,
  verifiedAfterPublish: true,
  rootKeyIDs: [
    '21ed0a8054042bd87589b29169b066f1b10b5035adad80f2832134be238d893f',
  ],
  rootBytes: new Uint8Array(),
  versions: { root: 1, 'targets/releases': 4 },
  snapshotVersion: 7,
  timestampVersion: 9,
  warnings: ['targets of registry.example/acme/app expires soon'],
  attempts: 2,
};

describe('#renderSummary', () => {
  describe('when tags were published', () => {
    const md = renderSummary([result], false);

    it('has a heading that says they were signed and published', () => {
      expect(md.split('\n')[0]).toBe(
        '## Docker Content Trust: signed and published'
      );
    });

    it('has one table row per tag and role, with digest, size, short key ID, versions and expiry', () => {
      const rows = md
        .split('\n')
        .filter((l) => l.startsWith('| registry.example'));
      expect(rows).toHaveLength(4);
      expect(rows[0]).toBe(
        `| registry.example/acme/app | v1 | \`${digest}\` | 528 | targets/releases | \`34ac0ff55ac0\` | 3 → 4 | 2029-11-22T00:00:00Z |`
      );
      expect(rows[3]).toContain('| latest |');
      expect(rows[3]).toContain('| targets/ci |');
    });

    it('says the upload was verified, lists root keys, attempts and warnings', () => {
      expect(md).toContain('verified after upload: snapshot v7, timestamp v9');
      expect(md).toContain('root keys `21ed0a805404`');
      expect(md).toContain('2 attempts (concurrent updates)');
      expect(md).toContain(
        '⚠️ targets of registry.example/acme/app expires soon'
      );
    });

    it('ends with the verify commands in a shell block', () => {
      expect(md).toContain(
        ['```sh', ...verifyCommands([result]), '```'].join('\n')
      );
    });
  });

  describe('when it was a dry run', () => {
    it('says nothing was published', () => {
      const md = renderSummary(
        [{ ...result, published: false, verifiedAfterPublish: false }],
        true
      );
      expect(md).toContain('dry run (nothing published)');
      expect(md).toContain('not uploaded (dry run)');
    });
  });

  describe('when a tag contains a pipe', () => {
    it('escapes it so the table keeps its columns', () => {
      const md = renderSummary(
        [{ ...result, targets: [{ tag: 'a|b', digest, size: 1 }] }],
        false
      );
      expect(md).toContain('| a\\|b |');
    });
  });
});

describe('#verifyCommands', () => {
  it('gives dct-sign inspect, dct-sign verify per tag and the notary list for the roles', () => {
    expect(verifyCommands([result])).toEqual([
      'dct-sign inspect registry.example/acme/app --trust-server https://notary.example',
      'dct-sign verify registry.example/acme/app:v1 --trust-server https://notary.example',
      'dct-sign verify registry.example/acme/app:latest --trust-server https://notary.example',
      'notary -s https://notary.example list registry.example/acme/app --roles targets/releases --roles targets/ci',
    ]);
  });
});
