import { parseImageReference } from '../../registry/index.js';
import { applyChange } from './admin.js';
import { CancelledError, type DockerCommand } from './command.js';
import { confirm } from './prompt.js';

/** `docker trust revoke [--yes] IMAGE[:TAG]` ([C] cli/command/trust/revoke.go). */
export const trustRevoke: DockerCommand = {
  path: 'revoke',
  use: '[OPTIONS] IMAGE[:TAG]',
  short: 'Remove trust for an image',
  long: `Removes the tag (or, without a tag, every signed tag) from each role that
signs it, re-signed with its key from $DOCKER_CONFIG/trust. A role whose key
is not there keeps the tag (a warning); targets/releases and targets are
required, because the tag would still verify.`,
  flags: { yes: { type: 'boolean', short: 'y' } },
  options: '  -y, --yes   Do not prompt for confirmation',
  args: { exactly: 1 },
  async run({ values, args, io }) {
    const remote = args[0];
    const ref = parseImageReference(remote);
    if (!ref.tag && ref.digest)
      throw new Error('cannot use a digest reference for IMAGE:TAG');
    if (!ref.tag && values.yes !== true) {
      const yes = await confirm(
        `Confirm you would like to delete all signature data for ${remote}?`
      );
      if (!yes) throw new CancelledError('trust revoke has been cancelled');
    }
    try {
      await applyChange(io, remote, {
        kind: 'revoke',
        tags: ref.tag ? [ref.tag] : 'all',
      });
    } catch (err) {
      throw new Error(
        `could not remove signature for ${remote}: ${(err as Error).message}`,
        { cause: err }
      );
    }
    io.out(`Successfully deleted signature for ${remote}`);
  },
};
