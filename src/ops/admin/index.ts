// ops/admin/: use cases for key holders (root/targets keys): signers,
// repository initialisation, tag verification, the offline bundle ceremony.
// Like all of ops/: no env, no files; keys arrive through a KeyRing port.
export { RELEASES_ROLE } from './types.js';
export type {
  KeyRing,
  SignerChange,
  RevokeChange,
  ChangeResult,
} from './types.js';
export {
  SignerRemovalError,
  MissingKeyError,
  BundleError,
  NotSignedError,
} from './errors.js';
export {
  checkSignerName,
  signerRole,
  addSignerKeys,
  removeSignerKeys,
  rotateSignerKeys,
  validSignatureCount,
} from './signer-edit.js';
export { diffDelegations } from './diff.js';
export { applySignerChange } from './apply-change.js';
export { applyRevoke } from './revoke.js';
export type { AppliedChange, ApplyOptions } from './apply-change.js';
export { createRepository } from './init-repository.js';
export type { NewRepository } from './init-repository.js';
export { changeSigner, readBack } from './signer-change.js';
export type { ChangeSignerOptions, RootTrust } from './signer-change.js';
export { verifyTag } from './verify-tag.js';
export type { VerifiedTag } from './verify-tag.js';
export { listSigners, formatSigners } from './list-signers.js';
export type { SignerReport, SignersReport } from './list-signers.js';
export {
  BUNDLE_SCHEMA,
  fetchBundle,
  encodeBundle,
  parseBundle,
  bundleFiles,
  verifyBundle,
  applyToBundle,
  publishBundle,
} from './bundle.js';
export type { Bundle } from './bundle.js';
export { targetsExpiry, rootExpiry } from './expiry.js';
export { renewRoles } from './renew.js';
export type { RenewOptions, RenewResult, RenewedRole } from './renew.js';
export { migrateRepository, MigrateError } from './migrate.js';
export type { MigrateOptions, MigrateResult } from './migrate.js';
