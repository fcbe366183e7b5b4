import { canonicalize, inCanonicalOrder } from '../canonical.js';
import { MetadataError } from '../errors.js';
import {
  expectBoolean,
  expectObject,
  toJSONObject,
  keyPath,
  shown,
} from '../guard.js';
import { normalizeGoTime } from '../go-time.js';
import type { JSONObject, JSONValue } from '../json.js';
import { BASE_ROLES, ROOT_ROLE } from '../role-names.js';
import { checkSignedCommon, parseSignedCommon, TUF_TYPES } from './common.js';
import type { SignedCommonOptions } from './common.js';
import { Key } from './key.js';
import type { RoleKeys } from './role-keys.js';
import { RootRole } from './root-role.js';

/** Constructor bag for {@link Root}. */
export interface RootOptions extends SignedCommonOptions {
  /** Key ID (as filed in the metadata) → public key. */
  keys: ReadonlyMap<string, Key>;
  /** Role name → keys and threshold; must include the four base roles. */
  roles: ReadonlyMap<string, RootRole>;
  /** Always false in notary repositories. */
  consistentSnapshot?: boolean;
}

/**
 * root.json's signed part ([N] tuf/data/root.go Root). Immutable. Unknown
 * fields are dropped on parse, so a re-signed root holds exactly the fields
 * notary's Go struct emits (notary-protocol.md §4.3).
 */
export class Root {
  /** Always `root`. */
  readonly role = ROOT_ROLE;
  readonly version: number;
  readonly expires: string;
  readonly keys: ReadonlyMap<string, Key>;
  readonly roles: ReadonlyMap<string, RootRole>;
  readonly consistentSnapshot: boolean;

  constructor(options: RootOptions) {
    ({ version: this.version, expires: this.expires } = checkSignedCommon(
      options,
      ROOT_ROLE
    ));
    this.keys = inCanonicalOrder(options.keys);
    this.roles = inCanonicalOrder(options.roles);
    this.consistentSnapshot = options.consistentSnapshot ?? false;
    // [N] tuf/data/root.go isValidRootStructure: every base role present, and
    // isValidRootRoleStructure: each key ID it lists is in `keys`.
    for (const name of BASE_ROLES) {
      const role = this.roles.get(name);
      if (!role)
        throw new MetadataError(`root: missing ${name} role specification`);
    }
    for (const [name, role] of this.roles) {
      for (const id of role.keyIDs) {
        if (!this.keys.has(id)) {
          throw new MetadataError(
            `root: key ID ${shown(id)} specified in ${name} without corresponding key`
          );
        }
      }
    }
  }

  /** Parses root.json's untrusted `signed` object. */
  static fromJSON(data: JSONValue): Root {
    const obj = expectObject(data, ROOT_ROLE);
    const common = parseSignedCommon(obj, 'root', ROOT_ROLE);
    const keys = new Map<string, Key>();
    for (const [id, key] of Object.entries(
      expectObject(obj.keys, 'root.keys')
    )) {
      keys.set(id, Key.fromJSON(key, keyPath('root.keys', id)));
    }
    const roles = new Map<string, RootRole>();
    for (const [name, role] of Object.entries(
      expectObject(obj.roles, 'root.roles')
    )) {
      roles.set(name, RootRole.fromJSON(role, keyPath('root.roles', name)));
    }
    const consistent =
      obj.consistent_snapshot === undefined
        ? false
        : expectBoolean(obj.consistent_snapshot, 'root.consistent_snapshot');
    return new Root({ ...common, keys, roles, consistentSnapshot: consistent });
  }

  /** Exactly the Go struct's fields; `expires` in Go's form. */
  toJSON(): JSONObject {
    return {
      _type: TUF_TYPES.root,
      consistent_snapshot: this.consistentSnapshot,
      expires: normalizeGoTime(this.expires),
      keys: toJSONObject([...this.keys].map(([id, k]) => [id, k.toJSON()])),
      roles: toJSONObject([...this.roles].map(([n, r]) => [n, r.toJSON()])),
      version: this.version,
    };
  }

  equals(other: Root): boolean {
    return canonicalize(this.toJSON()) === canonicalize(other.toJSON());
  }

  /** Keys and threshold of a role listed in root ([N] SignedRoot.BuildBaseRole). */
  roleKeys(name: string): RoleKeys {
    const role = this.roles.get(name);
    if (!role) throw new MetadataError(`root: role ${name} not found`);
    const keys = new Map(role.keyIDs.map((id) => [id, this.keys.get(id)!]));
    return { role: name, keys, threshold: role.threshold };
  }

  /** A copy with other fields replaced (for the admin CLI's root edits). */
  with(changes: Partial<RootOptions>): Root {
    return new Root({
      version: this.version,
      expires: this.expires,
      keys: this.keys,
      roles: this.roles,
      consistentSnapshot: this.consistentSnapshot,
      ...changes,
    });
  }
}
