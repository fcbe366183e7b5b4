import {
  canonicalKeyID,
  generateKey,
  verifySignature,
  type PrivateKeySigner,
} from '../../src/keys/index.js';
import type { NotaryClient } from '../../src/notary/index.js';
import type { KeyRing } from '../../src/ops/admin/index.js';
import { loadTrustedRepository } from '../../src/ops/load-trusted.js';
import {
  SignedMetadata,
  verifyThreshold,
  type Key,
  type TrustedRepository,
} from '../../src/tuf/index.js';
import {
  FakeNotary,
  createDockerRepository,
  uploadedFiles,
  type DockerRepo,
  type DockerRepoOptions,
} from './fake-notary.js';

// Builders for the ops/admin unit tests: a docker-made repository on the
// in-memory notary, a key ring over a fixed set of private keys that records
// what it was asked, and readers for what was uploaded.

/** The clock of every admin test (server and client). */
export const ADMIN_NOW = new Date('2026-11-22T03:00:00Z');
export const ADMIN_GUN = 'registry.test/acme/app';

/** A docker-made repository (releases + `ci`) on a fresh fake notary at ADMIN_NOW. */
export async function dockerRepo(
  o: Partial<DockerRepoOptions> = {}
): Promise<DockerRepo> {
  const notary = new FakeNotary({ now: () => ADMIN_NOW });
  return createDockerRepository(notary, { gun: ADMIN_GUN, ...o });
}

/**
 * A GUN with no trust data yet on a fresh fake notary. The fake only answers
 * `GET timestamp.key` for GUNs it knows (notary-server creates the keys on
 * that GET), so the server keys are made up front as that GET would.
 */
export function emptyGun(gun = ADMIN_GUN): {
  notary: FakeNotary;
  client: NotaryClient;
} {
  const notary = new FakeNotary({ now: () => ADMIN_NOW });
  notary.init(gun);
  return { notary, client: notary.client(gun) };
}

/** A {@link KeyRing} over fixed keys, recording every call. */
export interface RecordingKeyRing extends KeyRing {
  /** `signerFor:<role>`, `rootSigner`, `createKey:<role>:<gun>` in call order. */
  calls: string[];
  /** Keys made by createKey / rootSigner, in order. */
  created: PrivateKeySigner[];
}

/**
 * A key ring holding `keys` (found by canonical ID, as the trust dir names
 * files). rootSigner returns `root` when given, else a new key; createKey
 * makes a new ecdsa key.
 */
export function keyRing(
  keys: readonly PrivateKeySigner[],
  options: { root?: PrivateKeySigner } = {}
): RecordingKeyRing {
  const ring: RecordingKeyRing = {
    calls: [],
    created: [],
    signerFor(ids, role) {
      ring.calls.push(`signerFor:${role}`);
      return Promise.resolve(keys.find((k) => ids.includes(k.keyID)));
    },
    rootSigner() {
      ring.calls.push('rootSigner');
      if (options.root) return Promise.resolve(options.root);
      const k = newKey('root');
      ring.created.push(k);
      return Promise.resolve(k);
    },
    createKey(role, gun) {
      ring.calls.push(`createKey:${role}:${gun}`);
      const k = newKey(role, gun);
      ring.created.push(k);
      return Promise.resolve(k);
    },
  };
  return ring;
}

/** A new unencrypted ecdsa key. */
export function newKey(role = 'ci', gun?: string): PrivateKeySigner {
  return generateKey('ecdsa', { role, gun, passphrase: undefined }).signer;
}

/** The role names of each POST the fake notary received, in part order. */
export function postedRoles(notary: FakeNotary): string[][] {
  return notary.posts.map((p) => uploadedFiles(p).map((f) => f.role));
}

/** The parsed files of the `n`th POST, by role. */
export function postedFiles(
  notary: FakeNotary,
  n = 0
): Map<string, SignedMetadata> {
  const kind = (role: string) => (role === 'root' ? 'root' : 'targets');
  return new Map(
    uploadedFiles(notary.posts[n]).map((f) => [
      f.role,
      SignedMetadata.parse(f.bytes, kind(f.role), f.role),
    ])
  );
}

/** Reads and verifies the repository as a fresh client would, at ADMIN_NOW. */
export async function readRepository(
  client: NotaryClient,
  hints: string[] = []
): Promise<TrustedRepository> {
  const { repo } = await loadTrustedRepository(client, {
    referenceTime: ADMIN_NOW,
    hints,
  });
  return repo;
}

/** True when `file` carries a threshold of valid signatures from `keys`. */
export function signedBy(
  file: SignedMetadata,
  keys: readonly Key[],
  threshold = 1
): boolean {
  try {
    verifyThreshold(
      file.signedBytes,
      file.signatures,
      {
        role: file.role,
        keys: new Map(keys.map((k) => [k.keyID, k])),
        threshold,
      },
      verifySignature
    );
    return true;
  } catch {
    return false;
  }
}

/** Canonical key IDs of keys (x509 keys by their bare key). */
export function canonicalIDs(keys: Iterable<Key>): string[] {
  return [...keys].map((k) => canonicalKeyID(k));
}
