import { MetadataError } from '../errors.js';
import { expectInteger, expectString } from '../guard.js';
import { normalizeGoTime } from '../go-time.js';
import type { JSONObject } from '../json.js';

/** The four metadata file kinds; every delegation is of kind `targets`. */
export type MetadataKind = 'root' | 'targets' | 'snapshot' | 'timestamp';

/** The `_type` each kind carries on the wire ([N] tuf/data/types.go TUFTypes). */
export const TUF_TYPES: Readonly<Record<MetadataKind, string>> = {
  root: 'Root',
  targets: 'Targets',
  snapshot: 'Snapshot',
  timestamp: 'Timestamp',
};

/** Fields every role shares ([N] tuf/data/types.go SignedCommon). */
export interface SignedCommonOptions {
  /** ≥ 1; writers use stored version + 1 (notary-protocol.md §3.5). */
  version: number;
  /** RFC 3339 as received; written in Go's form (normalizeGoTime). */
  expires: string;
}

/** Parses `_type`, `version` and `expires`; `where` names the role. */
export function parseSignedCommon(
  data: JSONObject,
  kind: MetadataKind,
  where: string
): SignedCommonOptions {
  const type = expectString(data._type, `${where}._type`);
  if (type !== TUF_TYPES[kind]) {
    throw new MetadataError(
      `${where}: expected _type ${TUF_TYPES[kind]}, got ${JSON.stringify(type)}`
    );
  }
  const version = expectInteger(data.version, `${where}.version`, 1);
  const expires = expectString(data.expires, `${where}.expires`);
  return checkSignedCommon({ version, expires }, where);
}

/** Validates constructor input the same way fromJSON does. */
export function checkSignedCommon(
  options: SignedCommonOptions,
  where: string
): SignedCommonOptions {
  if (!Number.isSafeInteger(options.version) || options.version < 1) {
    throw new MetadataError(`${where}.version: expected an integer ≥ 1`);
  }
  try {
    normalizeGoTime(options.expires);
  } catch (err) {
    throw new MetadataError(`${where}.expires: invalid time`, { cause: err });
  }
  return { version: options.version, expires: options.expires };
}
