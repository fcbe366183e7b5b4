import {
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CliIO } from '../../../src/cli/io.js';
import { runCli } from '../../../src/cli/main.js';
import {
  generateKey,
  loadPrivateKey,
  parsePublicKeyPem,
} from '../../../src/keys/index.js';
import { decryptPbes2 } from '../../../src/keys/pbes2.js';
import { parsePemBlocks } from '../../../src/keys/pem.js';

const PASS = 'correct horse battery';
const dirs: string[] = [];
afterEach(() =>
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }))
);

function fakeIO(
  env: Record<string, string>
): CliIO & { stdout: string[]; stderr: string[] } {
  const cwd = mkdtempSync(join(tmpdir(), 'dct-cli-'));
  dirs.push(cwd);
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (t) => stdout.push(t),
    err: (t) => stderr.push(t),
    env: { DOCKER_CONFIG: join(cwd, 'docker'), ...env },
    readFile: (p) => new Uint8Array(readFileSync(p)),
    isTTY: false,
    cwd,
  };
}

describe('dct-sign key generate', () => {
  describe('with a passphrase in the environment', () => {
    it("writes notary's encrypted key (0600 in a 0700 dir) and NAME.pub, and prints no secret", async () => {
      const io = fakeIO({ DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: PASS });
      expect(await runCli(['key', 'generate', 'ci', '--json'], io)).toBe(0);
      const info = JSON.parse(io.stdout.join('\n')) as {
        keyID: string;
        privateKeyFile: string;
        publicKeyFile: string;
        passphraseEnv: string;
      };
      expect(info.privateKeyFile).toBe(
        join(io.cwd, 'docker', 'trust', 'private', `${info.keyID}.key`)
      );
      expect(info.passphraseEnv).toBe(
        'DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE'
      );
      expect(statSync(info.privateKeyFile).mode & 0o777).toBe(0o600);
      expect(
        statSync(join(io.cwd, 'docker', 'trust', 'private')).mode & 0o777
      ).toBe(0o700);
      const pem = readFileSync(info.privateKeyFile, 'utf8');
      expect(pem).toMatch(
        /^-----BEGIN ENCRYPTED PRIVATE KEY-----\nrole: ci\n\n/
      );
      expect((await loadPrivateKey(pem, PASS)).keyID).toBe(info.keyID);
      const pub = readFileSync(join(io.cwd, 'ci.pub'), 'utf8');
      expect(pub).toMatch(/^-----BEGIN PUBLIC KEY-----\nrole: ci\n\n/);
      expect(parsePublicKeyPem(pub).keyID).toBe(info.keyID);
      expect(io.stdout.join('\n')).not.toContain(PASS);
    });
  });
  describe('with a short passphrase', () => {
    it('refuses with exit 1', async () => {
      const io = fakeIO({ DCT_PASSPHRASE: 'short' });
      expect(await runCli(['key', 'generate', 'ci'], io)).toBe(1);
      expect(io.stderr[0]).toMatch(/at least 8 characters/);
    });
  });
  describe('with no passphrase and no terminal', () => {
    it('names the variables to set', async () => {
      const io = fakeIO({});
      expect(await runCli(['key', 'generate', 'ci'], io)).toBe(1);
      expect(io.stderr[0]).toMatch(
        /DCT_PASSPHRASE or DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE or NOTARY_DELEGATION_PASSPHRASE/
      );
    });
  });
  it('refuses the reserved name releases', async () => {
    const io = fakeIO({ DCT_PASSPHRASE: PASS });
    expect(await runCli(['key', 'generate', 'releases'], io)).toBe(1);
  });
});

describe('dct-sign key import and key list', () => {
  it('encrypts an unencrypted key into the trust dir and lists it with its role and GUN', async () => {
    const io = fakeIO({ NOTARY_TARGETS_PASSPHRASE: PASS });
    const plain = generateKey('ecdsa', {
      role: 'targets',
      gun: 'example.com/a',
      passphrase: undefined,
    });
    writeFileSync(
      join(io.cwd, 'plain.pem'),
      plain.privatePem
        .replace(/^(role|gun): .*\n/gm, '')
        .replace('-----\n\n', '-----\n')
    );
    expect(
      await runCli(
        [
          'key',
          'import',
          'plain.pem',
          '--role',
          'targets',
          '--gun',
          'example.com/a',
          '--trust-dir',
          'trust',
        ],
        io
      )
    ).toBe(0);
    const stored = readFileSync(
      join(io.cwd, 'trust', 'private', `${plain.keyID}.key`),
      'utf8'
    );
    expect(stored).toMatch(
      /^-----BEGIN ENCRYPTED PRIVATE KEY-----\ngun: example.com\/a\nrole: targets\n\n/
    );
    expect((await loadPrivateKey(stored, PASS)).keyID).toBe(plain.keyID);

    io.stdout.length = 0;
    expect(
      await runCli(['key', 'list', '--trust-dir', 'trust', '--json'], io)
    ).toBe(0);
    expect(JSON.parse(io.stdout.join('\n'))).toEqual([
      {
        keyID: plain.keyID,
        role: 'targets',
        gun: 'example.com/a',
        path: join(io.cwd, 'trust', 'private', `${plain.keyID}.key`),
        trustDir: join(io.cwd, 'trust'),
      },
    ]);
  });
  it('stores an RSA PKCS#1 key as notary key import did (same file, same PKCS#8)', async () => {
    const io = fakeIO({ DCT_PASSPHRASE: PASS });
    writeFileSync(
      join(io.cwd, 'rsa.pem'),
      readFileSync('test/fixtures/keys/rsa/rsa-pkcs1.pem')
    );
    expect(
      await runCli(
        ['key', 'import', 'rsa.pem', '--role', 'ci', '--trust-dir', 'trust'],
        io
      )
    ).toBe(0);
    // The name notary gave the same key (test/fixtures/keys/rsa/README.md).
    const id =
      '28843314c60cab1ac2f045dc027d9ce639e00d7f27cea909af2c1aa62342322f';
    const stored = readFileSync(
      join(io.cwd, 'trust', 'private', `${id}.key`),
      'utf8'
    );
    expect(stored).toMatch(
      /^-----BEGIN ENCRYPTED PRIVATE KEY-----\nrole: ci\n\n/
    );
    expect(await loadPrivateKey(stored, PASS)).toMatchObject({
      keyID: id,
      algorithm: 'rsa',
    });
    const notary = readFileSync(
      'test/fixtures/keys/rsa/rsa-notary-import.key',
      'utf8'
    );
    const inner = (pem: string, pass: string) =>
      Buffer.from(decryptPbes2(parsePemBlocks(pem)[0].bytes, pass)!);
    expect(inner(stored, PASS)).toEqual(
      inner(notary, 'fixture-rsa-notary-pass')
    );
  });
  it('imports a legacy encrypted RSA PEM, keeping its passphrase', async () => {
    const io = fakeIO({ DCT_PASSPHRASE: 'fixture-rsa-legacy-pass' });
    writeFileSync(
      join(io.cwd, 'legacy.pem'),
      readFileSync('test/fixtures/keys/rsa/rsa-legacy-aes256.pem')
    );
    expect(
      await runCli(
        [
          'key',
          'import',
          'legacy.pem',
          '--role',
          'ci',
          '--trust-dir',
          'trust',
          '--json',
        ],
        io
      )
    ).toBe(0);
    const { path } = JSON.parse(io.stdout.join('')) as { path: string };
    const key = await loadPrivateKey(
      readFileSync(path, 'utf8'),
      'fixture-rsa-legacy-pass'
    );
    expect(key).toMatchObject({ algorithm: 'rsa', bits: 2048, role: 'ci' });
  });
  it('refuses a key without role header or --role', async () => {
    const io = fakeIO({ DCT_PASSPHRASE: PASS });
    const plain = generateKey('ecdsa', { role: 'ci', passphrase: undefined });
    writeFileSync(
      join(io.cwd, 'k.pem'),
      plain.privatePem.replace(/^role: .*\n\n/m, '')
    );
    expect(await runCli(['key', 'import', 'k.pem'], io)).toBe(1);
    expect(io.stderr[0]).toMatch(/no role header: pass --role/);
  });
});

describe('dct-sign signer add', () => {
  it('has help with usage, flags and examples', async () => {
    const io = fakeIO({});
    expect(await runCli(['signer', 'add', '--help'], io)).toBe(0);
    expect(io.stdout[0]).toMatch(
      /Usage: dct-sign signer add[\s\S]*Flags:[\s\S]*Examples:/
    );
  });
  it('refuses a bad signer name before any network access', async () => {
    const io = fakeIO({});
    expect(
      await runCli(
        ['signer', 'add', 'Bad', 'example.com/a', '--key', 'x.pub'],
        io
      )
    ).toBe(1);
    expect(io.stderr[0]).toMatch(/signer name "Bad" is invalid/);
  });
});
