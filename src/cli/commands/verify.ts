import { UsageError } from '../../errors.js';
import { RELEASES_ROLE, verifyTag } from '../../ops/admin/index.js';
import { parseImageReference } from '../../registry/index.js';
import type { Command } from '../command.js';
import { SERVER_FLAGS, withVerifiedRepository } from '../connect.js';

/** `dct-sign verify IMAGE:TAG`: the digest a docker client would trust; a deploy gate. */
export const verify: Command = {
  name: 'verify',
  summary:
    'print the trusted digest and size of IMAGE:TAG; exit 1 if unsigned or invalid',
  positionals: ['IMAGE:TAG'],
  flags: {
    json: { type: 'boolean' },
    ...SERVER_FLAGS,
  },
  help: `Usage: dct-sign verify IMAGE:TAG [--json] [--root-key-id ID] [--trust-server URL] [--trust-server-ca FILE]

Verifies the repository's trust data as a notary client does and picks the
tag's target as a docker client (CLI <= 28) with DOCKER_CONTENT_TRUST=1 would:
from targets/releases first, then targets. Prints the digest to pull by and the
manifest size. Exit 1 when the tag is unsigned or the trust data does not
verify: usable as a deploy gate.

Flags:
  --json             {"gun","tag","digest","size","role"}
  --root-key-id ID   also require the root to list this key (pinning)

Examples:
  dct-sign verify registry.example.com/acme/app:v1.2.3
  docker pull "registry.example.com/acme/app@$(dct-sign verify registry.example.com/acme/app:v1 --json | jq -r .digest)"`,
  async run({ values, args, io }) {
    const ref = parseImageReference(args[0]);
    if (!ref.tag)
      throw new UsageError(`verify: ${args[0]} has no tag; give IMAGE:TAG`);
    const tag = ref.tag;
    const found = await withVerifiedRepository(
      io,
      args[0],
      values,
      { hints: [RELEASES_ROLE] },
      (repo) => verifyTag(repo, tag)
    );
    io.out(
      values.json
        ? JSON.stringify(found, null, 2)
        : `${found.gun}:${found.tag} ${found.digest} ${found.size} (${found.role})`
    );
  },
};
