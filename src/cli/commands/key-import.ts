import { resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import { writeTrustDirKey } from '../../host/index.js';
import {
  decodeKeyInput,
  loadPrivateKey,
  writePrivateKeyPem,
} from '../../keys/index.js';
import type { Command } from '../command.js';
import { resolvePassphrase } from '../passphrase.js';
import { newPassphrase, trustDirOf } from './admin-common.js';

const GUN_ROLES = new Set(['targets', 'snapshot', 'timestamp']);

/** `dct-sign key import FILE`: store a key in a trust dir as notary would. */
export const keyImport: Command = {
  name: 'key import',
  summary:
    'store a private key in the trust dir, encrypted, as notary key import does',
  positionals: ['FILE'],
  flags: {
    role: { type: 'string' },
    gun: { type: 'string' },
    'trust-dir': { type: 'string' },
    json: { type: 'boolean' },
  },
  help: `Usage: dct-sign key import FILE [--role ROLE] [--gun GUN] [--trust-dir DIR] [--json]

Reads a private key in any form docker, notary or openssl wrote (encrypted
PKCS#8, plain PKCS#8, legacy EC/RSA/ED25519 PEM with or without DEK-Info;
ECDSA P-256, Ed25519 or RSA of at least 2048 bits) and stores it as
TRUST_DIR/private/<canonical id>.key, encrypted in notary's format. An
unencrypted key is encrypted with a new passphrase (asked twice, at least 8
characters); an encrypted one keeps its passphrase. Unlike docker trust key
load, encrypted keys are really imported.

Role: the file's "role" header, else --role (required then). GUN: the "gun"
header, else --gun; only targets, snapshot and timestamp keys keep a GUN.

Flags:
  --role ROLE       role when the file has no header: root, targets, or a signer name
  --gun GUN         GUN for a targets/snapshot/timestamp key without a header
  --trust-dir DIR   default: $DOCKER_CONFIG/trust
  --json            {"keyID","role","gun","path"}

Examples:
  dct-sign key import ci-key.pem --role ci
  dct-sign key import targets.pem --role targets --gun registry.example.com/acme/app --trust-dir ~/.notary`,
  async run({ values, args, io }) {
    const file = resolve(io.cwd, args[0]);
    const text = decodeKeyInput(
      Buffer.from(io.readFile(file)).toString('utf8')
    );
    const headerRole = /^role:\s*(\S+)/m.exec(text)?.[1];
    const role =
      headerRole ?? (typeof values.role === 'string' ? values.role : undefined);
    if (!role)
      throw new UsageError(
        `${args[0]} has no role header: pass --role (root, targets, or the signer name)`
      );
    const gun =
      /^gun:\s*(\S+)/m.exec(text)?.[1] ??
      (typeof values.gun === 'string' ? values.gun : undefined);
    if (GUN_ROLES.has(role) && !gun)
      throw new UsageError(`a ${role} key needs a GUN: pass --gun`);
    const encrypted = /ENCRYPTED/.test(text);
    const passphrase = encrypted
      ? await resolvePassphrase(io, role, `${args[0]} (role ${role})`)
      : await newPassphrase(io, role, `the imported ${role} key`);
    const key = await loadPrivateKey(text, encrypted ? passphrase : undefined);
    const pem = writePrivateKeyPem(key.signer, passphrase, {
      role,
      gun: GUN_ROLES.has(role) ? gun : undefined,
    });
    const path = writeTrustDirKey(trustDirOf(io, values), key.keyID, pem);
    const info = {
      keyID: key.keyID,
      role,
      gun: GUN_ROLES.has(role) ? gun : null,
      path,
    };
    io.out(
      values.json
        ? JSON.stringify(info, null, 2)
        : `imported ${role} key ${key.keyID} into ${path}`
    );
  },
};
