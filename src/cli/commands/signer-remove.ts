import { checkSignerName } from '../../ops/admin/index.js';
import type { Command } from '../command.js';
import { SERVER_FLAGS } from '../connect.js';
import { CHANGE_FLAGS, executeChange } from './admin-common.js';

/** `dct-sign signer remove NAME GUN`: really removes the signer (docker 26–28 does not). */
export const signerRemove: Command = {
  name: 'signer remove',
  summary:
    'remove a signer: its keys out of targets/releases, targets/NAME deleted',
  positionals: ['NAME', 'GUN'],
  flags: { force: { type: 'boolean' }, ...CHANGE_FLAGS, ...SERVER_FLAGS },
  help: `Usage: dct-sign signer remove NAME GUN [--force] [--trust-dir DIR] [--dry-run] [--json]
                           [--bundle FILE] [--trust-server URL] [--trust-server-ca FILE]

Removes the signer NAME: its keys leave targets/releases (keys another signer
also holds stay) and the targets/NAME delegation is deleted from targets.json,
which is signed with the repository (targets) key and published in one upload.
Signatures the removed keys made stop counting at once.

Refuses (exit 1) when targets/releases would be left signed by fewer valid
keys than its threshold: its tags would stop verifying and docker clients
would fall back to the tags in targets. --force does it anyway.

Flags:
  --force            remove even if targets/releases stops verifying
  --trust-dir DIR    where the targets key is (default: $DOCKER_CONFIG/trust)
  --dry-run          print the diff; upload nothing
  --bundle FILE      offline: apply to a bundle from dct-sign fetch; stage the result
  --json             the change as JSON (see dct-sign signer add --help)

Examples:
  dct-sign signer remove alice registry.example.com/acme/app
  dct-sign signer remove ci registry.example.com/acme/app --dry-run`,
  async run({ values, args, io }) {
    const [name, gun] = args as [string, string];
    checkSignerName(name);
    await executeChange(io, values, gun, {
      kind: 'remove',
      name,
      force: values.force === true,
    });
  },
};
