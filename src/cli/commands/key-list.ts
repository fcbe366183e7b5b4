import {
  dockerTrustDir,
  listTrustDirKeys,
  notaryTrustDir,
} from '../../host/index.js';
import type { Command } from '../command.js';
import { trustDirOf } from './admin-common.js';

/** `dct-sign key list`: the private keys in docker's and notary's trust dirs. */
export const keyList: Command = {
  name: 'key list',
  summary:
    "list private keys in docker's and notary's trust dirs (ID, role, GUN)",
  positionals: [],
  flags: { 'trust-dir': { type: 'string' }, json: { type: 'boolean' } },
  help: `Usage: dct-sign key list [--trust-dir DIR] [--json]

Lists the private key files of $DOCKER_CONFIG/trust (docker) and ~/.notary
(notary), or only of --trust-dir: canonical key ID (the file name), role and
GUN from the PEM headers. Nothing is decrypted.

Flags:
  --trust-dir DIR   only this trust dir
  --json            [{"keyID","role","gun","path","trustDir"}]

Example:
  dct-sign key list`,
  run({ values, io }) {
    const dirs =
      typeof values['trust-dir'] === 'string'
        ? [trustDirOf(io, values)]
        : [...new Set([dockerTrustDir(io.env), notaryTrustDir()])];
    const keys = dirs.flatMap((d) => listTrustDirKeys(d));
    if (values.json) {
      io.out(
        JSON.stringify(
          keys.map((k) => ({
            keyID: k.keyID,
            role: k.role ?? null,
            gun: k.gun ?? null,
            path: k.path,
            trustDir: k.trustDir,
          })),
          null,
          2
        )
      );
      return Promise.resolve();
    }
    if (keys.length === 0) {
      io.out(`no keys in ${dirs.join(' or ')}`);
      return Promise.resolve();
    }
    const lines = [
      `${'ROLE'.padEnd(12)} ${'GUN'.padEnd(40)} ${'KEY ID'.padEnd(64)} LOCATION`,
    ];
    for (const k of keys)
      lines.push(
        `${(k.role ?? '-').padEnd(12)} ${(k.gun ?? '-').padEnd(40)} ${k.keyID} ${k.trustDir}`
      );
    io.out(lines.join('\n'));
    return Promise.resolve();
  },
};
