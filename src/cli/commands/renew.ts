import { UsageError } from '../../errors.js';
import { renewRoles, type RenewResult } from '../../ops/admin/index.js';
import type { Command } from '../command.js';
import { SERVER_FLAGS, connect, rootTrust } from '../connect.js';
import type { CliIO } from '../io.js';
import {
  stderrLogger,
  stringList,
  trustDirKeyRing,
  trustDirOf,
} from './admin-common.js';

const UNIT_MS: Record<string, number> = {
  y: 365 * 86400e3,
  d: 86400e3,
  h: 3600e3,
};

/** `--expires`: a lifetime such as `3y`, `180d`, `12h` (a year is 365 days). */
export function parseLifetime(value: string): number {
  const m = /^(\d{1,5})([ydh])$/.exec(value);
  const ms = m ? Number(m[1]) * UNIT_MS[m[2]] : 0;
  if (ms <= 0)
    throw new UsageError(
      `--expires "${value}" is not a lifetime; give e.g. 3y, 180d or 12h`
    );
  return ms;
}

/** `dct-sign renew GUN`: re-sign roles before their expiry bricks the repository. */
export const renew: Command = {
  name: 'renew',
  summary:
    're-sign roles that expire soon (same content, version + 1, fresh expiry) with the local keys',
  positionals: ['GUN'],
  flags: {
    role: { type: 'string', multiple: true },
    within: { type: 'string' },
    expires: { type: 'string' },
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' },
    ...SERVER_FLAGS,
  },
  help: `Usage: dct-sign renew GUN [--role ROLE]... [--within DAYS] [--expires DURATION]
                      [--dry-run] [--json] [--trust-dir DIR] [--root-key-id ID]
                      [--trust-server URL] [--trust-server-ca FILE]

Verifies the repository, then re-signs every role whose keys are in the trust
dir and that expires within DAYS (default 90): same content, version + 1, a
fresh expiry (default notary's: root 10 years, targets and delegations 3
years). Root keeps its keys and is signed by them, a valid rotation for every
client. A delegation that already expired is renewed too. All renewed roles go
up in ONE upload and are read back. Snapshot and timestamp are the server's.

Flags:
  --role ROLE        renew this role whatever its expiry (repeatable): root, targets, targets/releases…
  --within DAYS      renew what expires within DAYS days (default 90)
  --expires D        new lifetime: 3y, 180d, 12h (a year is 365 days)
  --dry-run          print what would be renewed; upload nothing
  --json             {"schema":"dct-sign/renew/v1","renewed":[…],"skipped":[…]}

Passphrases: DCT_PASSPHRASE, DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE /
DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE, NOTARY_<ROLE>_PASSPHRASE, or a prompt.

Examples:
  dct-sign renew registry.example.com/acme/app --dry-run
  dct-sign renew registry.example.com/acme/app --role targets`,
  async run({ values, args, io }) {
    const within =
      typeof values.within === 'string' ? Number(values.within) : undefined;
    if (within !== undefined && (!Number.isFinite(within) || within < 0))
      throw new UsageError(
        `--within must be a number of days, got "${String(values.within)}"`
      );
    const lifetimeMs =
      typeof values.expires === 'string'
        ? parseLifetime(values.expires)
        : undefined;
    const roles = stringList(values, 'role');
    const conn = connect(io, args[0], values, 'push,pull');
    try {
      const result = await renewRoles(conn.client, {
        keyring: trustDirKeyRing(io, trustDirOf(io, values)),
        now: new Date(),
        logger: stderrLogger(io),
        roles: roles.length > 0 ? roles : undefined,
        withinDays: within,
        lifetimeMs,
        dryRun: values['dry-run'] === true,
        ...rootTrust(io, values, conn.ref.gun),
      });
      printRenew(io, result, values.json === true);
      return result.skipped.length > 0 &&
        result.renewed.length === 0 &&
        roles.length > 0
        ? 1
        : 0;
    } finally {
      conn.close();
    }
  },
};

function printRenew(io: CliIO, r: RenewResult, json: boolean): void {
  if (json) {
    io.out(JSON.stringify(r, null, 2));
    return;
  }
  const lines = r.renewed.map(
    (x) =>
      `${r.dryRun ? 'would renew' : 'renewed'} ${x.role} v${x.version} -> v${x.newVersion}: expires ${x.expires} -> ${x.newExpires}`
  );
  for (const s of r.skipped)
    lines.push(
      `skipped ${s.role}${s.expires ? ` (expires ${s.expires})` : ''}: ${s.reason}`
    );
  if (r.renewed.length === 0 && r.skipped.length === 0)
    lines.push(`nothing to renew in ${r.gun}`);
  else if (r.dryRun) lines.push('dry run: nothing uploaded');
  io.out(lines.join('\n'));
}
