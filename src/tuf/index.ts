// tuf/: notary's TUF metadata: canonical JSON, models, byte forms and the
// verification rules. Pure: no I/O, no keys/ import; crypto arrives through
// the SigningKey / SignatureVerifier ports.
export type { JSONValue, JSONObject } from './json.js';
export { parseJSON, MAX_JSON_DEPTH } from './parse-json.js';
export { canonicalBytes, canonicalize, compareUtf8 } from './canonical.js';
export { encodeEnvelope, goEscapeHTML, goQuote } from './go-json.js';
export {
  formatExpires,
  normalizeGoTime,
  parseTime,
  isExpiredAt,
} from './go-time.js';
export { bytesToBase64, base64ToBytes, isCanonicalBase64 } from './encoding.js';
export { bytesToHex, digest, sha256Hex } from './digest.js';
export type { DigestAlgorithm } from './digest.js';
export {
  ROOT_ROLE,
  TARGETS_ROLE,
  SNAPSHOT_ROLE,
  TIMESTAMP_ROLE,
  BASE_ROLES,
  isBaseRole,
  isDelegationName,
  isValidRoleName,
  isDirectChild,
  parentRole,
} from './role-names.js';
export type { BaseRoleName } from './role-names.js';
export { Key, KEY_TYPES } from './model/key.js';
export type { KeyOptions } from './model/key.js';
export { Signature } from './model/signature.js';
export type { SignatureMethod } from './model/signature.js';
export { TUF_TYPES } from './model/common.js';
export type { MetadataKind, SignedCommonOptions } from './model/common.js';
export { FileMeta, HASH_ALGORITHMS } from './model/file-meta.js';
export type { FileMetaOptions } from './model/file-meta.js';
export type { RoleKeys } from './model/role-keys.js';
export { RootRole } from './model/root-role.js';
export type { RootRoleOptions } from './model/root-role.js';
export { Root } from './model/root.js';
export type { RootOptions } from './model/root.js';
export { DelegatedRole } from './model/delegated-role.js';
export type { DelegatedRoleOptions } from './model/delegated-role.js';
export { Targets } from './model/targets.js';
export type { TargetsOptions } from './model/targets.js';
export { Snapshot } from './model/snapshot.js';
export type { SnapshotOptions } from './model/snapshot.js';
export { Timestamp } from './model/timestamp.js';
export type { TimestampOptions } from './model/timestamp.js';
export { SignedMetadata } from './model/metadata.js';
export type {
  MetadataModels,
  RoleMetadata,
  SignedMetadataOptions,
} from './model/metadata.js';
export { signMetadata } from './sign.js';
export type { SignOptions } from './sign.js';
export type { SigningKey, SignatureVerifier } from './crypto-ports.js';
export { verifyThreshold } from './verify/threshold.js';
export {
  verifyExpiry,
  verifyVersion,
  verifyFileMeta,
} from './verify/checks.js';
export {
  isPathAllowed,
  restrictPaths,
  checkTargetPath,
} from './verify/paths.js';
export { verifyRepository } from './verify/repository.js';
export type {
  RepositoryFiles,
  VerifyRepositoryOptions,
} from './verify/repository.js';
export { TrustedRepository } from './verify/trusted-repository.js';
export type {
  TrustedRepositoryOptions,
  TrustedTargetsRole,
  TargetMatch,
  VerificationWarning,
} from './verify/trusted-repository.js';
export * from './errors.js';
