import { describe, expect, it } from 'vitest';
import {
  DelegatedRole,
  ExpiredError,
  FileMeta,
  HashMismatchError,
  MissingMetadataError,
  RollbackError,
  RootRotationError,
  SignedMetadata,
  Targets,
  ThresholdError,
  VerificationError,
  verifyRepository,
} from '../../../../src/tuf/index.js';
import type {
  RepositoryFiles,
  VerifyRepositoryOptions,
} from '../../../../src/tuf/index.js';
import {
  checkRootKeyWithNode,
  nodeVerifier,
} from '../../../helpers/tuf-crypto.js';
import {
  FIXTURE_GUN,
  FIXTURE_TAGS,
  FIXTURE_TIME,
  fixtureRepository,
  manifestSha256,
} from '../../../helpers/tuf-fixtures.js';
import {
  buildTestRepo,
  createTestKeys,
  FAR_EXPIRES,
  TEST_TIME,
} from '../../../helpers/tuf-repo.js';

const fixtureOptions = (
  changes: Partial<VerifyRepositoryOptions> = {}
): VerifyRepositoryOptions => ({
  gun: FIXTURE_GUN,
  referenceTime: FIXTURE_TIME,
  verifier: nodeVerifier,
  checkRootKey: checkRootKeyWithNode,
  ...changes,
});
const testOptions = (
  changes: Partial<VerifyRepositoryOptions> = {}
): VerifyRepositoryOptions => ({
  gun: 'example.com/app',
  referenceTime: TEST_TIME,
  verifier: nodeVerifier,
  ...changes,
});

function expectFailure(
  files: RepositoryFiles,
  options: VerifyRepositoryOptions,
  cls: abstract new (...a: never[]) => Error,
  fragment: RegExp
): void {
  const fn = (): unknown => verifyRepository(files, options);
  expect(fn).toThrow(cls);
  expect(fn).toThrow(fragment);
}

describe('#verifyRepository', () => {
  describe('with the notary 0.7 fixture repository', () => {
    it('verifies every role with no warnings', () => {
      const repo = verifyRepository(fixtureRepository(), fixtureOptions());
      expect([...repo.roles.keys()]).toEqual([
        'targets',
        'targets/ci',
        'targets/releases',
      ]);
      expect(repo.warnings).toEqual([]);
      expect(repo.unpublished).toEqual([]);
      expect(repo.timestamp.signed.version).toBe(2);
    });

    for (const tag of FIXTURE_TAGS) {
      it(`finds ${tag} in targets/releases and targets/ci with the manifest's length and sha256`, () => {
        const repo = verifyRepository(fixtureRepository(), fixtureOptions());
        const found = repo.findTarget(tag, {
          roles: ['targets/releases', 'targets/ci', 'targets'],
        });
        expect(found.map((m) => [m.role, m.length, m.sha256Hex])).toEqual([
          ['targets/releases', 34, manifestSha256(tag)],
          ['targets/ci', 34, manifestSha256(tag)],
        ]);
      });
    }

    it('lists the signed tags per role', () => {
      const tags = verifyRepository(
        fixtureRepository(),
        fixtureOptions()
      ).signedTags();
      expect(Object.fromEntries(tags)).toEqual({
        targets: [],
        'targets/ci': FIXTURE_TAGS,
        'targets/releases': FIXTURE_TAGS,
      });
    });

    it('accepts the same root as the trusted root', () => {
      const files = fixtureRepository();
      expect(() =>
        verifyRepository(files, fixtureOptions({ trustedRoot: files.root }))
      ).not.toThrow();
    });

    describe('when the clock is past the timestamp expiry', () => {
      it('throws ExpiredError naming timestamp and its date', () => {
        expectFailure(
          fixtureRepository(),
          fixtureOptions({ referenceTime: new Date('2026-12-07T00:00:00Z') }),
          ExpiredError,
          /timestamp expired at 2026-12-06T02:00:29.787906269Z/
        );
      });
    });

    describe('when a byte of targets.json changes', () => {
      it('throws HashMismatchError for targets', () => {
        const files = fixtureRepository();
        const targets = Uint8Array.from(files.targets);
        targets[100] ^= 0x01;
        expectFailure(
          { ...files, targets },
          fixtureOptions(),
          HashMismatchError,
          /^targets: expected sha256/
        );
      });
    });

    describe('when a delegation file changes', () => {
      it('throws HashMismatchError (fatal, not a warning)', () => {
        const files = fixtureRepository();
        const ci = Uint8Array.from(files.delegations!.get('targets/ci')!);
        ci[50] ^= 0x01;
        const delegations = new Map(files.delegations).set('targets/ci', ci);
        expectFailure(
          { ...files, delegations },
          fixtureOptions(),
          HashMismatchError,
          /targets\/ci: expected sha256/
        );
      });
    });

    describe('when a previous version is higher', () => {
      it('throws RollbackError', () => {
        expectFailure(
          fixtureRepository(),
          fixtureOptions({ previousVersions: { targets: 3 } }),
          RollbackError,
          /targets: expected version ≥ 3, got 2/
        );
      });
    });

    describe('when the root certificate is not for the GUN', () => {
      it('throws VerificationError', () => {
        expectFailure(
          fixtureRepository(),
          fixtureOptions({ gun: 'other/app' }),
          VerificationError,
          /root: no valid root key for other\/app: certificate CN/
        );
      });
    });

    describe('when a delegation file is not supplied', () => {
      it('throws MissingMetadataError', () => {
        const files = fixtureRepository();
        const delegations = new Map(files.delegations);
        delegations.delete('targets/ci');
        expectFailure(
          { ...files, delegations },
          fixtureOptions(),
          MissingMetadataError,
          /targets\/ci is in the snapshot/
        );
      });
    });
  });

  describe('with a freshly signed repository', () => {
    it('verifies it', async () => {
      const { files } = await buildTestRepo();
      const repo = verifyRepository(files, testOptions());
      expect(repo.findTarget('v1').map((m) => m.role)).toEqual([
        'targets/releases',
      ]);
    });

    describe('when targets is signed by the wrong key', () => {
      it('throws ThresholdError (fatal for targets)', async () => {
        const { files } = await buildTestRepo({
          targetsSigners: (k) => [k.alice],
        });
        expectFailure(
          files,
          testOptions(),
          ThresholdError,
          /^targets signed by 0\/1 keys$/
        );
      });
    });

    describe('when a delegation signature byte is flipped', () => {
      it('skips the delegation with a warning', async () => {
        const { files } = await buildTestRepo({
          releasesBytes: (b) => {
            const text = new TextDecoder().decode(b);
            const sig = /"sig":"([^"]+)"/.exec(text)![1];
            const raw = Buffer.from(sig, 'base64');
            raw[5] ^= 0x01;
            return new TextEncoder().encode(
              text.replace(sig, raw.toString('base64'))
            );
          },
        });
        const repo = verifyRepository(files, testOptions());
        expect(repo.role('targets/releases')).toBeUndefined();
        expect(repo.warnings.map((w) => w.message)).toEqual([
          'skipped targets/releases: targets/releases signed by 0/1 keys',
        ]);
        expect(repo.warnings[0].cause).toBeInstanceOf(ThresholdError);
        expect(repo.findTarget('v1')).toEqual([]);
      });
    });

    describe('when a delegation is under its threshold', () => {
      it('skips it with a warning', async () => {
        const { files } = await buildTestRepo({
          targets: (t) =>
            t.withDelegation(
              t.delegation('targets/releases')!.with({ threshold: 2 })
            ),
        });
        const repo = verifyRepository(files, testOptions());
        expect(repo.warnings[0].message).toMatch(
          /targets\/releases signed by 1\/2 keys/
        );
      });
    });

    describe('when two delegates sign and the threshold is 2', () => {
      it('verifies the delegation', async () => {
        const { files } = await buildTestRepo({
          targets: (t) =>
            t.withDelegation(
              t.delegation('targets/releases')!.with({ threshold: 2 })
            ),
          releasesSigners: (k) => [k.alice, k.bob],
        });
        expect(verifyRepository(files, testOptions()).warnings).toEqual([]);
      });
    });

    describe('when the same delegate signature appears twice and the threshold is 2', () => {
      it('counts it once and skips the delegation', async () => {
        const { files } = await buildTestRepo({
          targets: (t) =>
            t.withDelegation(
              t.delegation('targets/releases')!.with({ threshold: 2 })
            ),
          releasesBytes: (b) => {
            const text = new TextDecoder().decode(b);
            const sig = /\{"keyid":[^}]+\}/.exec(text)![0];
            return new TextEncoder().encode(text.replace(sig, `${sig},${sig}`));
          },
        });
        expect(
          verifyRepository(files, testOptions()).warnings[0].message
        ).toMatch(/signed by 1\/2 keys/);
      });
    });

    describe('when a delegation has expired', () => {
      it('skips it with a warning, while the repository verifies', async () => {
        const { files } = await buildTestRepo({
          releases: (t) => t.withExpires(new Date('2026-06-01T00:00:00Z')),
        });
        const repo = verifyRepository(files, testOptions());
        expect(repo.warnings[0].message).toBe(
          'skipped targets/releases: targets/releases expired at 2026-06-01T00:00:00Z'
        );
        expect(repo.warnings[0].cause).toBeInstanceOf(ExpiredError);
      });
    });

    describe('when targets has expired', () => {
      it('throws ExpiredError', async () => {
        const { files } = await buildTestRepo({
          targets: (t) => t.withExpires(new Date('2026-06-01T00:00:00Z')),
        });
        expectFailure(
          files,
          testOptions(),
          ExpiredError,
          /^targets expired at 2026-06-01T00:00:00Z$/
        );
      });
    });

    describe('when a delegation signs a target outside its paths', () => {
      it('ignores the target in lookups and warns', async () => {
        const { files } = await buildTestRepo({
          targets: (t) =>
            t.withDelegation(
              t.delegation('targets/releases')!.with({ paths: ['release-'] })
            ),
          releases: (t) =>
            t.withTarget(
              'release-1',
              FileMeta.fromSha256Hex('01'.repeat(32), 1)
            ),
        });
        const repo = verifyRepository(files, testOptions());
        expect(repo.findTarget('v1')).toEqual([]);
        expect(repo.findTarget('release-1').map((m) => m.role)).toEqual([
          'targets/releases',
        ]);
        expect(repo.signedTags().get('targets/releases')).toEqual([
          'release-1',
        ]);
        expect(repo.warnings.map((w) => w.message)).toEqual([
          'targets/releases lists "v1" outside its paths ["release-"]; ignored',
        ]);
      });
    });

    describe('with a nested delegation whose paths exceed its parent', () => {
      it('cuts them down to the parent paths', async () => {
        const keys = createTestKeys();
        const child = new DelegatedRole({
          name: 'targets/releases/nightly',
          keyIDs: [keys.alice.keyID],
          threshold: 1,
          paths: ['v', 'nightly'],
        });
        const nightly = new Targets({
          role: 'targets/releases/nightly',
          version: 1,
          expires: FAR_EXPIRES,
        })
          .withTarget('nightly-1', FileMeta.fromSha256Hex('02'.repeat(32), 2))
          .withTarget('v2', FileMeta.fromSha256Hex('03'.repeat(32), 3));
        const { files } = await buildTestRepo({
          keys,
          targets: (t) =>
            t.withDelegation(
              t.delegation('targets/releases')!.with({ paths: ['v'] })
            ),
          releases: (t) => t.withDelegation(child, [keys.alice.publicKey]),
          extraDelegations: [nightly],
        });
        const repo = verifyRepository(files, testOptions());
        expect(repo.role('targets/releases/nightly')?.paths).toEqual(['v']);
        expect(repo.findTarget('v2').map((m) => m.role)).toEqual([
          'targets/releases/nightly',
        ]);
        expect(repo.findTarget('nightly-1')).toEqual([]);
        expect([...repo.roles.keys()]).toEqual([
          'targets',
          'targets/releases',
          'targets/releases/nightly',
        ]);
      });
    });

    describe('when a delegation is not in the snapshot', () => {
      it('skips it silently and reports it unpublished', async () => {
        const keys = createTestKeys();
        const ci = new DelegatedRole({
          name: 'targets/ci',
          keyIDs: [keys.bob.keyID],
          threshold: 1,
          paths: [''],
        });
        const { files } = await buildTestRepo({
          keys,
          targets: (t) => t.withDelegation(ci, [keys.bob.publicKey]),
        });
        const repo = verifyRepository(files, testOptions());
        expect(repo.unpublished).toEqual(['targets/ci']);
        expect(repo.warnings).toEqual([]);
      });
    });

    describe('when the snapshot does not list the served root', () => {
      it('throws HashMismatchError for root', async () => {
        const { files } = await buildTestRepo({
          snapshot: (s) =>
            s.withMeta('root', FileMeta.fromBytes(new Uint8Array([1]))),
        });
        expectFailure(
          files,
          testOptions(),
          HashMismatchError,
          /^root: expected length 1/
        );
      });
    });

    describe('when the root is rotated', () => {
      it('accepts a new root signed by the old and the new root key', async () => {
        const keys = createTestKeys();
        const old = await buildTestRepo({ keys });
        const newRoot = createTestKeys().root;
        const { files } = await buildTestRepo({
          keys: { ...keys, root: newRoot },
          root: (r) => r.with({ version: 2 }),
          rootSigners: (k) => [k.root, keys.root],
        });
        const repo = verifyRepository(
          files,
          testOptions({ trustedRoot: old.files.root })
        );
        expect(repo.root.signed.version).toBe(2);
      });

      it('throws RootRotationError when only the new key signed', async () => {
        const keys = createTestKeys();
        const old = await buildTestRepo({ keys });
        const { files } = await buildTestRepo({
          keys: { ...keys, root: createTestKeys().root },
          root: (r) => r.with({ version: 2 }),
        });
        expectFailure(
          files,
          testOptions({ trustedRoot: old.files.root }),
          RootRotationError,
          /root v2 is not signed by the trusted root v1: root signed by 0\/1 keys/
        );
      });

      it('throws ThresholdError when only the old key signed', async () => {
        const keys = createTestKeys();
        const old = await buildTestRepo({ keys });
        const { files } = await buildTestRepo({
          keys: { ...keys, root: createTestKeys().root },
          root: (r) => r.with({ version: 2 }),
          rootSigners: () => [keys.root],
        });
        expectFailure(
          files,
          testOptions({ trustedRoot: old.files.root }),
          ThresholdError,
          /^root signed by 0\/1 keys$/
        );
      });

      it('rejects a root whose version is below the trusted one', async () => {
        const keys = createTestKeys();
        const newer = await buildTestRepo({
          keys,
          root: (r) => r.with({ version: 5 }),
        });
        const { files } = await buildTestRepo({ keys });
        const trusted = SignedMetadata.parse(newer.files.root, 'root').signed;
        expectFailure(
          files,
          testOptions({ trustedRoot: trusted }),
          RollbackError,
          /root: expected version ≥ 5, got 1/
        );
      });
    });
  });
});
