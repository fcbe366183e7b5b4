import { UsageError } from '../../errors.js';
import { migrateRepository } from '../../ops/admin/index.js';
import type { Command } from '../command.js';
import { connect, rootKeyIDFlag, rootTrust } from '../connect.js';
import { stderrLogger, trustDirKeyRing, trustDirOf } from './admin-common.js';

/** `dct-sign migrate GUN --to URL`: move a repository to another notary-server. */
export const migrate: Command = {
  name: 'migrate',
  summary:
    'move a repository to another notary-server, keeping its root keys, signers and signed tags',
  positionals: ['GUN'],
  flags: {
    to: { type: 'string' },
    from: { type: 'string' },
    'to-ca': { type: 'string' },
    'trust-server-ca': { type: 'string' },
    'trust-dir': { type: 'string' },
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' },
    'root-key-id': { type: 'string' },
    'max-uploads': { type: 'string' },
  },
  help: `Usage: dct-sign migrate GUN --to URL [--from URL] [--to-ca FILE] [--trust-server-ca FILE]
                        [--trust-dir DIR] [--root-key-id ID] [--max-uploads N] [--dry-run] [--json]

Verifies GUN on its current trust server (--from, else where docker looks),
then writes it to the notary-server at --to, which must have no trust data for
GUN yet: root re-signed by the root key (from the trust dir) with the new
server's timestamp and snapshot keys, one version above the old root; targets
and every delegation unchanged, signatures included; then more root versions
until the new server's timestamp version is above the old one, so clients that
cached the old server's data accept the new server without any manual step.
Finally reads everything back from --to. The GUN stays the same; point clients
at the new server (DOCKER_CONTENT_TRUST_SERVER, the Action's trust-server).

Credentials for both servers: NOTARY_AUTH or docker's config (as every command).

Flags:
  --to URL           the new notary-server
  --from URL         the current one (default: DOCKER_CONTENT_TRUST_SERVER or docker's choice)
  --to-ca FILE       CA of the new server (default: --trust-server-ca)
  --trust-server-ca  CA of the current server
  --max-uploads N    refuse when raising the timestamp takes more than N uploads (default 10000)
  --dry-run          verify and print the plan; change nothing on either server
  --json             {"schema":"dct-sign/migrate/v1",…}

Example:
  dct-sign migrate docker.io/acme/app --to https://notary.example.com --dry-run`,
  async run({ values, args, io }) {
    const to = values.to;
    if (typeof to !== 'string')
      throw new UsageError('migrate: give --to URL, the new notary-server');
    const maxUploads =
      typeof values['max-uploads'] === 'string'
        ? Number(values['max-uploads'])
        : undefined;
    if (
      maxUploads !== undefined &&
      !(Number.isSafeInteger(maxUploads) && maxUploads > 0)
    )
      throw new UsageError(
        `--max-uploads must be a whole number ≥ 1, got "${String(values['max-uploads'])}"`
      );
    const source = connect(
      io,
      args[0],
      {
        'trust-server': values.from,
        'trust-server-ca': values['trust-server-ca'],
      },
      'pull'
    );
    const target = connect(
      io,
      args[0],
      {
        'trust-server': to,
        'trust-server-ca': values['to-ca'] ?? values['trust-server-ca'],
      },
      'push,pull'
    );
    try {
      if (source.trustServer === target.trustServer)
        throw new UsageError(
          `migrate: --to ${to} is the server the repository is on already`
        );
      const result = await migrateRepository(source.client, target.client, {
        keyring: trustDirKeyRing(io, trustDirOf(io, values)),
        now: new Date(),
        logger: stderrLogger(io),
        dryRun: values['dry-run'] === true,
        // the root remembered for this GUN anchors the source (docker's
        // trust dir is keyed by GUN alone, whatever the server)
        rootKeyID: rootKeyIDFlag(values),
        trustedRoot: rootTrust(io, values, source.ref.gun).trustedRoot,
        maxUploads,
      });
      if (values.json) {
        io.out(JSON.stringify(result, null, 2));
        return;
      }
      const roots = `root v${result.rootVersions[0]}..v${result.rootVersions[result.rootVersions.length - 1]}`;
      const roles = result.roles
        .map((r) => `${r.role} v${r.version}`)
        .join(', ');
      io.out(
        [
          ...result.warnings.map((w) => `warning: ${w}`),
          result.dryRun
            ? `dry run: would write ${roots} and ${roles} to ${result.to} in ${result.uploads} uploads (timestamp above v${result.sourceTimestampVersion}); nothing was changed`
            : `migrated ${result.gun} to ${result.to}: ${roots}, ${roles}; timestamp v${result.targetTimestampVersion} (old server: v${result.sourceTimestampVersion}), ${result.uploads} uploads`,
        ].join('\n')
      );
    } finally {
      source.close();
      target.close();
    }
  },
};
