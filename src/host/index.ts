// host/: what the machine provides to both glues (action/, cli/): docker's
// config and credentials, trust directories, passphrases from the environment.
export { dockerConfigDir, dockerCredentials } from './docker-config.js';
export { passphraseFor, passphraseEnvNames, PASSPHRASE_ENV } from './passphrase.js';
