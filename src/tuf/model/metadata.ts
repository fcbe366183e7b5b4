import { canonicalBytes } from '../canonical.js';
import { MetadataError } from '../errors.js';
import { expectArray, expectObject, keyPath } from '../guard.js';
import { parseEnvelope, parseJSON } from '../parse-json.js';
import { isDelegationName, TARGETS_ROLE } from '../role-names.js';
import type { MetadataKind } from './common.js';
import { FileMeta } from './file-meta.js';
import { Root } from './root.js';
import { Signature } from './signature.js';
import { Snapshot } from './snapshot.js';
import { Targets } from './targets.js';
import { Timestamp } from './timestamp.js';

const UTF8 = new TextEncoder();

/** The model class for each metadata kind. */
export interface MetadataModels {
  root: Root;
  targets: Targets;
  snapshot: Snapshot;
  timestamp: Timestamp;
}

/** Any role's signed part. */
export type RoleMetadata = Root | Targets | Snapshot | Timestamp;

/** Constructor bag for {@link SignedMetadata}. */
export interface SignedMetadataOptions<T extends RoleMetadata> {
  signed: T;
  signatures: readonly Signature[];
  /** The exact file bytes, as fetched or as they will be uploaded. */
  bytes: Uint8Array;
  /** The bytes the signatures cover: CANON of the `signed` object. */
  signedBytes: Uint8Array;
}

/**
 * A role file: the parsed model, its signatures and the exact bytes (STYLE §4
 * "keep the bytes", after tough's SignedRole). Length and hashes for snapshot
 * and timestamp always come from `bytes`, never from re-serializing.
 */
export class SignedMetadata<T extends RoleMetadata = RoleMetadata> {
  readonly signed: T;
  readonly signatures: readonly Signature[];
  readonly bytes: Uint8Array;
  /**
   * CANON of the `signed` object as parsed (unknown fields included), which
   * is what signatures are checked over ([N] tuf/signed/verify.go re-marshals
   * the decoded map). Taken from the file's text only when that text is
   * provably canonical (parseEnvelope); the file escapes `< > &`.
   */
  readonly signedBytes: Uint8Array;

  constructor(options: SignedMetadataOptions<T>) {
    this.signed = options.signed;
    this.signatures = [...options.signatures];
    this.bytes = options.bytes;
    this.signedBytes = options.signedBytes;
  }

  /** Full role name (`root`, `targets/releases`). */
  get role(): string {
    return this.signed.role;
  }

  /** Length, sha256 and sha512 of `bytes`, as the snapshot/timestamp record them. */
  fileMeta(): FileMeta {
    return FileMeta.fromBytes(this.bytes);
  }

  /**
   * Parses untrusted file bytes of `kind`; `role` names a delegation for kind
   * `targets` (default: the kind). Checks shape only, not signatures.
   */
  static parse<K extends MetadataKind>(
    bytes: Uint8Array,
    kind: K,
    role: string = kind
  ): SignedMetadata<MetadataModels[K]> {
    checkRoleForKind(kind, role);
    const known = PARSED.get(bytes)?.get(role);
    if (known && sameBytes(known.bytes, bytes)) {
      return known as SignedMetadata<MetadataModels[K]>;
    }
    // Target entries become FileMeta while parsing (parseEnvelope's
    // targetEntry); Targets.fromJSON takes them as they are.
    const parsed = parseEnvelope(
      bytes,
      role,
      kind === 'targets'
        ? {
            targetEntry: (name, value) =>
              FileMeta.fromJSON(value, keyPath(`${role}.targets`, name)),
          }
        : {}
    );
    const envelope = expectObject(parsed.value, role);
    const signedJSON = expectObject(envelope.signed, `${role}.signed`);
    const signatures = expectArray(
      envelope.signatures,
      `${role}.signatures`
    ).map((s, i) => Signature.fromJSON(s, `${role}.signatures[${i}]`));
    const signed = parseModel(kind, signedJSON, role) as MetadataModels[K];
    const result = new SignedMetadata({
      signed,
      signatures,
      bytes: Uint8Array.from(bytes),
      signedBytes:
        parsed.canonicalSigned === undefined
          ? canonicalOfNonCanonical(bytes, role)
          : UTF8.encode(parsed.canonicalSigned),
    });
    rememberParsed(bytes, result);
    return result;
  }

  /**
   * Metadata this client made and signed: `bytes` are encodeEnvelope of
   * `signed.toJSON()` and `signedBytes` its CANON. Parsing such bytes gives
   * back exactly these parts (the models round-trip: test/unit/tuf/sign.test.ts),
   * so they are remembered as parsed: the read-back after an upload then does
   * not parse our own 10,000-target roles again (~85 ms each).
   */
  static ofOwnBytes<T extends RoleMetadata>(
    options: SignedMetadataOptions<T>
  ): SignedMetadata<T> {
    const meta = new SignedMetadata(options);
    rememberParsed(meta.bytes, meta);
    return meta;
  }
}

/**
 * CANON of `signed` for a file whose text is not canonical (notary never
 * writes one): from a plain parse, since FileMeta drops the unknown fields
 * that notary's check over the decoded map keeps.
 */
function canonicalOfNonCanonical(bytes: Uint8Array, role: string): Uint8Array {
  const envelope = expectObject(parseJSON(bytes, role), role);
  return canonicalBytes(expectObject(envelope.signed, `${role}.signed`));
}

/**
 * Parses already done, per byte array: a client run parses the same files
 * to find delegations, to verify them and again to read back its upload; for
 * a role of 10,000 targets each parse costs ~100 ms. SignedMetadata is
 * immutable, and a hit also needs the bytes unchanged (a caller may reuse an
 * array), so a memoized result is exactly what parsing again would give.
 */
const PARSED = new WeakMap<Uint8Array, Map<string, SignedMetadata>>();

/** Records `meta` as the parse of `bytes`. */
function rememberParsed(bytes: Uint8Array, meta: SignedMetadata): void {
  let byRole = PARSED.get(bytes);
  if (!byRole) PARSED.set(bytes, (byRole = new Map<string, SignedMetadata>()));
  byRole.set(meta.role, meta);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

function parseModel(
  kind: MetadataKind,
  data: Parameters<typeof Root.fromJSON>[0],
  role: string
): RoleMetadata {
  switch (kind) {
    case 'root':
      return Root.fromJSON(data);
    case 'targets':
      return Targets.fromJSON(data, role);
    case 'snapshot':
      return Snapshot.fromJSON(data);
    case 'timestamp':
      return Timestamp.fromJSON(data);
  }
}

function checkRoleForKind(kind: MetadataKind, role: string): void {
  const ok =
    kind === 'targets'
      ? role === TARGETS_ROLE || isDelegationName(role)
      : role === kind;
  if (!ok)
    throw new MetadataError(
      `role ${JSON.stringify(role)} cannot hold ${kind} metadata`
    );
}
