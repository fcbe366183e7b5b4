import { createPrivateKey, createPublicKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import {
  generateKey,
  loadPrivateKey,
  parsePublicKeyPem,
  writePrivateKeyPem,
} from '../../../src/keys/index.js';
import { parseDer } from '../../../src/keys/der.js';
import { OID } from '../../../src/keys/oids.js';
import { parsePemBlocks } from '../../../src/keys/pem.js';
import { decryptPbes2 } from '../../../src/keys/pbes2.js';
import { fixtureText, stripPemHeaders } from '../../helpers/keys-fixtures.js';

const PASS = 'a-new-pass-phrase';

describe('#generateKey', () => {
  describe('when the algorithm is ecdsa', () => {
    const made = generateKey('ecdsa', { role: 'ci', passphrase: PASS });

    it('reads back with our reader as the same key', async () => {
      const key = await loadPrivateKey(made.privatePem, PASS);
      expect(key.keyID).toBe(made.keyID);
      expect(key.signer.publicKey.equals(made.signer.publicKey)).toBe(true);
      expect(key.role).toBe('ci');
    });

    it('reads back with node:crypto as the same key', () => {
      const nodeKey = createPrivateKey({
        key: stripPemHeaders(made.privatePem),
        format: 'pem',
        passphrase: PASS,
      });
      const spki = createPublicKey(nodeKey).export({
        format: 'der',
        type: 'spki',
      });
      expect(spki.toString('base64')).toBe(made.signer.publicKey.publicB64);
    });

    it('writes the PBES2 structure notary writes', () => {
      const block = parsePemBlocks(made.privatePem)[0];
      const [alg] = parseDer(block.bytes, 'epki').sequence('epki', 2);
      const [pbes2, params] = alg.sequence('alg', 2);
      expect(pbes2.oid('x')).toBe(OID.pbes2);
      const [kdf, enc] = params.sequence('params', 2);
      const [kdfOid, kdfParams] = kdf.sequence('kdf', 2);
      expect(kdfOid.oid('x')).toBe(OID.pbkdf2);
      // Only salt and iteration count: no keyLength, no PRF (so HMAC-SHA1).
      const kdfItems = kdfParams.sequence('kdf params');
      expect(kdfItems).toHaveLength(2);
      expect(kdfItems[0].octets('salt')).toHaveLength(8);
      expect(kdfItems[1].smallInt('iterations')).toBe(2048);
      const [encOid, iv] = enc.sequence('enc', 2);
      expect(encOid.oid('x')).toBe(OID.aes256CBC);
      expect(iv.octets('iv')).toHaveLength(16);
    });

    it('writes a version 1 PrivateKeyInfo with no NULL and a full SEC1 key', () => {
      const plain = decryptPbes2(
        parsePemBlocks(made.privatePem)[0].bytes,
        PASS
      )!;
      const [version, alg, inner] = parseDer(plain, 'pki').sequence('pki', 3);
      expect(version.smallInt('v')).toBe(1);
      expect(alg.sequence('alg').map((n) => n.oid('oid'))).toEqual([
        OID.ecPublicKey,
        OID.prime256v1,
      ]);
      const sec1 = parseDer(inner.octets('o'), 'sec1').sequence('sec1');
      expect(sec1.map((n) => n.tag)).toEqual([0x02, 0x04, 0xa0, 0xa1]);
    });

    it('writes the public key like docker trust key generate', () => {
      expect(made.publicPem).toMatch(
        /^-----BEGIN PUBLIC KEY-----\nrole: ci\n\nMFkwEwYH/
      );
      expect(parsePublicKeyPem(made.publicPem).keyID).toBe(made.keyID);
    });
  });

  describe('when the algorithm is ed25519', () => {
    it('writes version 0 under notary ed25519 OID and reads back', async () => {
      const made = generateKey('ed25519', {
        role: 'timestamp',
        gun: 'example.com/a',
        passphrase: PASS,
      });
      const plain = decryptPbes2(
        parsePemBlocks(made.privatePem)[0].bytes,
        PASS
      )!;
      const [version, alg, inner] = parseDer(plain, 'pki').sequence('pki', 3);
      expect(version.smallInt('v')).toBe(0);
      expect(alg.sequence('alg').map((n) => n.oid('oid'))).toEqual([
        OID.ed25519Notary,
      ]);
      expect(inner.octets('o')).toHaveLength(96);
      const key = await loadPrivateKey(made.privatePem, PASS);
      expect(key).toMatchObject({
        keyID: made.keyID,
        algorithm: 'ed25519',
        gun: 'example.com/a',
      });
    });
  });
});

describe('#writePrivateKeyPem', () => {
  describe('when writing a loaded fixture key', () => {
    it('keeps the gun header for targets keys, gun before role', async () => {
      const key = await loadPrivateKey(
        fixtureText('keys/docker-targets.key'),
        'fixture-repo-pass'
      );
      const pem = writePrivateKeyPem(key, PASS, {
        role: 'targets',
        gun: key.gun!,
      });
      expect(pem).toMatch(
        /^-----BEGIN ENCRYPTED PRIVATE KEY-----\ngun: 127\.0\.0\.1:5000\/fixtures\/app\nrole: targets\n\n/
      );
      expect((await loadPrivateKey(pem, PASS)).keyID).toBe(key.keyID);
    });

    it('drops the gun header for delegation and root keys', async () => {
      const key = await loadPrivateKey(
        fixtureText('keys/docker-ci.key'),
        'fixture-repo-pass'
      );
      const pem = writePrivateKeyPem(key.signer, PASS, {
        role: 'ci',
        gun: 'example.com/x',
      });
      expect(pem).not.toContain('gun:');
    });

    it('writes unencrypted PRIVATE KEY for an empty passphrase', async () => {
      const key = await loadPrivateKey(
        fixtureText('keys/docker-ci.key'),
        'fixture-repo-pass'
      );
      const pem = writePrivateKeyPem(key, '', { role: 'ci' });
      expect(pem).toMatch(/^-----BEGIN PRIVATE KEY-----\nrole: ci\n/);
      expect(createPrivateKey(stripPemHeaders(pem)).asymmetricKeyType).toBe(
        'ec'
      );
    });
  });

  describe('when a base role has no gun', () => {
    it('throws UsageError', async () => {
      const key = await loadPrivateKey(
        fixtureText('keys/docker-ci.key'),
        'fixture-repo-pass'
      );
      expect(() => writePrivateKeyPem(key, PASS, { role: 'snapshot' })).toThrow(
        UsageError
      );
    });
  });
});
