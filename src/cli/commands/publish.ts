import { resolve } from 'node:path';
import { parseBundle, publishBundle } from '../../ops/admin/index.js';
import type { Command } from '../command.js';
import { TRUST_FLAGS, connect, rootKeyIDFlag, rootTrust } from '../connect.js';
import { printChange, stderrLogger } from './admin-common.js';

/** `dct-sign publish BUNDLE`: step 3 of the offline ceremony (online, no keys). */
export const publish: Command = {
  name: 'publish',
  summary:
    "offline ceremony, step 3: upload a bundle's staged change in one request",
  positionals: ['BUNDLE'],
  flags: {
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' },
    'trust-server-ca': { type: 'string' },
    ...TRUST_FLAGS,
  },
  help: `Usage: dct-sign publish BUNDLE [--dry-run] [--json] [--root-key-id ID] [--trust-dir DIR] [--trust-server-ca FILE]

Uploads the files a signer change staged in BUNDLE (see dct-sign fetch --help)
to the server the bundle was fetched from, in one request, and reads the
repository back to check it. Needs no key. Refuses, uploading nothing, when
root, targets or a staged role changed on the server since the fetch: fetch
again and redo the change.

Flags:
  --dry-run   check that the server did not change; upload nothing
  --json      the change as JSON (see dct-sign signer add --help)
  --root-key-id ID, --trust-dir DIR   root anchors of the read-back (default:
              the bundle's pin and the remembered root)

Example:
  dct-sign publish app.bundle.json`,
  async run({ values, args, io }) {
    const bundle = parseBundle(io.readFile(resolve(io.cwd, args[0])));
    const conn = connect(
      io,
      bundle.gun,
      { ...values, 'trust-server': bundle.server },
      'push,pull'
    );
    try {
      const dryRun = values['dry-run'] === true;
      const result = await publishBundle(conn.client, bundle, {
        now: new Date(),
        logger: stderrLogger(io),
        dryRun,
        ...rootTrust(io, values, bundle.gun),
        rootKeyID: rootKeyIDFlag(values) ?? bundle.rootKeyID,
      });
      printChange(io, result, { json: values.json === true, dryRun });
    } finally {
      conn.close();
    }
  },
};
