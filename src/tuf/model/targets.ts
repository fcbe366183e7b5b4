import {
  canonicalNumber,
  canonicalString,
  canonicalize,
  compareUtf8,
  inCanonicalOrder,
} from '../canonical.js';
import { MetadataError } from '../errors.js';
import { formatExpires, normalizeGoTime } from '../go-time.js';
import {
  expectArray,
  expectObject,
  toJSONObject,
  keyPath,
  shown,
} from '../guard.js';
import type { JSONObject, JSONValue } from '../json.js';
import {
  isDelegationName,
  isDirectChild,
  TARGETS_ROLE,
} from '../role-names.js';
import { checkSignedCommon, parseSignedCommon, TUF_TYPES } from './common.js';
import type { SignedCommonOptions } from './common.js';
import { DelegatedRole } from './delegated-role.js';
import { FileMeta } from './file-meta.js';
import { Key } from './key.js';
import type { RoleKeys } from './role-keys.js';

/** Constructor bag for {@link Targets}. */
export interface TargetsOptions extends SignedCommonOptions {
  /** `targets` or a delegation name; not serialized. Defaults to `targets`. */
  role?: string;
  /** Target name (image tag) → entry. */
  targets?: ReadonlyMap<string, FileMeta>;
  /** `delegations.keys`: key ID → public key. */
  delegationKeys?: ReadonlyMap<string, Key>;
  /** `delegations.roles`, in file order. */
  delegationRoles?: readonly DelegatedRole[];
}

/**
 * The signed part of targets.json and of every delegation `targets/x`
 * ([N] tuf/data/targets.go Targets). Immutable: the `with…` editors return
 * new instances. Unknown fields are dropped on parse, on purpose: what we
 * re-sign and upload must be exactly what notary's Go structs emit (§4.3).
 */
export class Targets {
  readonly role: string;
  readonly version: number;
  readonly expires: string;
  readonly targets: ReadonlyMap<string, FileMeta>;
  readonly delegationKeys: ReadonlyMap<string, Key>;
  readonly delegationRoles: readonly DelegatedRole[];

  constructor(options: TargetsOptions) {
    this.role = options.role ?? TARGETS_ROLE;
    if (this.role !== TARGETS_ROLE && !isDelegationName(this.role)) {
      throw new MetadataError(
        `invalid targets role name ${JSON.stringify(this.role)}`
      );
    }
    ({ version: this.version, expires: this.expires } = checkSignedCommon(
      options,
      this.role
    ));
    this.targets = inCanonicalOrder(options.targets);
    this.delegationKeys = inCanonicalOrder(options.delegationKeys);
    this.delegationRoles = [...(options.delegationRoles ?? [])];
    this.checkDelegations();
  }

  // [N] tuf/data/targets.go isValidTargetsStructure + isValidRootRoleStructure.
  private checkDelegations(): void {
    const seen = new Set<string>();
    for (const d of this.delegationRoles) {
      if (!isDirectChild(this.role, d.name)) {
        throw new MetadataError(
          `${this.role}: delegation role ${shown(d.name)} invalid`
        );
      }
      // Go would keep both; two entries for one role make lookups ambiguous.
      if (seen.has(d.name))
        throw new MetadataError(
          `${this.role}: delegation ${shown(d.name)} listed twice`
        );
      seen.add(d.name);
      for (const id of d.keyIDs) {
        if (!this.delegationKeys.has(id)) {
          throw new MetadataError(
            `${this.role}: key ID ${shown(id)} specified in ${shown(d.name)} without corresponding key`
          );
        }
      }
    }
  }

  /** Parses the untrusted `signed` object of `role` (`targets` or `targets/…`). */
  static fromJSON(data: JSONValue, role: string = TARGETS_ROLE): Targets {
    const obj = expectObject(data, role);
    const common = parseSignedCommon(obj, 'targets', role);
    const targets = new Map<string, FileMeta>();
    // Go maps: `null` or absent decode to empty; we always write `{}`.
    const rawTargets = obj.targets ?? {};
    for (const [name, meta] of Object.entries(
      expectObject(rawTargets, `${role}.targets`)
    )) {
      // SignedMetadata.parse has made the models already (parseEnvelope).
      const entry = meta as JSONValue | FileMeta;
      targets.set(
        name,
        entry instanceof FileMeta
          ? entry
          : FileMeta.fromJSON(entry, keyPath(`${role}.targets`, name))
      );
    }
    const deleg = expectObject(obj.delegations ?? {}, `${role}.delegations`);
    const delegationKeys = new Map<string, Key>();
    for (const [id, key] of Object.entries(
      expectObject(deleg.keys ?? {}, `${role}.delegations.keys`)
    )) {
      delegationKeys.set(
        id,
        Key.fromJSON(key, keyPath(`${role}.delegations.keys`, id))
      );
    }
    const delegationRoles = expectArray(
      deleg.roles ?? [],
      `${role}.delegations.roles`
    ).map((r, i) =>
      DelegatedRole.fromJSON(r, role, `${role}.delegations.roles[${i}]`)
    );
    return new Targets({
      ...common,
      role,
      targets,
      delegationKeys,
      delegationRoles,
    });
  }

  /** Go struct fields; `delegations` {keys:{}, roles:[]} and `targets` {} always present. */
  toJSON(): JSONObject {
    return {
      ...this.toJSONWithoutTargets(),
      targets: toJSONObject([...this.targets].map(([n, m]) => [n, m.toJSON()])),
    };
  }

  private toJSONWithoutTargets(): JSONObject & { delegations: JSONObject } {
    return {
      _type: TUF_TYPES.targets,
      delegations: {
        keys: toJSONObject(
          [...this.delegationKeys].map(([id, k]) => [id, k.toJSON()])
        ),
        roles: this.delegationRoles.map((r) => r.toJSON()),
      },
      expires: normalizeGoTime(this.expires),
      version: this.version,
    };
  }

  /**
   * CANON of {@link toJSON}, with the targets written straight from the
   * models (the map is kept in canonical order), not through a JSON tree of
   * 10,000 entries. Keys: _type < delegations < expires < targets < version.
   */
  canonical(): string {
    const { delegations } = this.toJSONWithoutTargets();
    let out =
      '{"_type":' +
      canonicalString(TUF_TYPES.targets) +
      ',"delegations":' +
      canonicalize(delegations) +
      ',"expires":' +
      canonicalString(normalizeGoTime(this.expires)) +
      ',"targets":{';
    let first = true;
    for (const [name, meta] of this.targets) {
      if (!first) out += ',';
      first = false;
      out += canonicalString(name) + ':' + meta.canonical();
    }
    return out + '},"version":' + canonicalNumber(this.version) + '}';
  }

  equals(other: Targets): boolean {
    return this.role === other.role && this.canonical() === other.canonical();
  }

  /** The delegation entry for a direct child, if listed. */
  delegation(name: string): DelegatedRole | undefined {
    return this.delegationRoles.find((r) => r.name === name);
  }

  /** Keys and threshold a direct child must be signed with ([N] BuildDelegationRole). */
  roleKeys(name: string): RoleKeys {
    const d = this.delegation(name);
    if (!d) throw new MetadataError(`${this.role}: no delegation ${name}`);
    const keys = new Map(
      d.keyIDs.map((id) => [id, this.delegationKeys.get(id)!])
    );
    return { role: name, keys, threshold: d.threshold };
  }

  /** Adds or replaces the entry for a target name (image tag). */
  withTarget(name: string, meta: FileMeta): Targets {
    return this.withTargets([[name, meta]]);
  }

  /**
   * Adds or replaces many entries with one pass over the map (withTarget in a
   * loop copies it once per tag: quadratic for big roles). The new names are
   * merged in at their canonical places, so the result needs no sorting.
   */
  withTargets(entries: Iterable<readonly [string, FileMeta]>): Targets {
    const updates = inCanonicalOrder(entries);
    const names = [...updates.keys()];
    const merged = new Map<string, FileMeta>();
    let next = 0;
    for (const [name, meta] of this.targets) {
      while (next < names.length && compareUtf8(names[next], name) < 0) {
        merged.set(names[next], updates.get(names[next])!);
        next++;
      }
      if (names[next] === name) {
        merged.set(name, updates.get(name)!);
        next++;
      } else {
        merged.set(name, meta);
      }
    }
    for (; next < names.length; next++)
      merged.set(names[next], updates.get(names[next])!);
    return this.copy({ targets: merged });
  }

  /** Removes a target name; unchanged copy when absent. */
  withoutTarget(name: string): Targets {
    const targets = new Map(this.targets);
    targets.delete(name);
    return this.copy({ targets });
  }

  /**
   * Adds or replaces a direct child delegation, adding `keys` to
   * `delegations.keys` (the role's key IDs must all be covered).
   */
  withDelegation(role: DelegatedRole, keys: readonly Key[] = []): Targets {
    const delegationKeys = new Map(this.delegationKeys);
    for (const k of keys) delegationKeys.set(k.keyID, k);
    const i = this.delegationRoles.findIndex((r) => r.name === role.name);
    const roles = [...this.delegationRoles];
    if (i >= 0) roles[i] = role;
    else roles.push(role);
    return this.copy({ delegationKeys, delegationRoles: roles });
  }

  /** Removes a delegation; keys no remaining role uses are pruned. */
  withoutDelegation(name: string): Targets {
    return this.copy({
      delegationRoles: this.delegationRoles.filter((r) => r.name !== name),
    });
  }

  /** Adds keys to an existing delegation (no duplicates). */
  withDelegationKeys(name: string, keys: readonly Key[]): Targets {
    const role = this.requireDelegation(name);
    const ids = [...role.keyIDs];
    for (const k of keys) if (!ids.includes(k.keyID)) ids.push(k.keyID);
    return this.withDelegation(role.with({ keyIDs: ids }), keys);
  }

  /** Removes key IDs from a delegation; keys no remaining role uses are pruned. */
  withoutDelegationKeys(name: string, keyIDs: readonly string[]): Targets {
    const role = this.requireDelegation(name);
    const ids = role.keyIDs.filter((id) => !keyIDs.includes(id));
    return this.withDelegation(role.with({ keyIDs: ids }));
  }

  /** A copy with this version. */
  withVersion(version: number): Targets {
    return this.copy({ version });
  }

  /** A copy at version + 1 (notary-protocol.md §3.5). */
  bumpVersion(): Targets {
    return this.withVersion(this.version + 1);
  }

  /** A copy expiring at `expires`, written as Go writes it (whole seconds, UTC). */
  withExpires(expires: Date): Targets {
    return this.copy({ expires: formatExpires(expires) });
  }

  private requireDelegation(name: string): DelegatedRole {
    const role = this.delegation(name);
    if (!role) throw new MetadataError(`${this.role}: no delegation ${name}`);
    return role;
  }

  // Every edit goes through here. Delegation edits prune `delegations.keys` of
  // keys no role lists; target edits leave the delegations exactly as read.
  private copy(changes: Partial<TargetsOptions>): Targets {
    const delegationRoles = changes.delegationRoles ?? this.delegationRoles;
    let delegationKeys = changes.delegationKeys ?? this.delegationKeys;
    if (changes.delegationRoles) {
      const used = new Set(delegationRoles.flatMap((r) => r.keyIDs));
      delegationKeys = new Map(
        [...delegationKeys].filter(([id]) => used.has(id))
      );
    }
    return new Targets({
      role: this.role,
      version: this.version,
      expires: this.expires,
      targets: this.targets,
      ...changes,
      delegationRoles,
      delegationKeys,
    });
  }
}
