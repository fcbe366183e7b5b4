import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pushImage } from '../../scripts/sandbox/registry-push.mjs';
import { generateKey } from '../../src/keys/index.js';
import { randomGun } from './helpers/gun.js';
import { NotaryCli, TEST_PASSPHRASES } from './helpers/notary-cli.js';
import { getSandbox, type SandboxConfig } from './helpers/sandbox.js';
import { makeTempDir } from './helpers/tmp.js';

// Issue 2: a key our keys/ layer writes (encrypted PKCS#8 exactly as notary 0.7
// writes it, §6.3) is listed by the real `notary key list` and used by the real
// notary CLI to sign and publish to a real notary-server.

let sandbox: SandboxConfig;
beforeAll(() => {
  sandbox = getSandbox();
});

describe('a private key written by dct-sign into a notary trust dir', () => {
  it('is listed by notary key list and signs a published delegation with the real notary CLI', async () => {
    const tmp = await makeTempDir();
    const trustDir = join(tmp, 'notary');
    const { gun, repo } = randomGun(sandbox, 'keys');
    const notary = NotaryCli.forSandbox(sandbox, trustDir);
    await notary.init(gun);
    await notary.rotateSnapshotToServer(gun);

    const key = generateKey('ecdsa', {
      role: 'targets/releases',
      passphrase: TEST_PASSPHRASES.delegation,
    });
    mkdirSync(join(trustDir, 'private'), { recursive: true, mode: 0o700 });
    const file = join(trustDir, 'private', `${key.keyID}.key`);
    writeFileSync(file, key.privatePem, { mode: 0o600 });
    chmodSync(file, 0o600);
    writeFileSync(join(tmp, 'releases.pub'), key.publicPem);

    const listed = await notary.ok(['key', 'list']);
    const row = listed.stdout.split('\n').find((l) => l.includes(key.keyID));
    expect(row, listed.stdout).toBeDefined();
    expect(row).toMatch(/targets\/releases/);

    await notary.delegationAdd(gun, 'targets/releases', [
      join(tmp, 'releases.pub'),
    ]);
    const image = await pushImage({
      registryUrl: sandbox.registryUrl,
      repo,
      tag: 'v1',
    });
    await notary.addHash(gun, 'v1', image.size, image.digest, [
      'targets/releases',
    ]);
    await notary.publish(gun);

    expect(await notary.list(gun, { roles: ['targets/releases'] })).toEqual([
      {
        name: 'v1',
        digest: image.digest.replace('sha256:', ''),
        size: image.size,
        role: 'targets/releases',
      },
    ]);
    const delegations = await notary.delegationList(gun);
    expect(
      delegations.find((d) => d.role === 'targets/releases')?.keyIDs
    ).toEqual([key.keyID]);
  });

  it('is refused by notary with a wrong passphrase (the encryption is real)', async () => {
    const tmp = await makeTempDir();
    const trustDir = join(tmp, 'notary');
    const { gun } = randomGun(sandbox, 'keys');
    const notary = NotaryCli.forSandbox(sandbox, trustDir);
    await notary.init(gun);
    await notary.rotateSnapshotToServer(gun);
    const key = generateKey('ecdsa', {
      role: 'targets/releases',
      passphrase: 'a-different-passphrase',
    });
    mkdirSync(join(trustDir, 'private'), { recursive: true, mode: 0o700 });
    writeFileSync(
      join(trustDir, 'private', `${key.keyID}.key`),
      key.privatePem,
      { mode: 0o600 }
    );
    writeFileSync(join(tmp, 'releases.pub'), key.publicPem);
    await notary.delegationAdd(gun, 'targets/releases', [
      join(tmp, 'releases.pub'),
    ]);
    await notary.addHash(gun, 'v1', 100, 'ab'.repeat(32), ['targets/releases']);
    const result = await notary.run(['publish', gun]);
    expect(result.code).not.toBe(0);
    // notary cannot decrypt the key, so it finds no usable signing key for the role.
    expect(`${result.stdout}${result.stderr}`).toContain(
      `could not find necessary signing keys, at least one of these keys must be available: ${key.keyID}`
    );
    expect(await notary.list(gun, { roles: ['targets/releases'] })).toEqual([]);
  });
});
