import { checkSignerName } from '../../ops/admin/index.js';
import type { Command } from '../command.js';
import { SERVER_FLAGS } from '../connect.js';
import {
  CHANGE_FLAGS,
  executeChange,
  readPublicKeys,
  stringList,
} from './admin-common.js';

/** `dct-sign signer add NAME GUN --key PUB.pem`: docker trust signer add, done by us. */
export const signerAdd: Command = {
  name: 'signer add',
  summary:
    'add a signer key to targets/releases and targets/NAME (initialises a new repository)',
  positionals: ['NAME', 'GUN'],
  flags: {
    key: { type: 'string', multiple: true },
    ...CHANGE_FLAGS,
    ...SERVER_FLAGS,
  },
  help: `Usage: dct-sign signer add NAME GUN --key PUB.pem [--key PUB2.pem] [--trust-dir DIR]
                        [--dry-run] [--json] [--bundle FILE] [--trust-server URL] [--trust-server-ca FILE]

Adds the public key(s) to targets/releases (the role docker clients trust) and
to targets/NAME, as docker trust signer add does: a new role gets paths [""]
and threshold 1, an existing one keeps its threshold and gains the keys. Then
signs targets.json with the repository (targets) key from the trust dir and
publishes it (only targets.json).

If GUN has no trust data yet, initialises it as docker does: the first root
key of the trust dir (or a new one) in an X.509 certificate CN=GUN valid 10
years, a new targets key (both written to the trust dir), snapshot and
timestamp keys held by the server; root.json + targets.json in one upload.

Passphrases: root key DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE or NOTARY_ROOT_PASSPHRASE;
targets key DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE or NOTARY_TARGETS_PASSPHRASE;
DCT_PASSPHRASE for all; else a prompt on a terminal.

Flags:
  --key FILE         public key ("PUBLIC KEY" or "CERTIFICATE" PEM), repeatable
  --trust-dir DIR    where the root/targets keys are (default: $DOCKER_CONFIG/trust)
  --dry-run          print the diff of roles and keys; upload nothing
  --bundle FILE      offline: apply to a bundle from dct-sign fetch (no network); stage the result
  --root-key-id ID   refuse the repository unless its root lists this key
  --json             {"schema":"dct-sign/change/v1","gun","initialised","roles","diff","warnings","published"}
  --trust-server URL, --trust-server-ca FILE  as for every online command

Examples:
  dct-sign signer add ci registry.example.com/acme/app --key ci.pub
  dct-sign signer add ci registry.example.com/acme/app --key ci.pub --dry-run
  dct-sign signer add ci registry.example.com/acme/app --key ci.pub --bundle app.bundle.json`,
  async run({ values, args, io }) {
    const [name, gun] = args as [string, string];
    checkSignerName(name);
    const keys = readPublicKeys(io, stringList(values, 'key'));
    await executeChange(io, values, gun, { kind: 'add', name, keys });
  },
};
