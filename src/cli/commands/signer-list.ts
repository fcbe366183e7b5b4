import { formatSigners, listSigners } from '../../ops/admin/index.js';
import type { Command } from '../command.js';
import { SERVER_FLAGS, withVerifiedRepository } from '../connect.js';

/** `dct-sign signer list GUN`: the delegations of a verified repository. */
export const signerList: Command = {
  name: 'signer list',
  summary:
    'list the signers (delegations) of a repository with keys, thresholds and tags',
  positionals: ['GUN'],
  flags: {
    json: { type: 'boolean' },
    ...SERVER_FLAGS,
  },
  help: `Usage: dct-sign signer list GUN [--json] [--root-key-id ID] [--trust-server URL] [--trust-server-ca FILE]

Verifies the repository and lists every delegation of targets (targets/releases
first): threshold, paths, canonical key IDs (as docker trust inspect shows
them), whether its file is published, how many tags it signs and its expiry.

Flags:
  --json   {"schema":"dct-sign/signers/v1","gun","signers":[{"name","role","threshold",
           "paths","keys","published","tags","expires"}],"warnings"}

Example:
  dct-sign signer list registry.example.com/acme/app`,
  async run({ values, args, io }) {
    const report = await withVerifiedRepository(
      io,
      args[0],
      values,
      {},
      listSigners
    );
    io.out(
      values.json ? JSON.stringify(report, null, 2) : formatSigners(report)
    );
  },
};
