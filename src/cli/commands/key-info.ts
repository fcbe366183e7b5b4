import { basename, resolve } from 'node:path';
import { decodeKeyInput, loadPrivateKey } from '../../keys/index.js';
import type { Command } from '../command.js';
import { resolvePassphrase } from '../passphrase.js';

/** `dct-sign key info FILE`: what a private key file is, without printing any secret. */
export const keyInfo: Command = {
  name: 'key info',
  summary:
    'show a private key file: algorithm, size, role, GUN and canonical key ID',
  positionals: ['FILE'],
  flags: { json: { type: 'boolean' } },
  help: `Usage: dct-sign key info FILE [--json]

Decrypts a private key written by docker trust, notary, dct-sign or openssl
(ECDSA P-256, Ed25519, RSA of at least 2048 bits; PKCS#8, encrypted or not,
and the legacy EC/RSA PRIVATE KEY forms) and prints its algorithm and size,
role and GUN headers, and its canonical key ID: the file name in a trust dir
(private/<id>.key), what notary key list and docker trust inspect show. A
delegation added with a certificate (rsa-x509, ecdsa-x509) lists the key under
the certificate's own ID; signatures go there. Nothing secret is printed.

Passphrase: DCT_PASSPHRASE, else docker's DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE (root keys) /
DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE (others), else notary's NOTARY_<ROLE>_PASSPHRASE,
else a prompt on a terminal.

Flags:
  --json   machine-readable output: {"file","algorithm","bits","role","gun","keyID","encrypted"}

Example:
  DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE=... dct-sign key info ~/.docker/trust/private/34ac0ff5....key`,
  async run({ values, args, io }) {
    const file = resolve(io.cwd, args[0]);
    const text = decodeKeyInput(
      Buffer.from(io.readFile(file)).toString('utf8')
    );
    const role = /^role:\s*(\S+)/m.exec(text)?.[1];
    const encrypted = /ENCRYPTED/.test(text);
    const passphrase = encrypted
      ? await resolvePassphrase(
          io,
          role,
          `${basename(file)}${role ? ` (role ${role})` : ''}`
        )
      : undefined;
    const key = await loadPrivateKey(text, passphrase);
    const info = {
      file: basename(file),
      algorithm: key.algorithm,
      bits: key.bits,
      role: key.role ?? null,
      gun: key.gun ?? null,
      keyID: key.keyID,
      encrypted: key.encrypted,
    };
    if (values.json) {
      io.out(JSON.stringify(info, null, 2));
      return;
    }
    io.out(
      [
        `file:       ${info.file}`,
        `algorithm:  ${describeAlgorithm(info.algorithm, info.bits)}`,
        `role:       ${info.role ?? '-'}`,
        `gun:        ${info.gun ?? '-'}`,
        `key ID:     ${info.keyID}`,
        `encrypted:  ${info.encrypted ? 'yes' : 'no'}`,
      ].join('\n')
    );
  },
};

function describeAlgorithm(algorithm: string, bits: number): string {
  if (algorithm === 'ecdsa') return 'ecdsa (P-256)';
  if (algorithm === 'rsa') return `rsa (${bits} bits, signs rsapss)`;
  return algorithm;
}
