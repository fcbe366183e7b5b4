import { verifySignature } from '../../keys/index.js';
import type { NotaryClient } from '../../notary/index.js';
import {
  ROOT_ROLE,
  SignedMetadata,
  sha256Hex,
  verifyThreshold,
  type Root,
} from '../../tuf/index.js';

/** Every root version that chains to the trusted current one, by file sha256. */
export interface RootChain {
  byHash: Map<string, SignedMetadata<Root>>;
  /** Newest first (the order timestamps are tried against). */
  ordered: SignedMetadata<Root>[];
  oldest: number;
  /** Why the walk stopped above version 1, if it did. */
  stoppedBecause?: string;
}

/**
 * Walks `<v>.root.json` down from the trusted current root. An older root is
 * trusted only if the next one carries a threshold of its root keys' signatures
 * and it carries a threshold of its own ([N] trustpinning/certs.go ValidateRoot
 * read backwards): a forged old root could not have signed the next one.
 * Roots are consecutive from 1 or 2 (the server takes v+1 only, §1.5).
 */
export async function trustedRootChain(
  client: NotaryClient,
  current: SignedMetadata<Root>,
  max: number
): Promise<RootChain> {
  const chain: RootChain = {
    byHash: new Map([[sha256Hex(current.bytes), current]]),
    ordered: [current],
    oldest: current.signed.version,
  };
  let newer = current;
  for (
    let v = current.signed.version - 1;
    v >= 1 && chain.ordered.length < max;
    v--
  ) {
    const bytes = await client.getRootVersion(v);
    if (!bytes) {
      if (v > 1) chain.stoppedBecause = `root v${v} is missing on the server`;
      break;
    }
    let older: SignedMetadata<Root>;
    try {
      older = SignedMetadata.parse(bytes, 'root');
      if (older.signed.version !== v)
        throw new Error(`it says it is version ${older.signed.version}`);
      verifyThreshold(
        newer.signedBytes,
        newer.signatures,
        older.signed.roleKeys(ROOT_ROLE),
        verifySignature
      );
      verifyThreshold(
        older.signedBytes,
        older.signatures,
        older.signed.roleKeys(ROOT_ROLE),
        verifySignature
      );
    } catch (err) {
      chain.stoppedBecause = `root v${v} does not chain to root v${newer.signed.version}: ${(err as Error).message}`;
      break;
    }
    chain.byHash.set(sha256Hex(bytes), older);
    chain.ordered.push(older);
    chain.oldest = v;
    newer = older;
  }
  return chain;
}
