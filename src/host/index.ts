// host/: what the machine provides to both glues (action/, cli/): docker's
// config and credentials, trust directories, passphrases from the environment.
export {
  decodeBasicAuth,
  dockerConfigDir,
  dockerCredentials,
} from './docker-config.js';
export {
  passphraseFor,
  passphraseEnvNames,
  PASSPHRASE_ENV,
} from './passphrase.js';
export {
  dockerTrustDir,
  notaryTrustDir,
  listTrustDirKeys,
  findTrustDirKey,
  findTrustDirKeysByRole,
  writeTrustDirKey,
} from './trust-dir.js';
export type { TrustDirKey } from './trust-dir.js';
export { proxyFromEnv, proxySecrets } from './proxy-env.js';
export { extraCAFromEnv } from './extra-ca.js';
export {
  readTrustedRoot,
  writeTrustedRoot,
  trustedRootPath,
} from './trusted-root.js';
