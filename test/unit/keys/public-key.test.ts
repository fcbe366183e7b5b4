import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  KeyError,
  KeyFormatError,
  UnsupportedKeyError,
  loadPrivateKey,
  parsePublicKeyPem,
} from '../../../src/keys/index.js';
import type { JSONObject } from '../../../src/tuf/index.js';
import {
  fixtureJSON,
  fixtureText,
  repoKey,
} from '../../helpers/keys-fixtures.js';

const rootKeys = (fixtureJSON('notary-0.7-repo/root.json').signed as JSONObject)
  .keys as JSONObject;
const ROOT = repoKey(
  rootKeys,
  '21ed0a8054042bd87589b29169b066f1b10b5035adad80f2832134be238d893f'
);
const ROOT_PEM = new TextDecoder().decode(ROOT.publicBytes());

describe('#parsePublicKeyPem', () => {
  describe('when given a PUBLIC KEY from docker trust key generate', () => {
    it('returns the ecdsa key with the canonical ID docker shows', () => {
      const key = parsePublicKeyPem(fixtureText('keys/docker-ci.pub'));
      expect(key.keyType).toBe('ecdsa');
      expect(key.keyID).toBe(
        '34ac0ff55ac0550ed4762858f7f1b6d817936cdfd4b6376dcda376e1b119e971'
      );
    });

    it('matches the notary-made delegation key pair', async () => {
      const pub = parsePublicKeyPem(
        fixtureText('keys/notary-delegation.pub.pem')
      );
      const priv = await loadPrivateKey(
        fixtureText('keys/notary-delegation-key.pem'),
        'fixture-notary-delegation-pass'
      );
      expect(pub.equals(priv.signer.publicKey)).toBe(true);
    });

    it('accepts base64 of the PEM', () => {
      const b64 = Buffer.from(fixtureText('keys/docker-ci.pub')).toString(
        'base64'
      );
      expect(parsePublicKeyPem(b64).keyID.slice(0, 8)).toBe('34ac0ff5');
    });

    it('returns an rsa key for a 2048-bit RSA SPKI', () => {
      const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
      const pem = publicKey.export({ type: 'spki', format: 'pem' }) as string;
      expect(parsePublicKeyPem(pem).keyType).toBe('rsa');
    });
  });

  describe('when given a CERTIFICATE', () => {
    it('returns the ecdsa-x509 key exactly as root.json holds it', () => {
      const key = parsePublicKeyPem(ROOT_PEM);
      expect(key.keyType).toBe('ecdsa-x509');
      expect(key.publicB64).toBe(ROOT.publicB64);
      expect(key.keyID).toBe(ROOT.keyID);
    });

    it('drops PEM headers and trailing chain certificates as notary CertToKey does', () => {
      const withHeader =
        ROOT_PEM.replace('-----\n', '-----\nrole: root\n\n') + ROOT_PEM;
      expect(parsePublicKeyPem(withHeader).publicB64).toBe(ROOT.publicB64);
    });

    it('refuses it when expired at the given time', () => {
      expect(() =>
        parsePublicKeyPem(ROOT_PEM, { at: new Date('2040-01-01T00:00:00Z') })
      ).toThrow(KeyError);
      expect(() =>
        parsePublicKeyPem(ROOT_PEM, { at: new Date('2030-01-01T00:00:00Z') })
      ).not.toThrow();
    });
  });

  describe('when the key is refused', () => {
    it('throws UnsupportedKeyError for ed25519 SPKI', () => {
      const { publicKey } = generateKeyPairSync('ed25519');
      const pem = publicKey.export({ type: 'spki', format: 'pem' }) as string;
      expect(() => parsePublicKeyPem(pem)).toThrow(UnsupportedKeyError);
      expect(() => parsePublicKeyPem(pem)).toThrow(
        'ed25519 public keys are not supported'
      );
    });

    it('throws UnsupportedKeyError for RSA under 2048 bits', () => {
      const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
      const pem = publicKey.export({ type: 'spki', format: 'pem' }) as string;
      expect(() => parsePublicKeyPem(pem)).toThrow(
        'RSA key of 1024 bits refused'
      );
    });

    it('throws UnsupportedKeyError for P-384', () => {
      const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-384' });
      const pem = publicKey.export({ type: 'spki', format: 'pem' }) as string;
      expect(() => parsePublicKeyPem(pem)).toThrow(
        /unsupported ECDSA curve secp384r1/
      );
    });

    it('throws KeyFormatError for a private key block', () => {
      expect(() =>
        parsePublicKeyPem(fixtureText('keys/docker-ci.key'))
      ).toThrow(KeyFormatError);
    });
  });
});
