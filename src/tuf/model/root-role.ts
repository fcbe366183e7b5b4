import { MetadataError } from '../errors.js';
import { expectInteger, expectObject, expectStringArray } from '../guard.js';
import type { JSONObject, JSONValue } from '../json.js';

/** Constructor bag for {@link RootRole}. */
export interface RootRoleOptions {
  keyIDs: readonly string[];
  threshold: number;
}

/** A role entry in root.json: `{"keyids":[…],"threshold":N}` ([N] tuf/data/roles.go RootRole). */
export class RootRole {
  readonly keyIDs: readonly string[];
  readonly threshold: number;

  constructor(options: RootRoleOptions) {
    if (!Number.isSafeInteger(options.threshold) || options.threshold < 1) {
      throw new MetadataError(
        `threshold must be an integer ≥ 1, got ${options.threshold}`
      );
    }
    this.keyIDs = [...options.keyIDs];
    this.threshold = options.threshold;
  }

  /** Parses an untrusted role entry; threshold ≥ 1 ([N] isValidRootRoleStructure). */
  static fromJSON(data: JSONValue, where: string): RootRole {
    const obj = expectObject(data, where);
    return new RootRole({
      keyIDs: expectStringArray(obj.keyids, `${where}.keyids`),
      threshold: expectInteger(obj.threshold, `${where}.threshold`, 1),
    });
  }

  /** Go struct fields: keyids, threshold. */
  toJSON(): JSONObject {
    return { keyids: [...this.keyIDs], threshold: this.threshold };
  }

  equals(other: RootRole): boolean {
    return (
      this.threshold === other.threshold &&
      this.keyIDs.length === other.keyIDs.length &&
      this.keyIDs.every((id, i) => other.keyIDs[i] === id)
    );
  }
}
