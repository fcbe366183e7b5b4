import { MetadataError } from '../errors.js';
import {
  expectInteger,
  expectObject,
  expectString,
  expectStringArray,
} from '../guard.js';
import type { JSONObject, JSONValue } from '../json.js';
import { isDirectChild } from '../role-names.js';

/** Constructor bag for {@link DelegatedRole}. */
export interface DelegatedRoleOptions {
  /** Full name, a direct child of the role that delegates (`targets/releases`). */
  name: string;
  keyIDs: readonly string[];
  threshold: number;
  /** Target-name prefixes; `""` allows every name; none allows nothing. */
  paths: readonly string[];
}

/**
 * A delegation entry `{keyids, name, paths?, threshold}` ([N] tuf/data/roles.go
 * Role). notary has no `path_hash_prefixes`: it is parsed away and dropped.
 * Immutable.
 */
export class DelegatedRole {
  readonly name: string;
  readonly keyIDs: readonly string[];
  readonly threshold: number;
  readonly paths: readonly string[];

  constructor(options: DelegatedRoleOptions) {
    if (!Number.isSafeInteger(options.threshold) || options.threshold < 1) {
      throw new MetadataError(
        `${options.name}: threshold must be an integer ≥ 1, got ${options.threshold}`
      );
    }
    this.name = options.name;
    this.keyIDs = [...options.keyIDs];
    this.threshold = options.threshold;
    this.paths = [...options.paths];
  }

  /**
   * Parses an untrusted entry of `parent`'s `delegations.roles`; the name must
   * be a valid delegation directly under `parent` ([N] isValidTargetsStructure).
   */
  static fromJSON(
    data: JSONValue,
    parent: string,
    where: string
  ): DelegatedRole {
    const obj = expectObject(data, where);
    const name = expectString(obj.name, `${where}.name`);
    if (!isDirectChild(parent, name)) {
      throw new MetadataError(
        `${where}: delegation role ${JSON.stringify(name)} invalid: not a direct child of ${parent}`
      );
    }
    return new DelegatedRole({
      name,
      keyIDs: expectStringArray(obj.keyids, `${where}.keyids`),
      threshold: expectInteger(obj.threshold, `${where}.threshold`, 1),
      // Go's []string: absent or null both mean none.
      paths:
        obj.paths === undefined || obj.paths === null
          ? []
          : expectStringArray(obj.paths, `${where}.paths`),
    });
  }

  /** Go struct fields; `paths` is `omitempty`, so an empty list is left out. */
  toJSON(): JSONObject {
    const out: JSONObject = {
      keyids: [...this.keyIDs],
      name: this.name,
      threshold: this.threshold,
    };
    if (this.paths.length > 0) out.paths = [...this.paths];
    return out;
  }

  /** A copy with some fields replaced. */
  with(changes: Partial<Omit<DelegatedRoleOptions, 'name'>>): DelegatedRole {
    return new DelegatedRole({ ...this, ...changes });
  }

  equals(other: DelegatedRole): boolean {
    const same = (a: readonly string[], b: readonly string[]): boolean =>
      a.length === b.length && a.every((x, i) => b[i] === x);
    return (
      this.name === other.name &&
      this.threshold === other.threshold &&
      same(this.keyIDs, other.keyIDs) &&
      same(this.paths, other.paths)
    );
  }
}
