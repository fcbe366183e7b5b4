import {
  canonicalKeyID,
  checkRootCertificate,
  verifySignature,
} from '../keys/index.js';
import { UsageError } from '../errors.js';
import type { NotaryClient } from '../notary/index.js';
import {
  ROOT_ROLE,
  RootRotationError,
  SignedMetadata,
  verifyRepository,
  verifyThreshold,
  type RepositoryFiles,
  type Root,
  type TrustedRepository,
} from '../tuf/index.js';
import { RootPinError, nameTheAttack } from './errors.js';
import { fetchRepositoryFiles } from './fetch-files.js';

/** How a repository's root is trusted: pinned key, remembered root, or first use. */
export interface TrustOptions {
  /**
   * Pin: a threshold of the root must be signed by this key alone (full
   * 64-hex TUF or canonical ID), whatever else the root lists.
   */
  rootKeyID?: string;
  /** A root trusted earlier (TOFU cache); the current one must chain from it. */
  trustedRoot?: Uint8Array;
  /** Last trusted version per role (e.g. from a cache); a lower one is a rollback. */
  previousVersions?: Readonly<Record<string, number>>;
  /**
   * Called with the root's exact bytes once the whole repository verified,
   * so the glue can remember it (docker's and notary's client cache).
   */
  remember?: (root: Uint8Array) => void;
}

/** Options of {@link loadTrustedRepository}. */
export interface LoadOptions extends TrustOptions {
  referenceTime: Date;
  /** Delegations to fetch in the first round (speculatively, by name). */
  hints?: readonly string[];
  /** Files held from an earlier fetch, reused where unchanged (see fetchRepositoryFiles). */
  known?: RepositoryFiles;
}

/**
 * Fetches and verifies a whole repository the way a notary client does
 * (timestamp → snapshot → targets → delegations, [N] client/tufclient.go),
 * then applies our root policy: pin (root-key-id) or remembered root (TOFU,
 * with the rotation chain `<v>.root.json` walked as notary walks it).
 */
export async function loadTrustedRepository(
  client: NotaryClient,
  options: LoadOptions
): Promise<{ repo: TrustedRepository; files: RepositoryFiles }> {
  try {
    return await loadAndVerify(client, options);
  } catch (err) {
    throw nameTheAttack(err, client.gun);
  }
}

async function loadAndVerify(
  client: NotaryClient,
  options: LoadOptions
): Promise<{ repo: TrustedRepository; files: RepositoryFiles }> {
  const files = await fetchRepositoryFiles(client, {
    hints: options.hints,
    known: options.known,
  });
  const current = SignedMetadata.parse(files.root, 'root').signed;
  const trustedRoot = options.trustedRoot
    ? await walkRootChain(client, options.trustedRoot, current.version)
    : undefined;
  const repo = verifyRepository(files, {
    gun: client.gun,
    referenceTime: options.referenceTime,
    verifier: verifySignature,
    checkRootKey: checkRootCertificate,
    trustedRoot,
    previousVersions: options.previousVersions,
  });
  if (options.rootKeyID)
    checkPinnedRoot(
      repo.root,
      options.rootKeyID,
      client.gun,
      options.referenceTime
    );
  options.remember?.(files.root);
  return { repo, files };
}

/**
 * Checks a `root-key-id` pin's form before anything touches the network: a
 * full 64-hex key ID, since a prefix is not a pin (48 bits can be ground).
 */
export function parseRootPin(pin: string): string {
  const id = pin.trim().toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(id)) {
    throw new UsageError(
      `root-key-id "${pin}" is not a full key ID: give all 64 hex digits of the root key's TUF or canonical ID (listed by \`dct-sign inspect GUN\` under root, or \`notary key list\` / \`dct-sign key list\` where the root key is kept)`
    );
  }
  return id;
}

/**
 * Pin means signed ([N] trustpinning/certs.go ValidateRoot): the root's keys
 * are pruned to the pinned one (by TUF or canonical ID), which must also be
 * an acceptable root certificate, and the root role's threshold is counted
 * over those alone. Listing the pinned key next to a key of one's own is not
 * enough: the attacker's signature does not count. Throws RootPinError.
 */
export function checkPinnedRoot(
  root: SignedMetadata<Root>,
  pin: string,
  gun: string,
  at?: Date
): void {
  const wanted = parseRootPin(pin);
  const role = root.signed.roleKeys(ROOT_ROLE);
  const pinned = new Map(
    [...role.keys].filter(
      ([id, key]) => id === wanted || canonicalKeyID(key) === wanted
    )
  );
  const listed = [...role.keys.keys()].map((k) => k.slice(0, 12)).join(', ');
  const refuse = (why: string, cause?: unknown) =>
    new RootPinError(
      `the root of ${gun} is not signed by the pinned key ${wanted.slice(0, 12)} (${why}; root keys: ${listed}); refusing it: a root swap is an attack unless a key holder rotated the root (then pin the new root key)`,
      { cause }
    );
  if (pinned.size === 0) throw refuse('the root does not list it');
  for (const key of pinned.values()) {
    try {
      if (at) checkRootCertificate(key, gun, at);
    } catch (err) {
      throw refuse(
        `its certificate is not acceptable: ${(err as Error).message}`,
        err
      );
    }
  }
  try {
    verifyThreshold(
      root.signedBytes,
      root.signatures,
      { ...role, keys: pinned },
      verifySignature
    );
  } catch (err) {
    throw refuse((err as Error).message, err);
  }
}

/**
 * Most root versions walked from a trusted root to the current one. Notary
 * walks any distance; a legitimate repository rotates its root a handful of
 * times, so a bigger gap is refused (one request per link, each ≤ 1 MiB).
 */
export const MAX_ROOT_ROTATIONS = 100;

/**
 * From a trusted root at version n to the root just before `latest`: each
 * `<v>.root.json` must be signed by a threshold of the previous root's root
 * keys and of its own ([N] trustpinning/certs.go ValidateRoot, §8.2).
 */
async function walkRootChain(
  client: NotaryClient,
  trustedBytes: Uint8Array,
  latest: number
): Promise<Root> {
  let trusted = SignedMetadata.parse(trustedBytes, 'root').signed;
  // Bounded: a server that claims root v1e15 must not keep us fetching.
  if (latest - trusted.version > MAX_ROOT_ROTATIONS) {
    throw new RootRotationError(
      `root v${latest} of ${client.gun} is ${latest - trusted.version} versions past the trusted root v${trusted.version}: more than ${MAX_ROOT_ROTATIONS} rotations to follow; refusing`
    );
  }
  for (let v = trusted.version + 1; v < latest; v++) {
    const bytes = await client.getRootVersion(v);
    if (!bytes)
      throw new RootRotationError(
        `root v${v} of ${client.gun} is missing: cannot follow the root rotation chain`
      );
    const next = SignedMetadata.parse(bytes, 'root');
    // [N] client/tufclient.go updateRootVersions: <v>.root.json must be
    // version v, or a server could loop the walk or skip links.
    if (next.signed.version !== v) {
      throw new RootRotationError(
        `${v}.root.json of ${client.gun} holds root v${next.signed.version}, not v${v}: refusing the rotation chain`
      );
    }
    for (const keys of [
      trusted.roleKeys(ROOT_ROLE),
      next.signed.roleKeys(ROOT_ROLE),
    ]) {
      try {
        verifyThreshold(
          next.signedBytes,
          next.signatures,
          keys,
          verifySignature
        );
      } catch (err) {
        throw new RootRotationError(
          `root v${v} of ${client.gun} does not chain from the trusted root v${trusted.version}: ${(err as Error).message}`,
          { cause: err }
        );
      }
    }
    trusted = next.signed;
  }
  return trusted;
}
