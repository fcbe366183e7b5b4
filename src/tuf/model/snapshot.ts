import { canonicalize, inCanonicalOrder } from '../canonical.js';
import { MetadataError } from '../errors.js';
import { formatExpires, normalizeGoTime } from '../go-time.js';
import { expectObject, toJSONObject, keyPath } from '../guard.js';
import type { JSONObject, JSONValue } from '../json.js';
import { ROOT_ROLE, SNAPSHOT_ROLE, TARGETS_ROLE } from '../role-names.js';
import { checkSignedCommon, parseSignedCommon, TUF_TYPES } from './common.js';
import type { SignedCommonOptions } from './common.js';
import { FileMeta } from './file-meta.js';

/** Constructor bag for {@link Snapshot}. */
export interface SnapshotOptions extends SignedCommonOptions {
  /** Role name (`root`, `targets`, `targets/releases`) → length and hashes of its file. */
  meta: ReadonlyMap<string, FileMeta>;
}

/**
 * snapshot.json's signed part ([N] tuf/data/snapshot.go Snapshot). Immutable;
 * unknown fields are dropped on parse (we write only what Go emits).
 */
export class Snapshot {
  /** Always `snapshot`. */
  readonly role = SNAPSHOT_ROLE;
  readonly version: number;
  readonly expires: string;
  readonly meta: ReadonlyMap<string, FileMeta>;

  constructor(options: SnapshotOptions) {
    ({ version: this.version, expires: this.expires } = checkSignedCommon(
      options,
      SNAPSHOT_ROLE
    ));
    this.meta = inCanonicalOrder(options.meta);
    // [N] IsValidSnapshotStructure: root and targets each need a sha256.
    for (const name of [ROOT_ROLE, TARGETS_ROLE]) {
      if (this.meta.get(name)?.hashes.get('sha256') === undefined) {
        throw new MetadataError(
          `snapshot: missing ${name} sha256 checksum information`
        );
      }
    }
  }

  /** Parses snapshot.json's untrusted `signed` object. */
  static fromJSON(data: JSONValue): Snapshot {
    const obj = expectObject(data, SNAPSHOT_ROLE);
    const common = parseSignedCommon(obj, 'snapshot', SNAPSHOT_ROLE);
    const meta = new Map<string, FileMeta>();
    for (const [name, m] of Object.entries(
      expectObject(obj.meta, 'snapshot.meta')
    )) {
      const strict = name === ROOT_ROLE || name === TARGETS_ROLE;
      meta.set(
        name,
        FileMeta.fromJSON(m, keyPath('snapshot.meta', name), strict)
      );
    }
    return new Snapshot({ ...common, meta });
  }

  /** Go struct fields: _type, expires, meta, version. */
  toJSON(): JSONObject {
    return {
      _type: TUF_TYPES.snapshot,
      expires: normalizeGoTime(this.expires),
      meta: toJSONObject([...this.meta].map(([n, m]) => [n, m.toJSON()])),
      version: this.version,
    };
  }

  equals(other: Snapshot): boolean {
    return canonicalize(this.toJSON()) === canonicalize(other.toJSON());
  }

  /** A copy recording `meta` for a role (after uploading new bytes for it). */
  withMeta(role: string, meta: FileMeta): Snapshot {
    return this.copy({ meta: new Map(this.meta).set(role, meta) });
  }

  /** A copy without a role's entry (after deleting a delegation). */
  withoutMeta(role: string): Snapshot {
    const meta = new Map(this.meta);
    meta.delete(role);
    return this.copy({ meta });
  }

  /** A copy at version + 1. */
  bumpVersion(): Snapshot {
    return this.copy({ version: this.version + 1 });
  }

  /** A copy expiring at `expires` (whole seconds, UTC). */
  withExpires(expires: Date): Snapshot {
    return this.copy({ expires: formatExpires(expires) });
  }

  private copy(changes: Partial<SnapshotOptions>): Snapshot {
    return new Snapshot({
      version: this.version,
      expires: this.expires,
      meta: this.meta,
      ...changes,
    });
  }
}
