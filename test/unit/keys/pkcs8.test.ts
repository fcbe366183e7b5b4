import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  KeyFormatError,
  generateKey,
  loadPrivateKey,
  type PrivateKey,
} from '../../../src/keys/index.js';
import {
  derBitString,
  derExplicit,
  derInteger,
  derOctetString,
  derOid,
  derSequence,
} from '../../../src/keys/der-writer.js';
import { parseDer } from '../../../src/keys/der.js';
import { OID } from '../../../src/keys/oids.js';
import { encodePem } from '../../../src/keys/pem.js';
import {
  encodePrivateKeyInfo,
  parseEcPrivateKey,
  parsePrivateKeyInfo,
} from '../../../src/keys/pkcs8.js';
import { rawKeyOf } from '../../../src/keys/signer.js';

// Keys written by OpenSSL 3 (through node:crypto) in the other forms notary
// and docker read (notary-protocol.md §6.2, §6.3), checked against node's view.
const PASS = 'correct horse battery';

function ecKey(): KeyObject {
  return generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
}

/** The uncompressed point node derives, to compare with what we decoded. */
function nodePoint(key: KeyObject): Buffer {
  const jwk = key.export({ format: 'jwk' });
  return Buffer.concat([
    Buffer.of(4),
    Buffer.from(jwk.x!, 'base64url'),
    Buffer.from(jwk.y!, 'base64url'),
  ]);
}

function point(key: PrivateKey): Buffer {
  return Buffer.from(rawKeyOf(key.signer).publicKey);
}

describe('#loadPrivateKey (other PEM forms)', () => {
  describe('when the key is OpenSSL 3 PKCS#8 with hmacWithSHA256', () => {
    for (const cipher of ['aes-128-cbc', 'aes-192-cbc', 'aes-256-cbc']) {
      it(`decrypts ${cipher}`, async () => {
        const k = ecKey();
        const pem = k.export({
          type: 'pkcs8',
          format: 'pem',
          cipher,
          passphrase: PASS,
        }) as string;
        const key = await loadPrivateKey(pem, PASS);
        expect(point(key)).toEqual(nodePoint(k));
        expect(key.encrypted).toBe(true);
      });
    }
  });

  describe('when the key is unencrypted', () => {
    it('reads PKCS#8 version 0 with the curve in the algorithm', async () => {
      const k = ecKey();
      const key = await loadPrivateKey(
        k.export({ type: 'pkcs8', format: 'pem' }) as string,
        undefined
      );
      expect(point(key)).toEqual(nodePoint(k));
      expect(key).toMatchObject({ pemType: 'PRIVATE KEY', encrypted: false });
    });

    it('reads SEC1 EC PRIVATE KEY', async () => {
      const k = ecKey();
      const key = await loadPrivateKey(
        k.export({ type: 'sec1', format: 'pem' }) as string,
        undefined
      );
      expect(point(key)).toEqual(nodePoint(k));
      expect(key.pemType).toBe('EC PRIVATE KEY');
    });

    it('reads RFC 8410 ed25519 PKCS#8', async () => {
      const { privateKey, publicKey } = generateKeyPairSync('ed25519');
      const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
      const key = await loadPrivateKey(pem, undefined);
      const raw = publicKey
        .export({ format: 'der', type: 'spki' })
        .subarray(-32);
      expect(key.algorithm).toBe('ed25519');
      expect(Buffer.from(key.signer.publicKey.publicBytes())).toEqual(raw);
      expect(key.signer.method).toBe('eddsa');
    });

    it("reads notary's 96-byte ed25519 form back", async () => {
      const { privateKey } = generateKeyPairSync('ed25519');
      const rfc = await loadPrivateKey(
        privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
        undefined
      );
      const bytes = encodePrivateKeyInfo(rawKeyOf(rfc.signer));
      const again = await loadPrivateKey(
        encodePem({ type: 'PRIVATE KEY', headers: {}, bytes }),
        undefined
      );
      expect(again.keyID).toBe(rfc.keyID);
    });
  });

  describe('when the key is a notary < 0.6 ED25519 PRIVATE KEY', () => {
    it('reads the 96-byte body', async () => {
      const made = generateKey('ed25519', {
        role: 'timestamp',
        gun: 'g/a',
        passphrase: undefined,
      });
      const der = parseDer(
        encodePrivateKeyInfo(rawKeyOf(made.signer)),
        'pki'
      ).sequence('pki', 3);
      const body = der[2].octets('body');
      const pem = encodePem({
        type: 'ED25519 PRIVATE KEY',
        headers: { role: 'timestamp' },
        bytes: body,
      });
      const key = await loadPrivateKey(pem, undefined);
      expect(key).toMatchObject({
        keyID: made.keyID,
        algorithm: 'ed25519',
        pemType: 'ED25519 PRIVATE KEY',
      });
    });
  });

  describe('when the key is legacy DEK-Info encrypted', () => {
    for (const cipher of ['aes-128-cbc', 'aes-256-cbc', 'des-ede3-cbc']) {
      it(`decrypts ${cipher}`, async () => {
        const k = ecKey();
        const pem = k.export({
          type: 'sec1',
          format: 'pem',
          cipher,
          passphrase: PASS,
        }) as string;
        expect(pem).toContain('DEK-Info');
        const key = await loadPrivateKey(pem, PASS);
        expect(point(key)).toEqual(nodePoint(k));
        expect(key.encrypted).toBe(true);
      });
    }

    it('throws BadPassphraseError for a wrong passphrase', async () => {
      const pem = ecKey().export({
        type: 'sec1',
        format: 'pem',
        cipher: 'aes-256-cbc',
        passphrase: PASS,
      }) as string;
      await expect(loadPrivateKey(pem, 'wrong one')).rejects.toThrow(
        'wrong passphrase for key (no role header)'
      );
    });

    it('throws UnsupportedKeyError for single DES', async () => {
      const pem = ecKey().export({
        type: 'sec1',
        format: 'pem',
        cipher: 'aes-256-cbc',
        passphrase: PASS,
      }) as string;
      const des = pem.replace(
        /DEK-Info: AES-256-CBC,([0-9A-F]{16})[0-9A-F]{16}/,
        'DEK-Info: DES-CBC,$1'
      );
      await expect(loadPrivateKey(des, PASS)).rejects.toThrow(
        'unsupported legacy PEM cipher DES-CBC'
      );
    });
  });

  it('agrees with node on the private scalar', async () => {
    const k = ecKey();
    const key = await loadPrivateKey(
      k.export({ type: 'sec1', format: 'pem' }) as string,
      undefined
    );
    const d = Buffer.from(k.export({ format: 'jwk' }).d!, 'base64url');
    expect(Buffer.from(rawKeyOf(key.signer).secret())).toEqual(d);
  });
});

describe('#parsePrivateKeyInfo', () => {
  const ec = (): PrivateKey['signer'] =>
    generateKey('ecdsa', { role: 'x', passphrase: undefined }).signer;

  describe('when the key material is inconsistent', () => {
    it('throws KeyFormatError when the embedded EC public key is another key', () => {
      const a = rawKeyOf(ec());
      const b = rawKeyOf(ec());
      const sec1 = derSequence(
        derInteger(1),
        derOctetString(a.secret()),
        derExplicit(0, derOid(OID.prime256v1)),
        derExplicit(1, derBitString(b.publicKey))
      );
      expect(() => parseEcPrivateKey(sec1)).toThrow(
        'embedded public key does not match'
      );
    });

    it('throws KeyFormatError for a zero scalar', () => {
      const sec1 = derSequence(
        derInteger(1),
        derOctetString(new Uint8Array(32)),
        derExplicit(0, derOid(OID.prime256v1))
      );
      expect(() => parseEcPrivateKey(sec1)).toThrow('scalar out of range');
    });

    it('throws KeyFormatError for an SEC1 key without a curve', () => {
      const sec1 = derSequence(
        derInteger(1),
        derOctetString(rawKeyOf(ec()).secret())
      );
      expect(() => parseEcPrivateKey(sec1)).toThrow('no named curve');
    });

    it('throws KeyFormatError for a scalar longer than 32 bytes', () => {
      const raw = rawKeyOf(ec());
      const sec1 = derSequence(
        derInteger(1),
        derOctetString(Uint8Array.from([0, ...raw.secret()])),
        derExplicit(0, derOid(OID.prime256v1))
      );
      expect(() => parseEcPrivateKey(sec1)).toThrow('longer than 32 bytes');
    });

    it('left-pads a short scalar to 32 bytes as Go does', () => {
      const sec1 = derSequence(derInteger(1), derOctetString(Uint8Array.of(1)));
      const key = parseEcPrivateKey(sec1, OID.prime256v1);
      // Scalar 1 gives the base point G of P-256.
      expect(Buffer.from(key.publicKey.subarray(1, 33)).toString('hex')).toBe(
        '6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296'
      );
    });

    it('throws KeyFormatError when the ed25519 copies of the public key differ', () => {
      const { signer } = generateKey('ed25519', {
        role: 'x',
        passphrase: undefined,
      });
      const bytes = encodePrivateKeyInfo(rawKeyOf(signer));
      const tampered = Uint8Array.from(bytes);
      tampered[tampered.length - 1] ^= 1;
      expect(() => parsePrivateKeyInfo(tampered)).toThrow(
        'public key does not match the seed'
      );
    });

    it('throws KeyFormatError for an unknown PrivateKeyInfo version', () => {
      const der = derSequence(
        derInteger(2),
        derSequence(derOid(OID.ecPublicKey)),
        derOctetString(new Uint8Array(1))
      );
      expect(() => parsePrivateKeyInfo(der)).toThrow(KeyFormatError);
    });
  });
});
