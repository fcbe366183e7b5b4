import type { DockerCommand } from './command.js';
import { trustInspect } from './inspect.js';
import { trustKeyGenerate, trustKeyLoad } from './key.js';
import { trustRevoke } from './revoke.js';
import { trustSign } from './sign.js';
import { trustSignerAdd, trustSignerRemove } from './signer.js';

/** The management groups of `docker trust`, with docker's one-line help. */
export const GROUPS: Record<string, string> = {
  key: 'Manage keys for signing Docker images',
  signer: 'Manage entities who can sign Docker images',
};

/** Every `docker trust` command served here. */
export const DOCKER_COMMANDS: readonly DockerCommand[] = [
  trustInspect,
  trustRevoke,
  trustSign,
  trustKeyGenerate,
  trustKeyLoad,
  trustSignerAdd,
  trustSignerRemove,
];
