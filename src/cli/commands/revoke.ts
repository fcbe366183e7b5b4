import { UsageError } from '../../errors.js';
import { parseImageReference } from '../../registry/index.js';
import type { Command } from '../command.js';
import { SERVER_FLAGS } from '../connect.js';
import { CHANGE_FLAGS, executeChange, stringList } from './admin-common.js';

/** `dct-sign revoke IMAGE:TAG`: docker trust revoke, with a diff, a bundle and JSON. */
export const revoke: Command = {
  name: 'revoke',
  summary:
    "withdraw a tag's signature: remove IMAGE:TAG from the roles that sign it",
  positionals: ['IMAGE:TAG'],
  flags: {
    role: { type: 'string', multiple: true },
    ...CHANGE_FLAGS,
    ...SERVER_FLAGS,
  },
  help: `Usage: dct-sign revoke IMAGE:TAG [--role ROLE]... [--trust-dir DIR] [--dry-run] [--json]
                       [--bundle FILE] [--root-key-id ID] [--trust-server URL] [--trust-server-ca FILE]

Removes the tag from every verified role that signs it (targets/releases,
targets/<signer>, ...), re-signs each of those roles with its key from the
trust dir and publishes them in one upload, as docker trust revoke does. The
image stays in the registry; docker clients with content trust no longer
accept the tag. Roles whose key you do not hold keep the tag (a warning),
except targets/releases and targets: the tag would still verify, so that is
refused (exit 1).

Passphrases: delegation keys DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE or
NOTARY_DELEGATION_PASSPHRASE; DCT_PASSPHRASE for all; else a prompt.

Flags:
  --role ROLE        only these roles (repeatable), e.g. --role targets/releases
  --trust-dir DIR    where the delegation keys are (default: $DOCKER_CONFIG/trust)
  --dry-run          print which roles lose the tag; upload nothing
  --bundle FILE      offline: apply to a bundle from dct-sign fetch; stage the result
  --root-key-id ID   refuse the repository unless its root lists this key
  --json             {"schema":"dct-sign/change/v1","gun","roles","diff","warnings","published"}

Examples:
  dct-sign revoke registry.example.com/acme/app:1.2.3
  dct-sign revoke registry.example.com/acme/app:1.2.3 --dry-run
  dct-sign revoke registry.example.com/acme/app:1.2.3 --role targets/releases --role targets/ci`,
  async run({ values, args, io }) {
    const [reference] = args as [string];
    const ref = parseImageReference(reference);
    if (!ref.tag || ref.digest) {
      throw new UsageError(
        `${reference}: give IMAGE:TAG (a tag, not a digest); see dct-sign revoke --help`
      );
    }
    const roles = stringList(values, 'role');
    await executeChange(io, values, reference, {
      kind: 'revoke',
      tags: [ref.tag],
      roles: roles.length > 0 ? roles : undefined,
    });
  },
};
