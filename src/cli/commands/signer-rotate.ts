import { resolve } from 'node:path';
import { checkSignerName } from '../../ops/admin/index.js';
import type { Command } from '../command.js';
import { SERVER_FLAGS } from '../connect.js';
import {
  CHANGE_FLAGS,
  executeChange,
  loadKeyFile,
  readPublicKeys,
  stringList,
} from './admin-common.js';

/** `dct-sign signer rotate NAME GUN --key NEW.pub [--new-private NEW.key]`: zero-downtime rotation. */
export const signerRotate: Command = {
  name: 'signer rotate',
  summary:
    "replace a signer's keys in one atomic publish, re-signing its roles so no tag stops verifying",
  positionals: ['NAME', 'GUN'],
  flags: {
    key: { type: 'string', multiple: true },
    'new-private': { type: 'string' },
    force: { type: 'boolean' },
    ...CHANGE_FLAGS,
    ...SERVER_FLAGS,
  },
  help: `Usage: dct-sign signer rotate NAME GUN --key NEW.pub [--new-private NEW.key] [--force]
                           [--trust-dir DIR] [--dry-run] [--json] [--bundle FILE]

Replaces the keys of signer NAME by the new public key(s) in targets/NAME and
targets/releases, and with --new-private re-signs the published targets/releases
and targets/NAME with the new private key (version + 1; signatures of other
signers that stay valid are kept), so every tag keeps verifying. targets.json
and the re-signed roles go to the server in ONE upload: no moment exists where
the old key is gone and the tags are not yet signed by the new one.

Without --new-private, refuses when targets/releases would be left below its
threshold (--force does it anyway).

Passphrase of NEW.key: DCT_PASSPHRASE, DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE,
NOTARY_DELEGATION_PASSPHRASE, or a prompt.

Flags:
  --key FILE          new public key, repeatable
  --new-private FILE  the new private key (e.g. from dct-sign key generate) to re-sign with
  --force             rotate even if targets/releases stops verifying
  --trust-dir DIR, --dry-run, --bundle FILE, --json   as for signer add

Examples:
  dct-sign key generate ci2
  dct-sign signer rotate ci registry.example.com/acme/app --key ci2.pub \\
      --new-private ~/.docker/trust/private/<id>.key`,
  async run({ values, args, io }) {
    const [name, gun] = args as [string, string];
    checkSignerName(name);
    const keys = readPublicKeys(io, stringList(values, 'key'));
    const file =
      typeof values['new-private'] === 'string'
        ? resolve(io.cwd, values['new-private'])
        : undefined;
    const newSigner = file
      ? await loadKeyFile(io, file, name, `the new key of ${name}`)
      : undefined;
    await executeChange(io, values, gun, {
      kind: 'rotate',
      name,
      keys,
      newSigner,
      force: values.force === true,
    });
  },
};
