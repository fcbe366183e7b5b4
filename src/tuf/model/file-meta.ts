import { digest } from '../digest.js';
import {
  canonicalNumber,
  canonicalString,
  canonicalize,
  inCanonicalOrder,
} from '../canonical.js';
import { base64ToBytes, base64ToHex, bytesToBase64 } from '../encoding.js';
import { MetadataError } from '../errors.js';
import {
  expectBase64,
  expectInteger,
  expectObject,
  toJSONObject,
  keyPath,
} from '../guard.js';
import type { JSONObject, JSONValue } from '../json.js';

/** Hash algorithms notary understands; other names are kept but never checked. */
export const HASH_ALGORITHMS = { sha256: 32, sha512: 64 } as const;

/** Constructor bag for {@link FileMeta}. */
export interface FileMetaOptions {
  /** Exact byte length of the file (or manifest). */
  length: number;
  /** Algorithm name → standard base64 digest, as on the wire. */
  hashes: ReadonlyMap<string, string>;
  /** Optional `custom` JSON of a target entry. */
  custom?: JSONValue;
}

/**
 * notary's FileMeta ([N] tuf/data/types.go): `{custom?, hashes, length}`. Used
 * for target entries (image tags) and for snapshot/timestamp `meta`. Digests
 * stay base64 strings, as received. Immutable.
 */
export class FileMeta {
  readonly length: number;
  readonly hashes: ReadonlyMap<string, string>;
  readonly custom: JSONValue | undefined;

  constructor(options: FileMetaOptions) {
    this.length = options.length;
    this.hashes = inCanonicalOrder(options.hashes);
    this.custom = options.custom ?? undefined;
  }

  /** Length and sha256 + sha512 of exact bytes (what notary records for role files). */
  static fromBytes(bytes: Uint8Array): FileMeta {
    return new FileMeta({
      length: bytes.length,
      hashes: new Map([
        ['sha256', bytesToBase64(digest('sha256', bytes))],
        ['sha512', bytesToBase64(digest('sha512', bytes))],
      ]),
    });
  }

  /**
   * A docker image-tag entry: only `sha256`, the manifest digest's 32 bytes
   * ([C] cli/trust/trust_push.go; notary-protocol.md §3.4).
   */
  static fromSha256Hex(hex: string, length: number): FileMeta {
    if (!/^[0-9a-f]{64}$/.test(hex)) {
      throw new MetadataError('sha256 digest must be 64 lower-case hex digits');
    }
    return new FileMeta({
      length,
      hashes: new Map([['sha256', Buffer.from(hex, 'hex').toString('base64')]]),
    });
  }

  /**
   * Parses `{custom?, hashes, length}`. With `requireSupportedHash`, applies
   * notary's CheckValidHashStructures (snapshot/timestamp meta): at least one
   * of sha256/sha512, each of the right size.
   */
  static fromJSON(
    data: JSONValue,
    where: string,
    requireSupportedHash = false
  ): FileMeta {
    const obj = expectObject(data, where);
    const length = expectInteger(obj.length, `${where}.length`, 0);
    const hashObj = expectObject(obj.hashes, `${where}.hashes`);
    const hashes = new Map<string, string>();
    for (const [alg, value] of Object.entries(hashObj)) {
      hashes.set(alg, expectBase64(value, keyPath(`${where}.hashes`, alg)));
    }
    if (requireSupportedHash) checkHashSizes(hashes, where);
    // Go's `custom` is a *json.RawMessage: `null` leaves it nil, i.e. omitted.
    return new FileMeta({ length, hashes, custom: obj.custom ?? undefined });
  }

  /** The digest for `algorithm` as bytes, if present. */
  hash(algorithm: string): Uint8Array | undefined {
    const b64 = this.hashes.get(algorithm);
    return b64 === undefined ? undefined : base64ToBytes(b64);
  }

  /** The sha256 digest in hex (what `docker pull repo@sha256:<hex>` uses). */
  get sha256Hex(): string | undefined {
    const b64 = this.hashes.get('sha256');
    return b64 === undefined ? undefined : base64ToHex(b64);
  }

  /**
   * Go struct fields: `custom` (omitted when nil), `hashes`, `length`. Note that
   * Go copies `custom` as raw JSON while we re-canonicalize it; the two agree
   * only for canonical `custom`, which is also what verifies (§3.6).
   */
  toJSON(): JSONObject {
    const out: JSONObject = {
      hashes: toJSONObject(this.hashes),
      length: this.length,
    };
    if (this.custom !== undefined) out.custom = this.custom;
    return out;
  }

  /**
   * CANON of {@link toJSON}, written directly: a role signs thousands of
   * entries, and building their JSON objects first cost more than writing
   * them (keys custom < hashes < length; hashes are kept in canonical order).
   */
  canonical(): string {
    let out = '{';
    if (this.custom !== undefined)
      out += '"custom":' + canonicalize(this.custom) + ',';
    out += '"hashes":{';
    let first = true;
    for (const [alg, b64] of this.hashes) {
      if (!first) out += ',';
      first = false;
      out += canonicalString(alg) + ':' + canonicalString(b64);
    }
    return out + '},"length":' + canonicalNumber(this.length) + '}';
  }

  /** Same length, the same hashes and the same (canonical) custom data. */
  equals(other: FileMeta): boolean {
    if (
      this.length !== other.length ||
      this.hashes.size !== other.hashes.size
    ) {
      return false;
    }
    for (const [alg, v] of this.hashes)
      if (other.hashes.get(alg) !== v) return false;
    if (this.custom === undefined || other.custom === undefined) {
      return this.custom === other.custom;
    }
    return canonicalize(this.custom) === canonicalize(other.custom);
  }
}

function checkHashSizes(
  hashes: ReadonlyMap<string, string>,
  where: string
): void {
  let supported = 0;
  for (const [alg, size] of Object.entries(HASH_ALGORITHMS)) {
    const b64 = hashes.get(alg);
    if (b64 === undefined) continue;
    if (base64ToBytes(b64)?.length !== size) {
      throw new MetadataError(`${where}.hashes.${alg}: expected ${size} bytes`);
    }
    supported++;
  }
  if (supported === 0) {
    throw new MetadataError(`${where}.hashes: needs a sha256 or sha512 hash`);
  }
}
