import { UsageError } from '../../errors.js';
import { ChangefeedClient } from '../../notary/index.js';
import {
  DEFAULT_MAX_VERSIONS,
  formatHistoryMarkdown,
  formatHistoryText,
  readHistory,
} from '../../ops/history/index.js';
import type { Command } from '../command.js';
import { SERVER_FLAGS, connect, rootTrust } from '../connect.js';
import { stderrLogger } from './admin-common.js';

const UNIT_MS: Record<string, number> = { m: 60e3, h: 3600e3, d: 86400e3 };

/** `--since`: an RFC 3339 time, or an age such as `30d`, `12h`, `90m`. */
export function parseSince(value: string, now: Date): Date {
  const age = /^(\d{1,6})([dhm])$/.exec(value);
  if (age) return new Date(now.getTime() - Number(age[1]) * UNIT_MS[age[2]]);
  const t = /^\d{4}-\d{2}-\d{2}/.test(value) ? Date.parse(value) : NaN;
  if (!Number.isFinite(t))
    throw new UsageError(
      `--since "${value}" is neither a time (2026-01-31 or 2026-01-31T12:00:00Z) nor an age (30d, 12h, 90m)`
    );
  return new Date(t);
}

/** `dct-sign history GUN`: who signed what, when; read back and verified. */
export const history: Command = {
  name: 'history',
  summary:
    'print the verified signing history of a repository (tags, signers, roots)',
  positionals: ['GUN'],
  flags: {
    tag: { type: 'string' },
    since: { type: 'string' },
    json: { type: 'boolean' },
    markdown: { type: 'boolean' },
    'max-versions': { type: 'string' },
    ...SERVER_FLAGS,
  },
  help: `Usage: dct-sign history GUN [--tag TAG] [--since TIME] [--json|--markdown]
                        [--max-versions N] [--root-key-id ID] [--trust-server URL] [--trust-server-ca FILE]

Reads every published version of the repository back from the trust server
(its changefeed, else <v>.timestamp.json one by one), verifies each against the
root chain that leads to the current, verified root, and prints what changed
from one version to the next: tags signed, moved to another digest or removed
(in which role, signed by which signer and key), signers added or removed,
signer keys and root keys changed, roles that stopped verifying. Versions that
do not verify are reported and ignored. Times come from the server (see
docs/history.md).

Flags:
  --tag TAG          only the changes of this tag
  --since TIME       only changes at or after TIME (2026-01-31, RFC 3339, or an age: 30d, 12h)
  --json             the report as JSON (schema dct-sign/history/v1, docs/history.md)
  --markdown         a Markdown table, for a job summary or a PR comment
  --max-versions N   read at most N versions (default ${DEFAULT_MAX_VERSIONS})
  --root-key-id ID   pin the root: a threshold of it signed by this key (full 64-hex ID)

Examples:
  dct-sign history registry.example.com/acme/app --tag v1.2.3
  dct-sign history registry.example.com/acme/app --since 30d --markdown >> "$GITHUB_STEP_SUMMARY"`,
  async run({ values, args, io }) {
    if (values.json && values.markdown)
      throw new UsageError('history: give --json or --markdown, not both');
    const now = new Date();
    const max =
      typeof values['max-versions'] === 'string'
        ? Number(values['max-versions'])
        : DEFAULT_MAX_VERSIONS;
    if (!Number.isSafeInteger(max) || max < 1)
      throw new UsageError(
        `--max-versions must be a whole number ≥ 1, got "${String(values['max-versions'])}"`
      );
    const since =
      typeof values.since === 'string'
        ? parseSince(values.since, now)
        : undefined;
    const conn = connect(io, args[0], values, 'pull');
    try {
      const report = await readHistory(conn.client, {
        now,
        logger: stderrLogger(io),
        feed: new ChangefeedClient({
          serverUrl: conn.trustServer,
          gun: conn.ref.gun,
          transport: conn.transport,
        }),
        maxVersions: max,
        since,
        tag: typeof values.tag === 'string' ? values.tag : undefined,
        ...rootTrust(io, values, conn.ref.gun),
      });
      io.out(
        values.json
          ? JSON.stringify(report, null, 2)
          : values.markdown
            ? formatHistoryMarkdown(report)
            : formatHistoryText(report)
      );
    } finally {
      conn.close();
    }
  },
};
