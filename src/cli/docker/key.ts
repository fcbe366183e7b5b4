import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { dockerTrustDir, writeTrustDirKey } from '../../host/index.js';
import {
  decodeKeyInput,
  generateKey,
  loadPrivateKey,
  writePrivateKeyPem,
} from '../../keys/index.js';
import { newPassphrase } from '../commands/admin-common.js';
import { resolvePassphrase } from '../passphrase.js';
import { badName, DOCKER_NAME } from './admin.js';
import type { DockerCommand } from './command.js';

/** `docker trust key generate NAME [--dir DIR]` ([C] cli/command/trust/key_generate.go). */
export const trustKeyGenerate: DockerCommand = {
  path: 'key generate',
  use: 'NAME',
  short: 'Generate and load a signing key-pair',
  flags: { dir: { type: 'string' } },
  options: `      --dir string   Directory to generate key in, defaults to current
                     directory`,
  args: { exactly: 1 },
  async run({ values, args, io }) {
    const name = args[0];
    if (!DOCKER_NAME.test(name)) throw badName('key', name);
    // docker prints the directory as given, or the absolute working directory.
    const dir = typeof values.dir === 'string' ? values.dir : io.cwd;
    if (!existsSync(resolve(io.cwd, dir)))
      throw new Error(`public key path does not exist: "${dir}"`);
    const publicFile = join(dir, `${name}.pub`);
    if (existsSync(resolve(io.cwd, publicFile)))
      throw new Error(`public key file already exists: "${publicFile}"`);
    io.out(`Generating key for ${name}...`);
    const passphrase = await newPassphrase(io, name, `the new key ${name}`);
    const key = generateKey('ecdsa', { role: name, passphrase });
    writeTrustDirKey(dockerTrustDir(io.env), key.keyID, key.privatePem);
    writeFileSync(resolve(io.cwd, publicFile), key.publicPem, { mode: 0o600 });
    io.out(
      `Successfully generated and loaded private key. Corresponding public key available: ${publicFile}`
    );
  },
};

/** `docker trust key load [--name NAME] KEYFILE` ([C] cli/command/trust/key_load.go). */
export const trustKeyLoad: DockerCommand = {
  path: 'key load',
  use: '[OPTIONS] KEYFILE',
  short: 'Load a private key file for signing',
  flags: { name: { type: 'string' } },
  options: '      --name string   Name for the loaded key (default "signer")',
  args: { exactly: 1 },
  async run({ values, args, io }) {
    const name = typeof values.name === 'string' ? values.name : 'signer';
    if (!DOCKER_NAME.test(name)) throw badName('key', name);
    const keyPath = args[0];
    const file = resolve(io.cwd, keyPath);
    // docker refuses keys others may read or write (non-Windows).
    if ((statSync(file).mode & 0o077) !== 0)
      throw new Error(
        `refusing to load key from ${keyPath}: private key file ${keyPath} must not be readable or writable by others`
      );
    io.out(`Loading key from "${keyPath}"...`);
    const text = decodeKeyInput(
      Buffer.from(io.readFile(file)).toString('utf8')
    );
    if (!/PRIVATE KEY-----/.test(text))
      throw new Error(
        `refusing to load key from ${keyPath}: provided file ${keyPath} is not a supported private key - to add a signer's public key use docker trust signer add`
      );
    // The file's role header wins; --name is the fallback (notary ImportKeys).
    const role = /^role:\s*(\S+)/m.exec(text)?.[1] ?? name;
    const encrypted = /ENCRYPTED/.test(text);
    let key;
    let passphrase: string;
    try {
      passphrase = encrypted
        ? await resolvePassphrase(io, role, `${keyPath} (${role})`)
        : await newPassphrase(io, role, `the loaded key ${role}`);
      key = await loadPrivateKey(text, encrypted ? passphrase : undefined);
    } catch (err) {
      throw new Error(
        `error importing key from ${keyPath}: ${(err as Error).message}`,
        { cause: err }
      );
    }
    const pem = writePrivateKeyPem(key.signer, passphrase, { role });
    writeTrustDirKey(dockerTrustDir(io.env), key.keyID, pem);
    io.out(`Successfully imported key from ${keyPath}`);
  },
};
