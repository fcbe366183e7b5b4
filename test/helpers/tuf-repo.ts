import {
  DelegatedRole,
  FileMeta,
  Root,
  RootRole,
  signMetadata,
  Snapshot,
  Targets,
  Timestamp,
} from '../../src/tuf/index.js';
import type { RepositoryFiles, SigningKey } from '../../src/tuf/index.js';
import { createTestSigner } from './tuf-crypto.js';
import type { TestSigner } from './tuf-crypto.js';

/** Far enough in the future for every test clock. */
export const FAR_EXPIRES = '2030-01-01T00:00:00Z';
/** The clock repository tests verify at. */
export const TEST_TIME = new Date('2027-01-01T00:00:00Z');

/** Keys of a generated repository, one signer per role plus two delegates. */
export interface TestKeys {
  root: TestSigner;
  targets: TestSigner;
  snapshot: TestSigner;
  timestamp: TestSigner;
  alice: TestSigner;
  bob: TestSigner;
}

/** Hooks that change one role before it is signed, or its bytes after. */
export interface RepoSpec {
  root?: (r: Root) => Root;
  /** Who signs root (default: the root key). */
  rootSigners?: (k: TestKeys) => SigningKey[];
  targets?: (t: Targets) => Targets;
  releases?: (t: Targets) => Targets;
  /** Who signs targets/releases (default: alice). */
  releasesSigners?: (k: TestKeys) => SigningKey[];
  /** Who signs targets (default: the targets key). */
  targetsSigners?: (k: TestKeys) => SigningKey[];
  /** Raw edit of targets/releases bytes before the snapshot records them. */
  releasesBytes?: (b: Uint8Array) => Uint8Array;
  /** Extra delegation files (name → model), signed by alice, recorded in the snapshot. */
  extraDelegations?: Targets[];
  snapshot?: (s: Snapshot) => Snapshot;
  keys?: TestKeys;
}

/** A freshly signed repository plus the keys that made it. */
export interface TestRepo {
  files: RepositoryFiles & { delegations: Map<string, Uint8Array> };
  keys: TestKeys;
}

/** Fresh keys: ECDSA for root, targets and delegates; Ed25519 for snapshot and timestamp. */
export function createTestKeys(): TestKeys {
  return {
    root: createTestSigner('ecdsa'),
    targets: createTestSigner('ecdsa'),
    snapshot: createTestSigner('ed25519'),
    timestamp: createTestSigner('ed25519'),
    alice: createTestSigner('ecdsa'),
    bob: createTestSigner('ecdsa'),
  };
}

/**
 * Builds and signs root → targets (delegating `targets/releases` to alice and
 * bob, threshold 1, paths [""]) → targets/releases (tag `v1`) → snapshot →
 * timestamp, applying the hooks in `spec`.
 */
export async function buildTestRepo(spec: RepoSpec = {}): Promise<TestRepo> {
  const k = spec.keys ?? createTestKeys();
  const role = (s: TestSigner): RootRole =>
    new RootRole({ keyIDs: [s.keyID], threshold: 1 });
  let root = new Root({
    version: 1,
    expires: FAR_EXPIRES,
    keys: new Map(
      [k.root, k.targets, k.snapshot, k.timestamp].map((s) => [
        s.keyID,
        s.publicKey,
      ])
    ),
    roles: new Map([
      ['root', role(k.root)],
      ['targets', role(k.targets)],
      ['snapshot', role(k.snapshot)],
      ['timestamp', role(k.timestamp)],
    ]),
  });
  root = spec.root?.(root) ?? root;
  const rootFile = await signMetadata(root, spec.rootSigners?.(k) ?? [k.root]);

  const releasesRole = new DelegatedRole({
    name: 'targets/releases',
    keyIDs: [k.alice.keyID, k.bob.keyID],
    threshold: 1,
    paths: [''],
  });
  let targets = new Targets({
    version: 1,
    expires: FAR_EXPIRES,
  }).withDelegation(releasesRole, [k.alice.publicKey, k.bob.publicKey]);
  targets = spec.targets?.(targets) ?? targets;
  const targetsFile = await signMetadata(
    targets,
    spec.targetsSigners?.(k) ?? [k.targets]
  );

  let releases = new Targets({
    role: 'targets/releases',
    version: 1,
    expires: FAR_EXPIRES,
  }).withTarget('v1', FileMeta.fromSha256Hex('ab'.repeat(32), 528));
  releases = spec.releases?.(releases) ?? releases;
  const releasesFile = await signMetadata(
    releases,
    spec.releasesSigners?.(k) ?? [k.alice]
  );
  const releasesBytes =
    spec.releasesBytes?.(releasesFile.bytes) ?? releasesFile.bytes;

  const delegations = new Map([['targets/releases', releasesBytes]]);
  for (const extra of spec.extraDelegations ?? []) {
    delegations.set(extra.role, (await signMetadata(extra, [k.alice])).bytes);
  }
  let snapshot = new Snapshot({
    version: 1,
    expires: FAR_EXPIRES,
    meta: new Map([
      ['root', FileMeta.fromBytes(rootFile.bytes)],
      ['targets', FileMeta.fromBytes(targetsFile.bytes)],
      ...[...delegations].map(([n, b]): [string, FileMeta] => [
        n,
        FileMeta.fromBytes(b),
      ]),
    ]),
  });
  snapshot = spec.snapshot?.(snapshot) ?? snapshot;
  const snapshotFile = await signMetadata(snapshot, [k.snapshot]);
  const timestamp = new Timestamp({
    version: 1,
    expires: FAR_EXPIRES,
    meta: new Map([['snapshot', FileMeta.fromBytes(snapshotFile.bytes)]]),
  });
  const timestampFile = await signMetadata(timestamp, [k.timestamp]);
  return {
    keys: k,
    files: {
      root: rootFile.bytes,
      timestamp: timestampFile.bytes,
      snapshot: snapshotFile.bytes,
      targets: targetsFile.bytes,
      delegations,
    },
  };
}
