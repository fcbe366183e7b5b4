import {
  canonicalKeyID,
  checkRootCertificate,
  verifySignature,
} from '../keys/index.js';
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
  /** The root role must list this key (TUF or canonical ID, or a unique prefix of ≥ 12 hex). */
  rootKeyID?: string;
  /** A root trusted earlier (TOFU cache); the current one must chain from it. */
  trustedRoot?: Uint8Array;
  /** Last trusted version per role (e.g. from a cache); a lower one is a rollback. */
  previousVersions?: Readonly<Record<string, number>>;
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
    checkPinnedRoot(repo.root.signed, options.rootKeyID, client.gun);
  return { repo, files };
}

/** Throws RootPinError unless the root role lists the pinned key. */
export function checkPinnedRoot(root: Root, pin: string, gun: string): void {
  const wanted = pin.toLowerCase();
  if (!/^[0-9a-f]{12,64}$/.test(wanted)) {
    throw new RootPinError(
      `root-key-id "${pin}" is not a key ID (12 to 64 hex digits)`
    );
  }
  const listed = [...root.roleKeys(ROOT_ROLE).keys].flatMap(([id, key]) => [
    id,
    canonicalKeyID(key),
  ]);
  if (!listed.some((id) => id.startsWith(wanted))) {
    throw new RootPinError(
      `the root of ${gun} is not signed by the pinned key ${wanted.slice(0, 12)} (root keys: ${[
        ...root.roleKeys(ROOT_ROLE).keys.keys(),
      ]
        .map((k) => k.slice(0, 12))
        .join(
          ', '
        )}); refusing it: a root swap is an attack unless a key holder rotated the root`
    );
  }
}

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
  for (let v = trusted.version + 1; v < latest; v++) {
    const bytes = await client.getRootVersion(v);
    if (!bytes)
      throw new RootRotationError(
        `root v${v} of ${client.gun} is missing: cannot follow the root rotation chain`
      );
    const next = SignedMetadata.parse(bytes, 'root');
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
