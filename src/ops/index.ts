// ops/: the use cases, composing tuf/ + keys/ + notary/. No @actions, no env,
// no files: the glue passes ports (Logger, Clock) and bytes in.
export { signImages } from './sign-images.js';
export type { SignImagesOptions } from './sign-images.js';
export type { SignImagesResult, RoleUpdate } from './results.js';
export {
  loadTrustedRepository,
  checkPinnedRoot,
  parseRootPin,
} from './load-trusted.js';
export type { LoadOptions, TrustOptions } from './load-trusted.js';
export { fetchRepositoryFiles } from './fetch-files.js';
export { selectSignableRoles } from './select-roles.js';
export type { SignableRole } from './select-roles.js';
export { expiryWarnings } from './expiry.js';
export { reportRepository, formatReport } from './inspect.js';
export type {
  RepositoryReport,
  RoleReport,
  SignedTagReport,
  KeyReport,
} from './inspect.js';
export * from './errors.js';
export { SILENT_LOGGER, SYSTEM_CLOCK } from './types.js';
export type { Logger, Clock, TagTarget } from './types.js';
