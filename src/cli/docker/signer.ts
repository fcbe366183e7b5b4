import { readPublicKeys, stringList } from '../commands/admin-common.js';
import {
  applyChange,
  badName,
  DOCKER_NAME,
  SignerRemovalError,
} from './admin.js';
import type { DockerCommand, DockerContext } from './command.js';
import { confirm } from './prompt.js';

/** `docker trust signer add --key FILE... NAME REPOSITORY...` ([C] cli/command/trust/signer_add.go). */
export const trustSignerAdd: DockerCommand = {
  path: 'signer add',
  use: 'OPTIONS NAME REPOSITORY [REPOSITORY...] ',
  short: 'Add a signer',
  flags: { key: { type: 'string', multiple: true } },
  options: "      --key list   Path to the signer's public key file",
  args: { atLeast: 2 },
  async run({ values, args, io }) {
    const [name, ...repos] = args;
    if (!DOCKER_NAME.test(name)) throw badName('signer', name);
    if (name === 'releases')
      throw new Error(
        'releases is a reserved keyword, use a different signer name'
      );
    const files = stringList(
      values as Record<string, string | boolean | undefined>,
      'key'
    );
    if (files.length === 0)
      throw new Error(
        'path to a public key must be provided using the `--key` flag'
      );
    const keys = readPublicKeys(io, files);
    return eachRepository(
      io,
      repos,
      'failed to add signer to',
      async (repo) => {
        io.out(`Adding signer "${name}" to ${repo}...`);
        const result = await applyChange(io, repo, {
          kind: 'add',
          name,
          keys,
        });
        if (result.initialised) {
          io.out(`Initializing signed repository for ${repo}...`);
          io.out(`Successfully initialized "${repo}"`);
        }
        io.out(`Successfully added signer: ${name} to ${repo}\n\n`);
      }
    );
  },
};

/** `docker trust signer remove [--force] NAME REPOSITORY...` ([C] signer_remove.go), removing for real. */
export const trustSignerRemove: DockerCommand = {
  path: 'signer remove',
  use: '[OPTIONS] NAME REPOSITORY [REPOSITORY...]',
  short: 'Remove a signer',
  long: `Unlike docker 26-28, whose signer remove reports success and changes
nothing, this removes the signer's keys from targets/releases and deletes
targets/NAME, signed with the repository key from $DOCKER_CONFIG/trust.`,
  flags: { force: { type: 'boolean', short: 'f' } },
  options: `  -f, --force   Do not prompt for confirmation before removing the most
                recent signer`,
  args: { atLeast: 2 },
  async run({ values, args, io }: DockerContext) {
    const [name, ...repos] = args;
    return eachRepository(
      io,
      repos,
      'error removing signer from',
      async (repo) => {
        io.out(`Removing signer "${name}" from ${repo}...`);
        if (name === 'releases')
          throw new Error(
            'releases is a reserved keyword and cannot be removed'
          );
        const force = values.force === true;
        try {
          await applyChange(io, repo, { kind: 'remove', name, force });
        } catch (err) {
          if (!(err instanceof SignerRemovalError) || force) throw err;
          const yes = await confirm(
            `The signer "${name}" signed the last released version of ${repo}. Removing this signer will make ${repo} unpullable. Are you sure you want to continue?`
          );
          if (!yes) return;
          await applyChange(io, repo, { kind: 'remove', name, force: true });
        }
        io.out(`Successfully removed ${name} from ${repo}\n\n`);
      }
    );
  },
};

/**
 * docker goes on with the next repository after a failure (printed with a
 * blank line), then fails naming every repository that failed.
 */
async function eachRepository(
  io: DockerContext['io'],
  repos: string[],
  failure: string,
  each: (repo: string) => Promise<void>
): Promise<number> {
  const failed: string[] = [];
  for (const repo of repos) {
    try {
      await each(repo);
    } catch (err) {
      io.err(`${(err as Error).message}\n\n`);
      failed.push(repo);
    }
  }
  if (failed.length > 0) throw new Error(`${failure}: ${failed.join(', ')}`);
  return 0;
}
