import { describe, expect, it } from 'vitest';
import {
  createRootCertificate,
  generateKey,
  signerForCertificate,
  verifySignature,
  type PrivateKeySigner,
} from '../../../../src/keys/index.js';
import { NotaryClient } from '../../../../src/notary/index.js';
import {
  addSignerKeys,
  applySignerChange,
  applyToBundle,
  BundleError,
  checkSignerName,
  encodeBundle,
  MissingKeyError,
  NotSignedError,
  parseBundle,
  publishBundle,
  removeSignerKeys,
  SignerRemovalError,
  verifyTag,
  type Bundle,
  type KeyRing,
} from '../../../../src/ops/admin/index.js';
import { SILENT_LOGGER } from '../../../../src/ops/index.js';
import { UsageError } from '../../../../src/errors.js';
import {
  bytesToBase64,
  DelegatedRole,
  FileMeta,
  Targets,
  verifyRepository,
  verifyThreshold,
  type RepositoryFiles,
} from '../../../../src/tuf/index.js';
import { FakeTransport } from '../../../helpers/fake-transport.js';
import type { TestSigner } from '../../../helpers/tuf-crypto.js';
import {
  buildTestRepo,
  createTestKeys,
  TEST_TIME,
  type TestRepo,
} from '../../../helpers/tuf-repo.js';

const GUN = 'registry.example.com/acme/app';

/** A repository where targets/alice is a signer and alice alone signed targets/releases (tag v1). */
async function repoWithAlice(): Promise<TestRepo> {
  return buildTestRepo({
    targets: (t) => {
      // buildTestRepo creates the keys before the hooks run: reuse alice's
      const alice = t.delegationKeys.get(
        t.delegation('targets/releases')!.keyIDs[0]
      )!;
      return t.withDelegation(
        new DelegatedRole({
          name: 'targets/alice',
          keyIDs: [alice.keyID],
          threshold: 1,
          paths: [''],
        }),
        [alice]
      );
    },
  });
}

function trusted(files: RepositoryFiles) {
  return verifyRepository(files, {
    gun: GUN,
    referenceTime: TEST_TIME,
    verifier: verifySignature,
  });
}

/** A key ring holding only the repository's targets key; records what was asked. */
function ringFor(repo: TestRepo, asked: string[] = []): KeyRing {
  return {
    signerFor: (ids, role) => {
      asked.push(role);
      return Promise.resolve(
        ids.includes(repo.keys.targets.keyID)
          ? (repo.keys.targets as unknown as PrivateKeySigner)
          : undefined
      );
    },
    rootSigner: () => Promise.reject(new Error('not expected')),
    createKey: () => Promise.reject(new Error('not expected')),
  };
}

const newKey = () =>
  generateKey('ecdsa', { role: 'ci', passphrase: undefined });

describe('#checkSignerName', () => {
  it.each(['releases', 'Bad', '-x', 'a/b', ''])('refuses %j', (name) => {
    expect(() => checkSignerName(name)).toThrow(UsageError);
  });
  it('accepts docker names', () => {
    expect(() => checkSignerName('ci_bot-2')).not.toThrow();
  });
});

describe('#addSignerKeys', () => {
  describe('when neither role exists', () => {
    it('adds targets/releases and targets/NAME with paths [""] and threshold 1', () => {
      const key = newKey().signer.publicKey;
      const out = addSignerKeys(
        new Targets({ version: 1, expires: '2030-01-01T00:00:00Z' }),
        'ci',
        [key]
      );
      for (const name of ['targets/releases', 'targets/ci']) {
        expect(out.delegation(name)!.toJSON()).toEqual({
          keyids: [key.keyID],
          name,
          paths: [''],
          threshold: 1,
        });
      }
    });
  });
  describe('when targets/releases exists with threshold 2', () => {
    it('keeps the threshold and merges the keys', async () => {
      const { files } = await buildTestRepo({
        targets: (t) =>
          t.withDelegation(
            t.delegation('targets/releases')!.with({ threshold: 2 })
          ),
      });
      const before = trusted(files).targets.metadata.signed;
      const key = newKey().signer.publicKey;
      const releases = addSignerKeys(before, 'ci', [key]).delegation(
        'targets/releases'
      )!;
      expect(releases.threshold).toBe(2);
      expect(releases.keyIDs).toEqual([
        ...before.delegation('targets/releases')!.keyIDs,
        key.keyID,
      ]);
    });
  });
});

describe('#removeSignerKeys', () => {
  it("deletes targets/NAME and prunes the signer's keys from targets/releases", async () => {
    const repo = await repoWithAlice();
    const before = trusted(repo.files).targets.metadata.signed;
    const out = removeSignerKeys(before, 'alice', GUN);
    expect(out.delegation('targets/alice')).toBeUndefined();
    expect(out.delegation('targets/releases')!.keyIDs).toEqual([
      repo.keys.bob.keyID,
    ]);
    expect([...out.delegationKeys.keys()]).toEqual([repo.keys.bob.keyID]);
  });
  it('names the signers that exist when NAME is unknown', async () => {
    const before = trusted((await repoWithAlice()).files).targets.metadata
      .signed;
    expect(() => removeSignerKeys(before, 'carol', GUN)).toThrow(
      /no signer carol for repository .* \(signers: alice\)/
    );
  });
});

describe('#applySignerChange', () => {
  describe('when adding a signer', () => {
    it('signs targets v+1 with the targets key, expiring in 3 years', async () => {
      const repo = await buildTestRepo();
      const tr = trusted(repo.files);
      const key = newKey().signer.publicKey;
      const now = new Date('2027-01-01T00:00:00Z');
      const out = await applySignerChange(
        tr,
        { kind: 'add', name: 'ci', keys: [key] },
        { keyring: ringFor(repo), now }
      );
      expect(out.uploads.map((u) => u.role)).toEqual(['targets']);
      const t = out.uploads[0];
      expect(t.signed.version).toBe(2);
      expect(t.signed.expires).toBe('2030-01-01T00:00:00Z');
      expect(() =>
        verifyThreshold(
          t.signedBytes,
          t.signatures,
          tr.root.signed.roleKeys('targets'),
          verifySignature
        )
      ).not.toThrow();
      expect(out.diff.some((l) => l.startsWith('+ targets/ci'))).toBe(true);
    });
  });
  describe('with dryRun', () => {
    it('plans without asking the key ring for any key', async () => {
      const repo = await buildTestRepo();
      const asked: string[] = [];
      const out = await applySignerChange(
        trusted(repo.files),
        { kind: 'add', name: 'ci', keys: [newKey().signer.publicKey] },
        { keyring: ringFor(repo, asked), now: TEST_TIME, dryRun: true }
      );
      expect(out.uploads).toEqual([]);
      expect(asked).toEqual([]);
    });
  });
  describe('when removing the only signer of targets/releases', () => {
    it('refuses and says what breaks', async () => {
      const repo = await repoWithAlice();
      await expect(
        applySignerChange(
          trusted(repo.files),
          { kind: 'remove', name: 'alice' },
          { keyring: ringFor(repo), now: TEST_TIME }
        )
      ).rejects.toThrow(SignerRemovalError);
      await expect(
        applySignerChange(
          trusted(repo.files),
          { kind: 'remove', name: 'alice' },
          { keyring: ringFor(repo), now: TEST_TIME }
        )
      ).rejects.toThrow(
        /signed by 0\/1 .*1 tag\(s\) would stop verifying .*fall back to the tags in targets/
      );
    });
    it('goes ahead with force and warns', async () => {
      const repo = await repoWithAlice();
      const out = await applySignerChange(
        trusted(repo.files),
        { kind: 'remove', name: 'alice', force: true },
        { keyring: ringFor(repo), now: TEST_TIME }
      );
      expect(out.warnings[0]).toMatch(/--force/);
      expect(out.uploads[0].signed.delegation('targets/alice')).toBeUndefined();
    });
  });
  describe('when another key still signs targets/releases', () => {
    it('removes without force', async () => {
      const repo = await buildTestRepo({
        targets: (t) => {
          const alice = t.delegationKeys.get(
            t.delegation('targets/releases')!.keyIDs[0]
          )!;
          return t.withDelegation(
            new DelegatedRole({
              name: 'targets/alice',
              keyIDs: [alice.keyID],
              threshold: 1,
              paths: [''],
            }),
            [alice]
          );
        },
        releasesSigners: (k) => [k.alice, k.bob],
      });
      const out = await applySignerChange(
        trusted(repo.files),
        { kind: 'remove', name: 'alice' },
        { keyring: ringFor(repo), now: TEST_TIME }
      );
      expect(out.warnings).toEqual([]);
    });
  });
  describe('when rotating with the new private key', () => {
    it('re-signs targets/releases with it in the same upload, version + 1', async () => {
      const repo = await repoWithAlice();
      const tr = trusted(repo.files);
      const next = newKey();
      const out = await applySignerChange(
        tr,
        {
          kind: 'rotate',
          name: 'alice',
          keys: [next.signer.publicKey],
          newSigner: next.signer,
        },
        { keyring: ringFor(repo), now: TEST_TIME }
      );
      expect(out.uploads.map((u) => [u.role, u.signed.version])).toEqual([
        ['targets', 2],
        ['targets/releases', 2],
      ]);
      const targets = out.uploads[0].signed;
      expect(targets.delegation('targets/alice')!.keyIDs).toEqual([next.keyID]);
      expect(targets.delegation('targets/releases')!.keyIDs).toEqual([
        repo.keys.bob.keyID,
        next.keyID,
      ]);
      const releases = out.uploads[1];
      expect(() =>
        verifyThreshold(
          releases.signedBytes,
          releases.signatures,
          targets.roleKeys('targets/releases'),
          verifySignature
        )
      ).not.toThrow();
      expect(releases.signed.targets.has('v1')).toBe(true);
    });
    it('refuses a private key that is not one of the new public keys', async () => {
      const repo = await repoWithAlice();
      await expect(
        applySignerChange(
          trusted(repo.files),
          {
            kind: 'rotate',
            name: 'alice',
            keys: [newKey().signer.publicKey],
            newSigner: newKey().signer,
          },
          { keyring: ringFor(repo), now: TEST_TIME }
        )
      ).rejects.toThrow(
        /--new-private holds key .* not one of the --key public keys/
      );
    });
  });
  describe('when the targets key is not local', () => {
    it('throws MissingKeyError naming the key', async () => {
      const repo = await buildTestRepo();
      const empty: KeyRing = {
        ...ringFor(repo),
        signerFor: () => Promise.resolve(undefined),
      };
      await expect(
        applySignerChange(
          trusted(repo.files),
          { kind: 'add', name: 'ci', keys: [newKey().signer.publicKey] },
          { keyring: empty, now: TEST_TIME }
        )
      ).rejects.toThrow(
        new RegExp(
          `repository \\(targets\\) key of ${GUN} is not in the trust dir \\(wanted ${repo.keys.targets.keyID.slice(0, 12)}`
        )
      );
      await expect(
        applySignerChange(
          trusted(repo.files),
          { kind: 'add', name: 'ci', keys: [newKey().signer.publicKey] },
          { keyring: empty, now: TEST_TIME }
        )
      ).rejects.toThrow(MissingKeyError);
    });
  });
});

describe('#verifyTag', () => {
  it('takes targets/releases before targets', async () => {
    const repo = await buildTestRepo({
      targets: (t) =>
        t.withTarget('v1', FileMeta.fromSha256Hex('cd'.repeat(32), 10)),
    });
    expect(verifyTag(trusted(repo.files), 'v1')).toEqual({
      gun: GUN,
      tag: 'v1',
      digest: `sha256:${'ab'.repeat(32)}`,
      size: 528,
      role: 'targets/releases',
    });
  });
  it('throws NotSignedError for an unsigned tag', async () => {
    const repo = await buildTestRepo();
    expect(() => verifyTag(trusted(repo.files), 'v9')).toThrow(NotSignedError);
  });
});

/** A test repository whose root key is an X.509 certificate CN=GUN, as bundles are verified. */
async function certRepo(): Promise<TestRepo> {
  const rootKey = generateKey('ecdsa', {
    role: 'root',
    passphrase: undefined,
  }).signer;
  const cert = await createRootCertificate(rootKey, GUN, {
    notBefore: new Date('2026-01-01T00:00:00Z'),
    notAfter: new Date('2036-01-01T00:00:00Z'),
  });
  const root = signerForCertificate(rootKey, cert) as unknown as TestSigner;
  return buildTestRepo({ keys: { ...createTestKeys(), root } });
}

function bundleOf(repo: TestRepo): Bundle {
  const f = repo.files;
  return {
    schema: 'dct-sign/bundle/v1',
    server: 'https://notary.example.com',
    gun: GUN,
    fetchedAt: TEST_TIME.toISOString(),
    files: {
      root: bytesToBase64(f.root),
      timestamp: bytesToBase64(f.timestamp),
      snapshot: bytesToBase64(f.snapshot),
      targets: bytesToBase64(f.targets),
      'targets/releases': bytesToBase64(f.delegations.get('targets/releases')!),
    },
  };
}

describe('bundles', () => {
  describe('#parseBundle', () => {
    it('round-trips encodeBundle', async () => {
      const b = bundleOf(await buildTestRepo());
      expect(parseBundle(encodeBundle(b))).toEqual(b);
    });
    it('refuses other JSON', () => {
      expect(() =>
        parseBundle(new TextEncoder().encode('{"schema":"x"}'))
      ).toThrow(BundleError);
    });
  });
  describe('#applyToBundle', () => {
    it('verifies at the fetch time and stages the signed targets', async () => {
      const repo = await certRepo();
      const { bundle, result } = await applyToBundle(
        bundleOf(repo),
        { kind: 'add', name: 'ci', keys: [newKey().signer.publicKey] },
        { keyring: ringFor(repo), now: TEST_TIME }
      );
      expect(Object.keys(bundle.staged!)).toEqual(['targets']);
      expect(result.roles).toEqual([{ role: 'targets', version: 2 }]);
      await expect(
        applyToBundle(
          bundle,
          { kind: 'remove', name: 'ci' },
          { keyring: ringFor(repo), now: TEST_TIME }
        )
      ).rejects.toThrow(/already holds a staged change/);
    });
  });
  describe('#publishBundle', () => {
    it('refuses when the server changed since the fetch, uploading nothing', async () => {
      const repo = await certRepo();
      const { bundle } = await applyToBundle(
        bundleOf(repo),
        { kind: 'add', name: 'ci', keys: [newKey().signer.publicKey] },
        { keyring: ringFor(repo), now: TEST_TIME }
      );
      const other = await buildTestRepo();
      const transport = new FakeTransport()
        .on('GET', /\/root\.json$/, { status: 200, body: repo.files.root })
        .on('GET', /\/targets\.json$/, {
          status: 200,
          body: other.files.targets,
        });
      const client = new NotaryClient({
        serverUrl: bundle.server,
        gun: GUN,
        transport,
      });
      await expect(
        publishBundle(client, bundle, { now: TEST_TIME, logger: SILENT_LOGGER })
      ).rejects.toThrow(
        /targets of .* changed on the server since the bundle was fetched .*fetch again/
      );
      expect(transport.requests.filter((r) => r.method === 'POST')).toEqual([]);
    });
  });
});
