import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import {
  certificateOfKey,
  checkRootCertificate,
  verifySignature,
} from '../../keys/index.js';
import {
  checkPinnedRoot,
  formatReport,
  reportRepository,
} from '../../ops/index.js';
import {
  ROOT_ROLE,
  SignedMetadata,
  parseTime,
  verifyRepository,
  type RepositoryFiles,
} from '../../tuf/index.js';
import type { Command } from '../command.js';
import {
  SERVER_FLAGS,
  rootKeyIDFlag,
  withVerifiedRepository,
} from '../connect.js';
import type { CliIO } from '../io.js';

/** `dct-sign inspect`: verify a repository (online, or offline from a directory) and list it. */
export const inspect: Command = {
  name: 'inspect',
  summary:
    'verify a repository and list its roles, keys, expiry and signed tags',
  positionals: ['GUN?'],
  flags: {
    from: { type: 'string' },
    gun: { type: 'string' },
    at: { type: 'string' },
    json: { type: 'boolean' },
    ...SERVER_FLAGS,
  },
  help: `Usage: dct-sign inspect GUN [--trust-server URL] [--trust-server-ca FILE] [--root-key-id ID] [--json]
       dct-sign inspect --from DIR [--gun GUN] [--at RFC3339] [--root-key-id ID] [--json]

Verifies the whole chain as a notary client does (root -> timestamp -> snapshot ->
targets -> delegations: signatures, thresholds, hashes, lengths, expiry, root
certificate CN) and lists every role with its version, expiry, threshold and keys,
and every signed tag with its digest and size.

--from DIR verifies offline a directory laid out as the server serves it:
root.json, timestamp.json, snapshot.json, targets.json, targets/<name>.json.
--at fixes the clock (e.g. to inspect an old copy). --gun defaults to the CN of the
root certificate. Exit 1 with the role and reason when verification fails.

--json prints the stable report {"schema":"dct-sign/inspect/v1", gun, verifiedAt,
roles[{name,version,expires,threshold,keys[{id,canonicalID,type,certificateExpires?}],
paths?,tags?[{tag,digest,size}]}], signedTags[{tag,digest,size,roles}],
unpublishedDelegations, warnings}.

Examples:
  dct-sign inspect registry.example.com/acme/app
  dct-sign inspect --from ./metadata --at 2026-11-22T03:00:00Z --json`,
  async run({ values, args, io }) {
    const at = values.at ? parseAt(String(values.at)) : new Date();
    const pin = rootKeyIDFlag(values);
    let report;
    if (typeof values.from === 'string') {
      const files = readRepositoryDir(io, values.from);
      const gun =
        typeof values.gun === 'string'
          ? values.gun
          : (args[0] ?? guessGun(files.root));
      const repo = verifyRepository(files, {
        gun,
        referenceTime: at,
        verifier: verifySignature,
        checkRootKey: checkRootCertificate,
      });
      if (pin) checkPinnedRoot(repo.root, pin, gun, at);
      report = reportRepository(repo, at);
    } else {
      if (!args[0])
        throw new UsageError(
          'inspect: give a GUN (e.g. registry.example.com/acme/app) or --from DIR'
        );
      report = await withVerifiedRepository(
        io,
        args[0],
        values,
        { at },
        (repo) => reportRepository(repo, at)
      );
    }
    io.out(
      values.json ? JSON.stringify(report, null, 2) : formatReport(report)
    );
  },
};

/** `--at`: an RFC 3339 time, or a message that shows the form. */
function parseAt(text: string): Date {
  try {
    return parseTime(text);
  } catch {
    throw new UsageError(
      `--at: "${text}" is not an RFC 3339 time, e.g. 2026-11-22T03:00:00Z`
    );
  }
}

/** Reads a metadata directory as the server serves it. */
export function readRepositoryDir(io: CliIO, dir: string): RepositoryFiles {
  const base = resolve(io.cwd, dir);
  const read = (name: string) => {
    const file = join(base, `${name}.json`);
    if (!existsSync(file))
      throw new UsageError(`--from: ${join(dir, `${name}.json`)} is missing`);
    return io.readFile(file);
  };
  const delegations = new Map<string, Uint8Array>();
  const walk = (folder: string) => {
    if (!existsSync(folder)) return;
    for (const entry of readdirSync(folder)) {
      const full = join(folder, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (entry.endsWith('.json'))
        delegations.set(
          relative(base, full)
            .replace(/\.json$/, '')
            .split('\\')
            .join('/'),
          new Uint8Array(readFileSync(full))
        );
    }
  };
  walk(join(base, 'targets'));
  return {
    root: read('root'),
    timestamp: read('timestamp'),
    snapshot: read('snapshot'),
    targets: read('targets'),
    delegations,
  };
}

/** The GUN from the root certificate's CN (docker and notary write CN = GUN). */
function guessGun(root: Uint8Array): string {
  try {
    for (const key of SignedMetadata.parse(root, 'root')
      .signed.roleKeys(ROOT_ROLE)
      .keys.values()) {
      const cn = key.keyType.endsWith('-x509')
        ? certificateOfKey(key).subjectCN
        : undefined;
      if (cn) return cn.replace(/\*$/, '');
    }
  } catch {
    // Fall through: verification will report what is wrong with root.json.
  }
  throw new UsageError(
    '--from: could not tell the GUN from root.json; pass --gun'
  );
}
