import type { Key } from './key.js';

/**
 * A role as verification needs it ([N] tuf/data/roles.go BaseRole): the keys
 * allowed to sign it, keyed by the key ID the metadata files them under, and
 * how many distinct ones must sign.
 */
export interface RoleKeys {
  /** Full role name (`root`, `targets/releases`). */
  readonly role: string;
  readonly keys: ReadonlyMap<string, Key>;
  readonly threshold: number;
}
