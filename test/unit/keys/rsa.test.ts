import {
  constants,
  createPrivateKey,
  createPublicKey,
  verify as nodeVerify,
} from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  BadPassphraseError,
  KeyFormatError,
  UnsupportedKeyError,
  canonicalKeyID,
  loadPrivateKey,
  loadPrivateKeys,
  parsePublicKeyPem,
  signerForCertificate,
  verifySignature,
  writePrivateKeyPem,
} from '../../../src/keys/index.js';
import {
  derInteger,
  derOctetString,
  derOid,
  derSequence,
} from '../../../src/keys/der-writer.js';
import { parseDer } from '../../../src/keys/der.js';
import { OID } from '../../../src/keys/oids.js';
import { decryptPbes2 } from '../../../src/keys/pbes2.js';
import { encodePem, parsePemBlocks } from '../../../src/keys/pem.js';
import { encodePrivateKeyInfo } from '../../../src/keys/pkcs8.js';
import { rawKeyOf } from '../../../src/keys/signer.js';
import { fixtureText } from '../../helpers/keys-fixtures.js';

// test/fixtures/keys/rsa/README.md says how each file was made and where
// the two IDs come from (notary key import + key list; notary delegation add).
const RSA_ID =
  '28843314c60cab1ac2f045dc027d9ce639e00d7f27cea909af2c1aa62342322f';
const CERT_ID =
  'a0846ed130d9e99f78b39e8a0bbf926190941859b3f147fb85afce1dc2785069';
const rsaFixture = (name: string): string => fixtureText(`keys/rsa/${name}`);
const NOTARY = {
  text: rsaFixture('rsa-notary-import.key'),
  pass: 'fixture-rsa-notary-pass',
};
const enc = new TextEncoder();
const DATA = enc.encode(
  '{"_type":"Targets","delegations":{"keys":{},"roles":[]},"expires":"2029-01-01T00:00:00Z","targets":{},"version":1}'
);

const FORMS = [
  [
    'rsa-notary-import.key',
    'fixture-rsa-notary-pass',
    'ENCRYPTED PRIVATE KEY',
    'ci',
  ],
  [
    'rsa-docker-load.key',
    'fixture-rsa-docker-pass',
    'ENCRYPTED PRIVATE KEY',
    'rsaci',
  ],
  [
    'rsa-legacy-aes256.pem',
    'fixture-rsa-legacy-pass',
    'RSA PRIVATE KEY',
    undefined,
  ],
  ['rsa-pkcs1.pem', undefined, 'RSA PRIVATE KEY', undefined],
  ['rsa-pkcs8.pem', undefined, 'PRIVATE KEY', undefined],
  [
    'rsa-pkcs8-openssl-enc.pem',
    'fixture-rsa-openssl-pass',
    'ENCRYPTED PRIVATE KEY',
    undefined,
  ],
] as const;

describe('RSA private keys', () => {
  describe('#loadPrivateKey', () => {
    for (const [file, pass, pemType, role] of FORMS) {
      it(`reads ${file} (${pemType}) to the ID notary gave it`, async () => {
        const key = await loadPrivateKey(rsaFixture(file), pass);
        expect(key).toMatchObject({
          keyID: RSA_ID,
          algorithm: 'rsa',
          bits: 2048,
          pemType,
          role,
          encrypted: pass !== undefined,
        });
        expect(key.signer.method).toBe('rsapss');
      });
    }

    it('yields the public key notary files for the SPKI (keytype rsa)', async () => {
      const key = await loadPrivateKey(NOTARY.text, NOTARY.pass);
      const pub = parsePublicKeyPem(rsaFixture('rsa.pub.pem'));
      expect(pub.keyID).toBe(RSA_ID);
      expect(key.signer.publicKey.toJSON()).toEqual(pub.toJSON());
    });

    it("re-encodes notary's decrypted PrivateKeyInfo byte for byte", async () => {
      const key = await loadPrivateKey(NOTARY.text, NOTARY.pass);
      const block = parsePemBlocks(NOTARY.text)[0];
      const plain = decryptPbes2(block.bytes, NOTARY.pass)!;
      expect(Buffer.from(encodePrivateKeyInfo(rawKeyOf(key.signer)))).toEqual(
        Buffer.from(plain)
      );
      // notary's form: version 0, {rsaEncryption} with no NULL.
      const [version, algorithm] = parseDer(plain, 'k').sequence('k', 3);
      expect(version.smallInt('v')).toBe(0);
      expect(algorithm.sequence('a')).toHaveLength(1);
    });

    it('refuses a 1024-bit key in one line naming the size', async () => {
      const err = await loadPrivateKey(
        rsaFixture('rsa-1024-pkcs1.pem'),
        undefined
      ).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UnsupportedKeyError);
      expect((err as Error).message).toBe(
        'RSA key of 1024 bits refused: notary needs at least 2048 (make a new one, e.g. openssl genrsa 3072)'
      );
    });

    for (const [file, pass] of FORMS.filter(([, p]) => p !== undefined)) {
      it(`throws BadPassphraseError for ${file} with a wrong passphrase`, async () => {
        const err = await loadPrivateKey(
          rsaFixture(file),
          'wrong-passphrase-1'
        ).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(BadPassphraseError);
        expect((err as Error).message).toMatch(/^wrong passphrase for key /);
        expect((err as Error).message).not.toContain(pass);
      });
    }

    it('throws KeyFormatError for PKCS#1 whose parts do not belong together', async () => {
      const der = createPrivateKey(rsaFixture('rsa-pkcs1.pem')).export({
        format: 'der',
        type: 'pkcs1',
      });
      const items = parseDer(new Uint8Array(der), 'k').sequence('k', 9);
      // A damaged modulus: OpenSSL still loads it, but nothing it signs verifies.
      const n = items[1].integer('n') ^ 0x10n;
      const broken = derSequence(
        items[0].raw,
        derInteger(n),
        ...items.slice(2).map((node) => node.raw)
      );
      const pem = encodePem({
        type: 'RSA PRIVATE KEY',
        headers: {},
        bytes: broken,
      });
      await expect(loadPrivateKey(pem, undefined)).rejects.toThrow(
        KeyFormatError
      );
    });

    it('throws KeyFormatError for an RSA PKCS#8 whose body is not PKCS#1', async () => {
      const der = derSequence(
        derInteger(0),
        derSequence(derOid(OID.rsaEncryption)),
        derOctetString(Uint8Array.of(0x30, 0x03, 0x02, 0x01, 0x00))
      );
      const pem = encodePem({ type: 'PRIVATE KEY', headers: {}, bytes: der });
      await expect(loadPrivateKey(pem, undefined)).rejects.toThrow(
        'RSA private key: not a valid PKCS#1 structure'
      );
    });
  });

  describe('signing', () => {
    it('makes rsapss signatures node:crypto verifies with PSS, SHA-256, salt 32', async () => {
      const key = await loadPrivateKey(NOTARY.text, NOTARY.pass);
      const sig = await key.signer.sign(DATA);
      expect(sig).toHaveLength(256);
      const pub = createPublicKey(rsaFixture('rsa.pub.pem'));
      const pss = (saltLength: number): boolean =>
        nodeVerify(
          'sha256',
          DATA,
          { key: pub, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength },
          sig
        );
      expect(pss(32)).toBe(true);
      // The salt length is part of what Go's VerifyPSS checks (SaltLength 32).
      expect(pss(64)).toBe(false);
      expect(pss(20)).toBe(false);
    });

    it('makes signatures our verifier accepts, and rejects when a byte flips', async () => {
      const key = await loadPrivateKey(rsaFixture('rsa-pkcs1.pem'), undefined);
      const sig = await key.signer.sign(DATA);
      const pub = key.signer.publicKey;
      expect(verifySignature(pub, 'rsapss', DATA, sig)).toBe(true);
      const flipped = Uint8Array.from(sig);
      flipped[100] ^= 1;
      expect(verifySignature(pub, 'rsapss', DATA, flipped)).toBe(false);
      expect(verifySignature(pub, 'rsapkcs1v15', DATA, sig)).toBe(false);
    });

    it('files signatures under the rsa-x509 certificate ID notary computed', async () => {
      const key = await loadPrivateKey(NOTARY.text, NOTARY.pass);
      const cert = parsePublicKeyPem(rsaFixture('rsa.crt'));
      expect(cert.keyType).toBe('rsa-x509');
      expect(cert.keyID).toBe(CERT_ID);
      expect(canonicalKeyID(cert)).toBe(RSA_ID);
      const signer = signerForCertificate(key.signer, cert);
      expect(signer.keyID).toBe(CERT_ID);
      expect(signer.method).toBe('rsapss');
      const sig = await signer.sign(DATA);
      expect(verifySignature(cert, 'rsapss', DATA, sig)).toBe(true);
    });

    it('refuses a certificate of another key type', async () => {
      const key = await loadPrivateKey(NOTARY.text, NOTARY.pass);
      const ecCert = parsePublicKeyPem(fixtureText('keys/docker-ci.pub'));
      expect(() => signerForCertificate(key.signer, ecCert)).toThrow(
        /not a certificate key|does not hold key/
      );
    });
  });

  describe('#loadPrivateKeys (a threshold needing several keys)', () => {
    const ecdsa = fixtureText('keys/docker-ci.key');
    const rsa = rsaFixture('rsa-notary-import.key');

    it('reads every block, one passphrase line per key', async () => {
      const keys = await loadPrivateKeys(
        ecdsa + rsa,
        'fixture-repo-pass\nfixture-rsa-notary-pass'
      );
      expect(keys.map((k) => [k.algorithm, k.keyID.slice(0, 8)])).toEqual([
        ['ecdsa', '34ac0ff5'],
        ['rsa', '28843314'],
      ]);
    });

    it('uses one passphrase for every key otherwise', async () => {
      const keys = await loadPrivateKeys(
        rsa + rsaFixture('rsa-pkcs1.pem'),
        NOTARY.pass
      );
      expect(keys.map((k) => k.encrypted)).toEqual([true, false]);
    });

    it('throws KeyFormatError when there is no private key', async () => {
      await expect(
        loadPrivateKeys(rsaFixture('rsa.pub.pem'), undefined)
      ).rejects.toThrow('expected a private key PEM block, found none');
    });
  });

  describe('#writePrivateKeyPem', () => {
    it('writes notary’s encrypted form, which loads back to the same key', async () => {
      const key = await loadPrivateKey(
        rsaFixture('rsa-legacy-aes256.pem'),
        'fixture-rsa-legacy-pass'
      );
      const pem = writePrivateKeyPem(key.signer, 'new-pass-123', {
        role: 'ci',
      });
      expect(pem).toMatch(
        /^-----BEGIN ENCRYPTED PRIVATE KEY-----\nrole: ci\n\n/
      );
      const back = await loadPrivateKey(pem, 'new-pass-123');
      expect(back).toMatchObject({
        keyID: RSA_ID,
        algorithm: 'rsa',
        bits: 2048,
      });
      const plain = decryptPbes2(parsePemBlocks(pem)[0].bytes, 'new-pass-123')!;
      const notary = decryptPbes2(
        parsePemBlocks(NOTARY.text)[0].bytes,
        NOTARY.pass
      )!;
      expect(Buffer.from(plain)).toEqual(Buffer.from(notary));
    });
  });
});
