import type { SignatureVerifier } from '../crypto-ports.js';
import { RootRotationError, VerificationError } from '../errors.js';
import type { Key } from '../model/key.js';
import { SignedMetadata } from '../model/metadata.js';
import type { RoleKeys } from '../model/role-keys.js';
import { Root } from '../model/root.js';
import {
  ROOT_ROLE,
  SNAPSHOT_ROLE,
  TARGETS_ROLE,
  TIMESTAMP_ROLE,
} from '../role-names.js';
import { verifyExpiry, verifyFileMeta, verifyVersion } from './checks.js';
import { DelegationWalk } from './delegation-walk.js';
import { verifyThreshold } from './threshold.js';
import { TrustedRepository } from './trusted-repository.js';

/** A repository's files as fetched: exact bytes, nothing parsed yet. */
export interface RepositoryFiles {
  root: Uint8Array;
  timestamp: Uint8Array;
  snapshot: Uint8Array;
  targets: Uint8Array;
  /** Delegation name (`targets/releases`) → file bytes. */
  delegations?: ReadonlyMap<string, Uint8Array>;
}

/** How to verify: everything is explicit, nothing is read from the environment. */
export interface VerifyRepositoryOptions {
  gun: string;
  /** Expiry is judged at this instant. */
  referenceTime: Date;
  verifier: SignatureVerifier;
  /**
   * Throws for a root key that is not acceptable for `gun` at `at` (x509 leaf,
   * CN, expiry: [N] trustpinning/certs.go); provided by keys/. Without it, no
   * certificate checks are made.
   */
  checkRootKey?: (key: Key, gun: string, at: Date) => void;
  /** The previously trusted root: the new root must also satisfy its root role. */
  trustedRoot?: Uint8Array | Root;
  /** Last trusted version per role; lower versions are rollbacks. */
  previousVersions?: Readonly<Record<string, number>>;
}

/**
 * Verifies a whole repository in notary's client order ([N] client/tufclient.go,
 * tuf/builder.go; notary-protocol.md §8.1): root → timestamp → snapshot →
 * targets → delegations depth-first in pre-order. Pure: the reference time,
 * verifier and previous state all come in through `options`.
 */
export function verifyRepository(
  files: RepositoryFiles,
  options: VerifyRepositoryOptions
): TrustedRepository {
  const min = (role: string): number => options.previousVersions?.[role] ?? 1;
  const root = verifyRoot(files.root, options, min(ROOT_ROLE));

  // Step 2: timestamp, signed by root's timestamp keys (never checksummed).
  const timestamp = SignedMetadata.parse(files.timestamp, 'timestamp');
  checkSigned(
    timestamp,
    root.signed.roleKeys(TIMESTAMP_ROLE),
    options,
    min(TIMESTAMP_ROLE)
  );

  // Step 3: snapshot bytes must match the timestamp's meta, then its signatures.
  verifyFileMeta(SNAPSHOT_ROLE, files.snapshot, timestamp.signed.snapshotMeta);
  const snapshot = SignedMetadata.parse(files.snapshot, 'snapshot');
  checkSigned(
    snapshot,
    root.signed.roleKeys(SNAPSHOT_ROLE),
    options,
    min(SNAPSHOT_ROLE)
  );
  // [N] builder validateChecksumsFromSnapshot: the root we trust is the one the snapshot lists.
  verifyFileMeta(ROOT_ROLE, files.root, snapshot.signed.meta.get(ROOT_ROLE)!);

  // Step 4: targets, checksummed by the snapshot, signed by root's targets keys.
  verifyFileMeta(
    TARGETS_ROLE,
    files.targets,
    snapshot.signed.meta.get(TARGETS_ROLE)!
  );
  const targets = SignedMetadata.parse(files.targets, 'targets');
  const targetsKeys = root.signed.roleKeys(TARGETS_ROLE);
  checkSigned(targets, targetsKeys, options, min(TARGETS_ROLE));

  const walk = new DelegationWalk({
    delegations: files.delegations,
    meta: snapshot.signed.meta,
    referenceTime: options.referenceTime,
    verifier: options.verifier,
    minVersion: min,
    remembered: (role) => options.previousVersions?.[role] !== undefined,
  });
  walk.run({
    role: TARGETS_ROLE,
    metadata: targets,
    paths: [''],
    keys: targetsKeys,
  });
  return new TrustedRepository({
    gun: options.gun,
    root,
    timestamp,
    snapshot,
    roles: walk.trusted,
    unpublished: walk.unpublished,
    warnings: walk.warnings,
  });
}

// Signatures, then version, then expiry last ([N] tuf/builder.go load*).
function checkSigned(
  metadata: SignedMetadata,
  keys: RoleKeys,
  options: VerifyRepositoryOptions,
  minVersion: number
): void {
  verifyThreshold(
    metadata.signedBytes,
    metadata.signatures,
    keys,
    options.verifier
  );
  verifyVersion(metadata.role, metadata.signed.version, minVersion);
  verifyExpiry(metadata.role, metadata.signed.expires, options.referenceTime);
}

/**
 * Step 1 ([N] trustpinning/certs.go ValidateRoot, builder loadRoot): with a
 * trusted root, the new one needs a threshold of the old root keys (certificate
 * expiry not checked); it always needs a threshold of its own acceptable keys.
 */
function verifyRoot(
  bytes: Uint8Array,
  options: VerifyRepositoryOptions,
  minVersion: number
): SignedMetadata<Root> {
  const root = SignedMetadata.parse(bytes, 'root');
  let floor = minVersion;
  if (options.trustedRoot) {
    const old =
      options.trustedRoot instanceof Root
        ? options.trustedRoot
        : SignedMetadata.parse(options.trustedRoot, 'root').signed;
    try {
      verifyThreshold(
        root.signedBytes,
        root.signatures,
        old.roleKeys(ROOT_ROLE),
        options.verifier
      );
    } catch (err) {
      if (!(err instanceof VerificationError)) throw err;
      throw new RootRotationError(
        `root v${root.signed.version} is not signed by the trusted root v${old.version}: ${err.message}`,
        { cause: err }
      );
    }
    floor = Math.max(floor, old.version);
  }
  verifyThreshold(
    root.signedBytes,
    root.signatures,
    acceptableRootKeys(root.signed, options),
    options.verifier
  );
  verifyVersion(ROOT_ROLE, root.signed.version, floor);
  verifyExpiry(ROOT_ROLE, root.signed.expires, options.referenceTime);
  return root;
}

// Only root keys that pass checkRootKey count ([N] validRootLeafCerts drops
// the others); none left is fatal.
function acceptableRootKeys(
  root: Root,
  options: VerifyRepositoryOptions
): RoleKeys {
  const all = root.roleKeys(ROOT_ROLE);
  const check = options.checkRootKey;
  if (!check) return all;
  const keys = new Map<string, Key>();
  let firstError: unknown;
  for (const [id, key] of all.keys) {
    try {
      check(key, options.gun, options.referenceTime);
      keys.set(id, key);
    } catch (err) {
      firstError ??= err;
    }
  }
  if (keys.size === 0) {
    const reason = firstError instanceof Error ? `: ${firstError.message}` : '';
    throw new VerificationError(
      `root: no valid root key for ${options.gun}${reason}`,
      { cause: firstError }
    );
  }
  return { ...all, keys };
}
