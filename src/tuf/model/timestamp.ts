import { canonicalize, inCanonicalOrder } from '../canonical.js';
import { MetadataError } from '../errors.js';
import { normalizeGoTime } from '../go-time.js';
import { expectObject, toJSONObject, keyPath } from '../guard.js';
import type { JSONObject, JSONValue } from '../json.js';
import { SNAPSHOT_ROLE, TIMESTAMP_ROLE } from '../role-names.js';
import { checkSignedCommon, parseSignedCommon, TUF_TYPES } from './common.js';
import type { SignedCommonOptions } from './common.js';
import { FileMeta } from './file-meta.js';

/** Constructor bag for {@link Timestamp}. */
export interface TimestampOptions extends SignedCommonOptions {
  /** Must hold `snapshot`; other entries are kept as Go keeps them. */
  meta: ReadonlyMap<string, FileMeta>;
}

/**
 * timestamp.json's signed part ([N] tuf/data/timestamp.go Timestamp). The
 * server always signs it; we only read it. Unknown fields are dropped.
 */
export class Timestamp {
  /** Always `timestamp`. */
  readonly role = TIMESTAMP_ROLE;
  readonly version: number;
  readonly expires: string;
  readonly meta: ReadonlyMap<string, FileMeta>;

  constructor(options: TimestampOptions) {
    ({ version: this.version, expires: this.expires } = checkSignedCommon(
      options,
      TIMESTAMP_ROLE
    ));
    this.meta = inCanonicalOrder(options.meta);
    if (!this.meta.has(SNAPSHOT_ROLE)) {
      throw new MetadataError(
        'timestamp: missing snapshot checksum information'
      );
    }
  }

  /** Parses timestamp.json's untrusted `signed` object. */
  static fromJSON(data: JSONValue): Timestamp {
    const obj = expectObject(data, TIMESTAMP_ROLE);
    const common = parseSignedCommon(obj, 'timestamp', TIMESTAMP_ROLE);
    const meta = new Map<string, FileMeta>();
    for (const [name, m] of Object.entries(
      expectObject(obj.meta, 'timestamp.meta')
    )) {
      // [N] IsValidTimestampStructure: the snapshot entry needs valid hashes.
      meta.set(
        name,
        FileMeta.fromJSON(
          m,
          keyPath('timestamp.meta', name),
          name === SNAPSHOT_ROLE
        )
      );
    }
    return new Timestamp({ ...common, meta });
  }

  /** The length and hashes of the snapshot file this timestamp vouches for. */
  get snapshotMeta(): FileMeta {
    return this.meta.get(SNAPSHOT_ROLE)!;
  }

  /** Go struct fields: _type, expires, meta, version. */
  toJSON(): JSONObject {
    return {
      _type: TUF_TYPES.timestamp,
      expires: normalizeGoTime(this.expires),
      meta: toJSONObject([...this.meta].map(([n, m]) => [n, m.toJSON()])),
      version: this.version,
    };
  }

  equals(other: Timestamp): boolean {
    return canonicalize(this.toJSON()) === canonicalize(other.toJSON());
  }
}
