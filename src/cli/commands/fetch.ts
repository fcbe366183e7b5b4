import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import {
  encodeBundle,
  fetchBundle,
  listSigners,
} from '../../ops/admin/index.js';
import type { Command } from '../command.js';
import { SERVER_FLAGS, connect, rootTrust } from '../connect.js';

/** `dct-sign fetch GUN --out BUNDLE`: step 1 of the offline ceremony (online, no keys). */
export const fetchCommand: Command = {
  name: 'fetch',
  summary:
    'offline ceremony, step 1: download and verify a repository into a bundle file',
  positionals: ['GUN'],
  flags: {
    out: { type: 'string' },
    force: { type: 'boolean' },
    json: { type: 'boolean' },
    ...SERVER_FLAGS,
  },
  help: `Usage: dct-sign fetch GUN --out BUNDLE [--force] [--json] [--root-key-id ID] [--trust-dir DIR] [--trust-server URL] [--trust-server-ca FILE]

Offline ceremony for keys that never touch a networked machine:
  1. online:   dct-sign fetch GUN --out app.bundle.json
  2. offline:  dct-sign signer add|remove|rotate ... --bundle app.bundle.json
  3. online:   dct-sign publish app.bundle.json

This step downloads every metadata file of GUN, verifies it, and writes a JSON
bundle (server URL, GUN, fetch time, each file in base64). It needs no key and
holds nothing secret.

Flags:
  --out FILE         the bundle to write (refuses to overwrite without --force)
  --root-key-id ID   pin the root (full 64-hex ID): a threshold of it must be
                     signed by this key; recorded in the bundle, and checked
                     again on the offline machine
  --trust-dir DIR    where the verified root is remembered (default docker's)
  --json       {"bundle","gun","server","fetchedAt","roles"}

Example:
  dct-sign fetch registry.example.com/acme/app --out app.bundle.json`,
  async run({ values, args, io }) {
    if (typeof values.out !== 'string')
      throw new UsageError('fetch: give --out BUNDLE, the file to write');
    const out = resolve(io.cwd, values.out);
    if (existsSync(out) && values.force !== true)
      throw new UsageError(
        `fetch: ${values.out} exists; pass --force to overwrite it`
      );
    const conn = connect(io, args[0], values, 'pull');
    try {
      const { bundle, repo } = await fetchBundle(
        conn.client,
        new Date(),
        rootTrust(io, values, conn.ref.gun)
      );
      writeFileSync(out, encodeBundle(bundle));
      const info = {
        bundle: out,
        gun: bundle.gun,
        server: bundle.server,
        fetchedAt: bundle.fetchedAt,
        roles: Object.keys(bundle.files),
      };
      if (values.json) io.out(JSON.stringify(info, null, 2));
      else {
        const signers = listSigners(repo).signers.map((s) => s.name);
        io.out(
          `fetched and verified ${bundle.gun} (${info.roles.length} files; signers: ${signers.join(', ') || 'none'}) into ${values.out}`
        );
      }
    } finally {
      conn.close();
    }
  },
};
