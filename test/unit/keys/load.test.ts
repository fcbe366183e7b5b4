import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  BadPassphraseError,
  KeyFormatError,
  UnsupportedKeyError,
  loadPrivateKey,
  parsePublicKeyPem,
} from '../../../src/keys/index.js';
import {
  derInteger,
  derOctetString,
  derOid,
  derSequence,
} from '../../../src/keys/der-writer.js';
import { encodePem, parsePemBlocks } from '../../../src/keys/pem.js';
import { decryptPbes2 } from '../../../src/keys/pbes2.js';
import { encodePrivateKeyInfo } from '../../../src/keys/pkcs8.js';
import { rawKeyOf } from '../../../src/keys/signer.js';
import type { JSONObject } from '../../../src/tuf/index.js';
import {
  fixtureJSON,
  fixtureKeys,
  fixtureText,
} from '../../helpers/keys-fixtures.js';

const CI = {
  text: fixtureText('keys/docker-ci.key'),
  pass: 'fixture-repo-pass',
};

describe('#loadPrivateKey', () => {
  describe('when given the docker and notary fixture keys', () => {
    for (const row of fixtureKeys()) {
      it(`decrypts ${row.file} to its canonical key ID`, async () => {
        const key = await loadPrivateKey(
          fixtureText(`keys/${row.file}`),
          row.passphrase
        );
        // notary-delegation-key.pem has no recorded ID: its .pub file is the oracle.
        const expected =
          row.keyID ??
          parsePublicKeyPem(fixtureText('keys/notary-delegation.pub.pem'))
            .keyID;
        expect(key.keyID).toBe(expected);
        expect(key.signer.keyID).toBe(expected);
        expect(key).toMatchObject({
          role: row.role,
          gun: row.gun,
          algorithm: 'ecdsa',
          pemType: 'ENCRYPTED PRIVATE KEY',
          encrypted: true,
        });
      });
    }

    it('yields for docker-ci.key the targets/releases key in targets.json', async () => {
      const key = await loadPrivateKey(CI.text, CI.pass);
      const delegations = (
        fixtureJSON('notary-0.7-repo/targets.json').signed as JSONObject
      ).delegations as JSONObject;
      const wire = (delegations.keys as JSONObject)[key.keyID];
      expect(key.keyID).toBe(
        '34ac0ff55ac0550ed4762858f7f1b6d817936cdfd4b6376dcda376e1b119e971'
      );
      expect(key.signer.publicKey.toJSON()).toEqual(wire);
    });

    it('re-encodes the decrypted PrivateKeyInfo byte for byte (notary 0.7 form)', async () => {
      const key = await loadPrivateKey(CI.text, CI.pass);
      const plain = decryptPbes2(parsePemBlocks(CI.text)[0].bytes, CI.pass)!;
      expect(Buffer.from(encodePrivateKeyInfo(rawKeyOf(key.signer)))).toEqual(
        Buffer.from(plain)
      );
    });

    it('accepts the key as base64 of its PEM (a CI secret)', async () => {
      const key = await loadPrivateKey(
        Buffer.from(CI.text).toString('base64'),
        CI.pass
      );
      expect(key.keyID.slice(0, 8)).toBe('34ac0ff5');
    });
  });

  describe('when the passphrase is wrong', () => {
    it('throws BadPassphraseError naming the role, without the passphrase', async () => {
      const err = await loadPrivateKey(CI.text, 'not-the-pass-123').catch(
        (e: unknown) => e
      );
      expect(err).toBeInstanceOf(BadPassphraseError);
      expect((err as Error).message).toContain('wrong passphrase for key ci');
      expect((err as Error).message).not.toContain('not-the-pass-123');
      expect(JSON.stringify(err)).not.toContain('not-the-pass-123');
    });

    it('throws BadPassphraseError when no passphrase is given', async () => {
      await expect(loadPrivateKey(CI.text, undefined)).rejects.toThrow(
        /key ci is encrypted and no passphrase was given/
      );
    });

    it('names the key by its path header when there is one', async () => {
      const block = parsePemBlocks(CI.text)[0];
      const pem = encodePem({
        ...block,
        headers: { path: 'abcdef0123456789ffff', role: 'ci' },
      });
      await expect(loadPrivateKey(pem, 'nope-nope')).rejects.toThrow(
        'for key abcdef012345'
      );
    });
  });

  describe('when the input is damaged', () => {
    it('throws KeyFormatError for a PEM without END line', async () => {
      const truncated = CI.text.slice(0, CI.text.indexOf('-----END'));
      await expect(loadPrivateKey(truncated, CI.pass)).rejects.toThrow(
        KeyFormatError
      );
    });

    it('throws KeyFormatError for a PEM missing body lines', async () => {
      const lines = CI.text.split('\n');
      const cut = [...lines.slice(0, 4), ...lines.slice(6)].join('\n');
      await expect(loadPrivateKey(cut, CI.pass)).rejects.toThrow(
        KeyFormatError
      );
    });

    it('throws KeyFormatError for a base64-garbled body', async () => {
      const garbled = CI.text.replace('MIHuMEkG', 'MIHu*EkG');
      await expect(loadPrivateKey(garbled, CI.pass)).rejects.toThrow(
        /malformed base64/
      );
    });

    it('throws KeyFormatError for text that is not a key', async () => {
      await expect(loadPrivateKey('hello world', undefined)).rejects.toThrow(
        KeyFormatError
      );
    });

    it('throws KeyFormatError for a public key only', async () => {
      await expect(
        loadPrivateKey(fixtureText('keys/docker-ci.pub'), undefined)
      ).rejects.toThrow('expected one private key PEM block, found 0');
    });

    it('throws BadPassphraseError for a bit-flipped ciphertext', async () => {
      const block = parsePemBlocks(CI.text)[0];
      for (const offset of [
        90,
        block.bytes.length - 20,
        block.bytes.length - 1,
      ]) {
        const bytes = Uint8Array.from(block.bytes);
        bytes[offset] ^= 0x01;
        const pem = encodePem({ ...block, bytes });
        await expect(loadPrivateKey(pem, CI.pass)).rejects.toThrow(
          BadPassphraseError
        );
      }
    });

    it('throws KeyFormatError for DER cut short', async () => {
      const block = parsePemBlocks(CI.text)[0];
      const pem = encodePem({ ...block, bytes: block.bytes.subarray(0, 100) });
      await expect(loadPrivateKey(pem, CI.pass)).rejects.toThrow(
        /truncated DER/
      );
    });
  });

  describe('when the key uses another algorithm', () => {
    it('throws UnsupportedKeyError naming an unknown algorithm OID', async () => {
      const der = derSequence(
        derInteger(0),
        derSequence(derOid('1.2.840.10040.4.1')),
        derOctetString(Uint8Array.of(1, 2, 3))
      );
      const pem = encodePem({ type: 'PRIVATE KEY', headers: {}, bytes: der });
      await expect(loadPrivateKey(pem, undefined)).rejects.toThrow(
        'unsupported private key algorithm 1.2.840.10040.4.1'
      );
    });

    it('throws UnsupportedKeyError for an RSA key under 2048 bits', async () => {
      const { privateKey } = generateKeyPairSync('rsa', {
        modulusLength: 1024,
      });
      const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
      const err = await loadPrivateKey(pem, undefined).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UnsupportedKeyError);
      expect((err as Error).message).toContain(
        'RSA key of 1024 bits refused: notary needs at least 2048'
      );
    });

    it('throws UnsupportedKeyError naming a P-384 curve', async () => {
      const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-384' });
      const pem = privateKey.export({ type: 'sec1', format: 'pem' }) as string;
      await expect(loadPrivateKey(pem, undefined)).rejects.toThrow(
        'unsupported ECDSA curve P-384'
      );
    });
  });
});
