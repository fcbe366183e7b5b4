import {
  createPrivateKey,
  createPublicKey,
  verify as nodeVerify,
} from 'node:crypto';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  generateKey,
  loadPrivateKey,
  verifySignature,
} from '../../../src/keys/index.js';
import { KeyError } from '../../../src/keys/errors.js';
import { rawKeyOf } from '../../../src/keys/signer.js';
import { Key } from '../../../src/tuf/index.js';

const enc = new TextEncoder();
const b64url = (hex: string): string =>
  Buffer.from(hex, 'hex').toString('base64url');

/** Loads a known private key through our PKCS#8 reader, via node's JWK import. */
async function fromJwk(jwk: Record<string, string>) {
  const pem = createPrivateKey({ key: jwk, format: 'jwk' }).export({
    type: 'pkcs8',
    format: 'pem',
  });
  return loadPrivateKey(pem as string, undefined);
}

describe('ecdsa signer', () => {
  describe('when signing', () => {
    const made = generateKey('ecdsa', { role: 'ci', passphrase: undefined });

    it('returns 64-byte r‖s that node verifies as ieee-p1363', async () => {
      const data = enc.encode('{"_type":"Targets"}');
      const sig = await made.signer.sign(data);
      expect(sig).toHaveLength(64);
      const publicKey = createPublicKey({
        key: Buffer.from(made.signer.publicKey.publicBytes()),
        format: 'der',
        type: 'spki',
      });
      expect(
        nodeVerify(
          'sha256',
          data,
          { key: publicKey, dsaEncoding: 'ieee-p1363' },
          sig
        )
      ).toBe(true);
      expect(verifySignature(made.signer.publicKey, 'ecdsa', data, sig)).toBe(
        true
      );
    });

    it('uses method ecdsa and an ecdsa public key', () => {
      expect(made.signer.method).toBe('ecdsa');
      expect(made.signer.publicKey.keyType).toBe('ecdsa');
    });
  });

  describe('when given the RFC 6979 A.2.5 key', () => {
    // Signing runs in OpenSSL with a random k, as Go's ecdsa.Sign does, so the
    // vector's exact bytes are not reproduced; the vector pins the key, the
    // hash (SHA-256 of the message) and the r‖s layout instead.
    it('signs "sample" so that the vector key verifies it, and verifies the vector signature', async () => {
      const key = await fromJwk({
        kty: 'EC',
        crv: 'P-256',
        d: b64url(
          'C9AFA9D845BA75166B5C215767B1D6934E50C3DB36E89B127B8A622B120F6721'
        ),
        x: b64url(
          '60FED4BA255A9D31C961EB74C6356D68C049B8923B61FA6CE669622E60F29FB6'
        ),
        y: b64url(
          '7903FE1008B8BC99A41AE9E95628BC64F2F1B20C2D7E9F5177A3C294D4462299'
        ),
      });
      const sample = enc.encode('sample');
      const sig = await key.signer.sign(sample);
      expect(sig).toHaveLength(64);
      expect(verifySignature(key.signer.publicKey, 'ecdsa', sample, sig)).toBe(
        true
      );
      const vector = Buffer.from(
        'EFD48B2AACB6A8FD1140DD9CD45E81D69D2C877B56AAF991C34D0EA84EAF3716' +
          'F7CB1C942D657C41D436C7A1B6E29F65F3E900DBB9AFF4064DC4AB2F843ACDA8',
        'hex'
      );
      expect(
        verifySignature(key.signer.publicKey, 'ecdsa', sample, vector)
      ).toBe(true);
      expect(
        verifySignature(
          key.signer.publicKey,
          'ecdsa',
          enc.encode('samplf'),
          vector
        )
      ).toBe(false);
    });
  });
});

describe('ed25519 signer', () => {
  describe('when given RFC 8032 test vector 1', () => {
    it('produces the expected signature over the empty message', async () => {
      const key = await fromJwk({
        kty: 'OKP',
        crv: 'Ed25519',
        d: b64url(
          '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60'
        ),
        x: b64url(
          'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a'
        ),
      });
      const sig = await key.signer.sign(new Uint8Array(0));
      expect(Buffer.from(sig).toString('hex')).toBe(
        'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555' +
          'fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b'
      );
      expect(key.signer.method).toBe('eddsa');
      expect(
        Buffer.from(key.signer.publicKey.publicBytes()).toString('hex')
      ).toBe(
        'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a'
      );
      expect(
        verifySignature(key.signer.publicKey, 'eddsa', new Uint8Array(0), sig)
      ).toBe(true);
    });
  });
});

describe('private material', () => {
  describe('when a signer or its key is stringified or inspected', () => {
    it('shows neither the scalar nor the raw key', async () => {
      const made = generateKey('ecdsa', { role: 'ci', passphrase: undefined });
      const key = await loadPrivateKey(made.privatePem, undefined);
      const secretHex = Buffer.from(rawKeyOf(key.signer).secret()).toString(
        'hex'
      );
      const secretB64 = Buffer.from(rawKeyOf(key.signer).secret()).toString(
        'base64'
      );
      const views = [
        JSON.stringify(key),
        inspect(key, { depth: 10, showHidden: true }),
        inspect(rawKeyOf(key.signer), { depth: 10, showHidden: true }),
        String(rawKeyOf(key.signer)),
        Object.keys(key.signer).join(','),
      ];
      for (const view of views) {
        expect(view).not.toContain(secretHex);
        expect(view).not.toContain(secretB64);
      }
      expect(JSON.stringify(key.signer)).toContain(key.keyID);
    });
  });

  describe('when asked for the raw key of a foreign signer', () => {
    it('throws KeyError', () => {
      const foreign = {
        keyID: 'ab'.repeat(32),
        method: 'ecdsa',
        publicKey: new Key({ keyType: 'ecdsa', publicB64: '' }),
        sign: () => Promise.resolve(new Uint8Array(64)),
      };
      expect(() => rawKeyOf(foreign)).toThrow(KeyError);
    });
  });
});
