import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  KeyFormatError,
  UnsupportedKeyError,
} from '../../../src/keys/index.js';
import { parseDer } from '../../../src/keys/der.js';
import {
  derInteger,
  derOctetString,
  derOid,
  derSequence,
} from '../../../src/keys/der-writer.js';
import { OID } from '../../../src/keys/oids.js';
import { parsePemBlocks } from '../../../src/keys/pem.js';
import { decryptPbes2, encryptPbes2 } from '../../../src/keys/pbes2.js';
import { fixtureKeys, fixtureText } from '../../helpers/keys-fixtures.js';

const PASS = 'pbes2-pass';

/** An EncryptedPrivateKeyInfo with chosen parameters around 32 bytes of data. */
function epki(options: {
  scheme?: string;
  kdf?: string;
  kdfExtra?: Uint8Array[];
  iterations?: number;
  cipher?: string;
  iv?: Uint8Array;
  data?: Uint8Array;
}): Uint8Array {
  const kdfParams = derSequence(
    derOctetString(new Uint8Array(8)),
    derInteger(options.iterations ?? 2048),
    ...(options.kdfExtra ?? [])
  );
  return derSequence(
    derSequence(
      derOid(options.scheme ?? OID.pbes2),
      derSequence(
        derSequence(derOid(options.kdf ?? OID.pbkdf2), kdfParams),
        derSequence(
          derOid(options.cipher ?? OID.aes256CBC),
          derOctetString(options.iv ?? new Uint8Array(16))
        )
      )
    ),
    derOctetString(options.data ?? new Uint8Array(32))
  );
}

describe('#decryptPbes2', () => {
  describe('when the key came from OpenSSL 3', () => {
    it('honours its hmacWithSHA256 PRF', () => {
      const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
      const pem = privateKey.export({
        type: 'pkcs8',
        format: 'pem',
        cipher: 'aes-256-cbc',
        passphrase: PASS,
      });
      const der = parsePemBlocks(pem as string)[0].bytes;
      expect(Buffer.from(der).toString('hex')).toContain(
        Buffer.from(derOid(OID.hmacWithSHA256)).toString('hex')
      );
      const plain = decryptPbes2(der, PASS)!;
      expect(parseDer(plain, 'pki').sequence('pki', 3)).toHaveLength(3);
    });
  });

  describe('when round-tripping our own output', () => {
    it('returns the plaintext, and never it for a wrong passphrase', () => {
      const data = Uint8Array.from({ length: 48 }, (_, i) => i);
      const der = encryptPbes2(data, PASS);
      expect(decryptPbes2(der, PASS)).toEqual(data);
      // The salt is random: about 1 wrong key in 256 decrypts to text that
      // happens to end in valid padding (the PKCS#8 parse refuses it later).
      expect(decryptPbes2(der, 'other')).not.toEqual(data);
    });
  });

  describe('when the passphrase is wrong', () => {
    it('returns undefined: the padding check fails (a real notary key, fixed salt)', () => {
      const key = fixtureKeys().find((k) =>
        fixtureText(`keys/${k.file}`).includes('ENCRYPTED PRIVATE KEY')
      )!;
      const der = parsePemBlocks(fixtureText(`keys/${key.file}`))[0].bytes;
      expect(decryptPbes2(der, key.passphrase)).toBeDefined();
      expect(decryptPbes2(der, `${key.passphrase}-wrong`)).toBeUndefined();
    });
  });

  describe('when the parameters are not supported', () => {
    const cases: [string, Parameters<typeof epki>[0], string][] = [
      [
        'PBES1',
        { scheme: '1.2.840.113549.1.5.3' },
        'unsupported key encryption 1.2.840.113549.1.5.3',
      ],
      [
        'scrypt',
        { kdf: '1.3.6.1.4.1.11591.4.11' },
        'unsupported key derivation',
      ],
      [
        'DES-EDE3 in PBES2',
        { cipher: '1.2.840.113549.3.7' },
        'unsupported key cipher',
      ],
      [
        'an unknown PRF',
        { kdfExtra: [derSequence(derOid('1.2.840.113549.2.5'))] },
        'unsupported PBKDF2 PRF',
      ],
      [
        'absurd iterations',
        { iterations: 2 ** 40 },
        'unsupported PBKDF2 iteration count',
      ],
    ];
    for (const [name, options, message] of cases) {
      it(`throws UnsupportedKeyError for ${name}`, () => {
        expect(() => decryptPbes2(epki(options), PASS)).toThrow(
          UnsupportedKeyError
        );
        expect(() => decryptPbes2(epki(options), PASS)).toThrow(message);
      });
    }
  });

  describe('when the structure is malformed', () => {
    const cases: [string, Parameters<typeof epki>[0], string][] = [
      ['a short IV', { iv: new Uint8Array(8) }, 'IV must be 16 bytes'],
      [
        'a keyLength that does not fit',
        { kdfExtra: [derInteger(16)] },
        'keyLength does not match',
      ],
      [
        'data not a block multiple',
        { data: new Uint8Array(20) },
        'not a multiple of 16',
      ],
      ['empty data', { data: new Uint8Array(0) }, 'not a multiple of 16'],
    ];
    for (const [name, options, message] of cases) {
      it(`throws KeyFormatError for ${name}`, () => {
        expect(() => decryptPbes2(epki(options), PASS)).toThrow(KeyFormatError);
        expect(() => decryptPbes2(epki(options), PASS)).toThrow(message);
      });
    }

    it('accepts an explicit keyLength of 32 and an explicit hmacWithSHA1', () => {
      const der = epki({
        kdfExtra: [derInteger(32), derSequence(derOid(OID.hmacWithSHA1))],
      });
      expect(() => decryptPbes2(der, PASS)).not.toThrow();
    });
  });
});
