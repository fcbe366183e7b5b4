import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import { passphraseFor, writeTrustDirKey } from '../../host/index.js';
import { generateKey } from '../../keys/index.js';
import { checkSignerName } from '../../ops/admin/index.js';
import type { Command } from '../command.js';
import { newPassphrase, trustDirOf } from './admin-common.js';

/** `dct-sign key generate NAME`: a signer key pair, as `docker trust key generate` makes it. */
export const keyGenerate: Command = {
  name: 'key generate',
  summary:
    'make a signer key: encrypted private key in the trust dir + NAME.pub',
  positionals: ['NAME'],
  flags: {
    algorithm: { type: 'string' },
    dir: { type: 'string' },
    'trust-dir': { type: 'string' },
    json: { type: 'boolean' },
  },
  help: `Usage: dct-sign key generate NAME [--algorithm ecdsa|ed25519] [--dir DIR] [--trust-dir DIR] [--json]

Makes a new signer key, as docker trust key generate does: the private key,
encrypted in notary's format (PKCS#8, PBES2 / AES-256-CBC), is written to
TRUST_DIR/private/<key id>.key with the header "role: NAME" (readable by notary
0.7 and docker 28), and the public key to DIR/NAME.pub ("PUBLIC KEY" PEM with
the same role header). Give NAME.pub to the repository owner
(dct-sign signer add NAME GUN --key NAME.pub); store the private key file and
its passphrase as CI secrets for the Action.

Passphrase (at least 8 characters): DCT_PASSPHRASE, else
DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE, else NOTARY_DELEGATION_PASSPHRASE,
else a prompt (asked twice) on a terminal.

Flags:
  --algorithm A    ecdsa (P-256, default; what docker accepts as a signer key) or ed25519
  --dir DIR        where NAME.pub goes (default: the current directory)
  --trust-dir DIR  where the private key goes (default: $DOCKER_CONFIG/trust, i.e. ~/.docker/trust)
  --json           {"name","keyID","algorithm","privateKeyFile","publicKeyFile","passphraseEnv"}

Examples:
  DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE=... dct-sign key generate ci
  dct-sign key generate ci --dir ./keys --trust-dir ~/.notary`,
  async run({ values, args, io }) {
    const name = args[0];
    checkSignerName(name);
    const algorithm =
      typeof values.algorithm === 'string' ? values.algorithm : 'ecdsa';
    if (algorithm !== 'ecdsa' && algorithm !== 'ed25519') {
      throw new UsageError(
        `--algorithm: "${algorithm}" is not ecdsa or ed25519`
      );
    }
    const dir = resolve(
      io.cwd,
      typeof values.dir === 'string' ? values.dir : '.'
    );
    const publicFile = join(dir, `${name}.pub`);
    if (existsSync(publicFile))
      throw new UsageError(
        `${publicFile} already exists; remove it or pick another --dir`
      );
    const trustDir = trustDirOf(io, values);
    const passphrase = await newPassphrase(io, name, `the new key ${name}`);
    const key = generateKey(algorithm, { role: name, passphrase });
    const privateFile = writeTrustDirKey(trustDir, key.keyID, key.privatePem);
    mkdirSync(dir, { recursive: true });
    writeFileSync(publicFile, key.publicPem, { mode: 0o600 });
    const passphraseEnv =
      passphraseFor(name, io.env)?.source ?? 'DCT_PASSPHRASE';
    const info = {
      name,
      keyID: key.keyID,
      algorithm,
      privateKeyFile: privateFile,
      publicKeyFile: publicFile,
      passphraseEnv,
    };
    if (values.json) {
      io.out(JSON.stringify(info, null, 2));
      return;
    }
    io.out(
      [
        `generated ${algorithm === 'ecdsa' ? 'ecdsa (P-256)' : 'ed25519'} key ${name}`,
        `key ID:       ${key.keyID}`,
        `public key:   ${publicFile}`,
        `private key:  ${privateFile}`,
        '',
        'For the GitHub Action, store as repository secrets:',
        `  the content of ${privateFile}  ->  a secret used as input delegation-key`,
        '  its passphrase                 ->  a secret used as input delegation-passphrase',
        `(the passphrase came from ${passphraseFor(name, io.env)?.source ?? 'the prompt'}; it is never printed)`,
        '',
        `Next: the repository owner runs  dct-sign signer add ${name} GUN --key ${publicFile}`,
        ...(algorithm === 'ed25519'
          ? [
              'note: docker trust signer add refuses ed25519 public keys; dct-sign and notary accept them',
            ]
          : []),
      ].join('\n')
    );
  },
};
