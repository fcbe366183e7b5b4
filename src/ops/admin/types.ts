import type { PrivateKeySigner } from '../../keys/index.js';
import type { Key } from '../../tuf/index.js';

/** `targets/releases`: the role docker clients trust tags from (notary-protocol.md §7). */
export const RELEASES_ROLE = 'targets/releases';

/**
 * Where admin use cases get private keys. The CLI implements it over the
 * trust dir (host/trust-dir.ts) and asks for passphrases; ops/ never reads
 * files or env. Every method may throw a KeyError (wrong passphrase…).
 */
export interface KeyRing {
  /** A signer for the first of these canonical key IDs held locally; undefined when none is. */
  signerFor(
    canonicalIDs: readonly string[],
    role: string
  ): Promise<PrivateKeySigner | undefined>;
  /** The root key for a new repository: docker's choice (first local root key by sorted ID) or a new, saved one. */
  rootSigner(): Promise<PrivateKeySigner>;
  /** Makes and saves a new key (the targets key of a new repository). */
  createKey(role: string, gun: string): Promise<PrivateKeySigner>;
}

/**
 * `revoke`: take tags out of the roles that sign them (docker trust revoke).
 * `tags: 'all'` is every released tag, as `docker trust revoke IMAGE` does.
 * `roles` limits it to those roles; default every verified role holding a tag.
 */
export interface RevokeChange {
  kind: 'revoke';
  tags: readonly string[] | 'all';
  roles?: readonly string[];
}

/** One change to a repository's signers (or, for revoke, its signatures), as the CLI asks for it. */
export type SignerChange =
  | RevokeChange
  | { kind: 'add'; name: string; keys: readonly Key[] }
  | { kind: 'remove'; name: string; force?: boolean }
  | {
      kind: 'rotate';
      name: string;
      keys: readonly Key[];
      /** The new private key: re-signs the signer's published roles so their tags keep verifying. */
      newSigner?: PrivateKeySigner;
      force?: boolean;
    };

/** What a change did (or, with dry-run, would do). */
export interface ChangeResult {
  gun: string;
  /** True when the repository did not exist and was (or would be) initialised. */
  initialised: boolean;
  /** Roles uploaded (or staged), in upload order, with their new versions. */
  roles: { role: string; version: number }[];
  /** Human-readable diff of roles and keys, one line each. */
  diff: string[];
  /** Things the operator should know (e.g. a role left below threshold with --force). */
  warnings: string[];
  published: boolean;
  /** Key IDs of keys created for a new repository (root, targets), canonical. */
  createdKeys?: { role: string; keyID: string }[];
}
