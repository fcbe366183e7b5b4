import { X509Certificate, createPublicKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  KeyError,
  RootCertificateError,
  UnsupportedKeyError,
  canonicalKeyID,
  checkRootCertificate,
  createRootCertificate,
  generateKey,
  loadPrivateKey,
  parseCertificate,
  signerForCertificate,
  verifySignature,
} from '../../../src/keys/index.js';
import {
  derBitString,
  derExplicit,
  derInteger,
  derOid,
  derSequence,
  derSet,
  derDirectoryString,
  derTime,
} from '../../../src/keys/der-writer.js';
import { encodePem } from '../../../src/keys/pem.js';
import { Key, type JSONObject } from '../../../src/tuf/index.js';
import {
  fixtureJSON,
  fixtureText,
  repoKey,
} from '../../helpers/keys-fixtures.js';

const GUN = '127.0.0.1:5000/fixtures/app';
const ROOT_ID =
  '21ed0a8054042bd87589b29169b066f1b10b5035adad80f2832134be238d893f';
const rootKeys = (fixtureJSON('notary-0.7-repo/root.json').signed as JSONObject)
  .keys as JSONObject;
const fixtureRoot = repoKey(rootKeys, ROOT_ID);
const AT = new Date('2026-11-22T03:00:00Z');

function pemOf(key: Key): string {
  return new TextDecoder().decode(key.publicBytes());
}

/** A certificate with chosen fields; the signature is junk (only parsing is tested). */
function handmadeCert(cn: string, sigOid: string, spki: Uint8Array): Key {
  const name = derSequence(
    derSet(derSequence(derOid('2.5.4.3'), derDirectoryString(cn)))
  );
  const tbs = derSequence(
    derExplicit(0, derInteger(2)),
    derInteger(7),
    derSequence(derOid(sigOid)),
    name,
    derSequence(
      derTime(new Date('2026-01-01T00:00:00Z')),
      derTime(new Date('2030-01-01T00:00:00Z'))
    ),
    name,
    spki
  );
  const der = derSequence(
    tbs,
    derSequence(derOid(sigOid)),
    derBitString(new Uint8Array(8))
  );
  const pem = encodePem({ type: 'CERTIFICATE', headers: {}, bytes: der });
  return new Key({
    keyType: 'ecdsa-x509',
    publicB64: Buffer.from(pem).toString('base64'),
  });
}

describe('#canonicalKeyID', () => {
  describe('when the key is the fixture root certificate', () => {
    it('returns the ID of the bare key (the private key file name)', () => {
      expect(canonicalKeyID(fixtureRoot)).toBe(
        '22ad76d09d64567e0330913ee8d5fa00c5d07cbbdcbe8ba42a4ba6445ec45218'
      );
    });
  });

  describe('when the key is not a certificate', () => {
    it('returns its TUF key ID', () => {
      const key = repoKey(
        rootKeys,
        'a9c2bea4739d8c0e020a37664467061bda04352f659d12e4cb8ab177914fd012'
      );
      expect(canonicalKeyID(key)).toBe(key.keyID);
    });
  });
});

describe('#parseCertificate', () => {
  it('reads the fixture root certificate like node does', () => {
    const node = new X509Certificate(pemOf(fixtureRoot));
    const cert = parseCertificate(node.raw);
    expect(cert.subjectCN).toBe(GUN);
    expect(cert.issuerCN).toBe(GUN);
    expect(cert.notBefore).toEqual(new Date(node.validFrom));
    expect(cert.notAfter).toEqual(new Date(node.validTo));
    expect(cert.signatureAlgorithm).toBe('1.2.840.10045.4.3.2');
    expect(BigInt('0x' + node.serialNumber)).toBe(cert.serial);
    expect(Buffer.from(cert.spki)).toEqual(
      node.publicKey.export({ format: 'der', type: 'spki' })
    );
  });
});

describe('#checkRootCertificate', () => {
  describe('when the certificate fits the GUN and the time', () => {
    it('accepts the fixture root', () => {
      expect(() => checkRootCertificate(fixtureRoot, GUN, AT)).not.toThrow();
    });

    it('accepts a prefix wildcard CN', () => {
      const spki = parseCertificate(
        new X509Certificate(pemOf(fixtureRoot)).raw
      ).spki;
      const wild = handmadeCert(
        '127.0.0.1:5000/*',
        '1.2.840.10045.4.3.2',
        spki
      );
      expect(() => checkRootCertificate(wild, GUN, AT)).not.toThrow();
    });
  });

  describe('when it does not', () => {
    it('refuses another GUN', () => {
      expect(() =>
        checkRootCertificate(fixtureRoot, 'docker.io/other/app', AT)
      ).toThrow(
        /root certificate CN "127\.0\.0\.1:5000\/fixtures\/app" does not match GUN docker\.io\/other\/app/
      );
    });

    it('refuses an expired certificate', () => {
      expect(() =>
        checkRootCertificate(fixtureRoot, GUN, new Date('2037-01-01T00:00:00Z'))
      ).toThrow(RootCertificateError);
      expect(() =>
        checkRootCertificate(fixtureRoot, GUN, new Date('2037-01-01T00:00:00Z'))
      ).toThrow('expired at 2036-11-19T02:00:29Z');
    });

    it('refuses a certificate not yet valid, beyond one day of skew', () => {
      expect(() =>
        checkRootCertificate(fixtureRoot, GUN, new Date('2026-11-20T00:00:00Z'))
      ).toThrow('is not valid before');
      expect(() =>
        checkRootCertificate(fixtureRoot, GUN, new Date('2026-11-21T12:00:00Z'))
      ).not.toThrow();
    });

    it('refuses a SHA-1 signed certificate', () => {
      const spki = parseCertificate(
        new X509Certificate(pemOf(fixtureRoot)).raw
      ).spki;
      const sha1 = handmadeCert(GUN, '1.2.840.10045.4.1', spki);
      expect(() => checkRootCertificate(sha1, GUN, AT)).toThrow(
        'signed with ecdsa-with-SHA1'
      );
    });

    it('refuses a bare key', () => {
      const bare = repoKey(
        rootKeys,
        'a9c2bea4739d8c0e020a37664467061bda04352f659d12e4cb8ab177914fd012'
      );
      expect(() => checkRootCertificate(bare, GUN, AT)).toThrow(
        RootCertificateError
      );
    });
  });
});

describe('#createRootCertificate', () => {
  describe('when given the docker root key', () => {
    const notBefore = new Date('2026-11-22T00:00:00Z');
    const notAfter = new Date('2036-11-22T00:00:00Z');

    it('makes a self-signed certificate node accepts, with notary extensions', async () => {
      const root = await loadPrivateKey(
        fixtureText('keys/docker-root.key'),
        'fixture-root-pass'
      );
      const key = await createRootCertificate(
        root.signer,
        'docker.io/acme/app',
        { notBefore, notAfter }
      );
      expect(key.keyType).toBe('ecdsa-x509');
      const node = new X509Certificate(pemOf(key));
      const spki = createPublicKey({
        key: Buffer.from(root.signer.publicKey.publicBytes()),
        format: 'der',
        type: 'spki',
      });
      expect(node.verify(spki)).toBe(true);
      expect(node.subject).toBe('CN=docker.io/acme/app');
      expect(node.issuer).toBe('CN=docker.io/acme/app');
      expect(new Date(node.validFrom)).toEqual(notBefore);
      expect(new Date(node.validTo)).toEqual(notAfter);
      expect(node.ca).toBe(false);
      expect(node.keyUsage).toEqual(['1.3.6.1.5.5.7.3.3']);
      expect(node.toLegacyObject().serialNumber.length).toBeGreaterThan(0);
      expect(canonicalKeyID(key)).toBe(root.keyID);
      expect(() =>
        checkRootCertificate(key, 'docker.io/acme/app', notBefore)
      ).not.toThrow();
    });

    it('gives a signer filed under the certificate key ID', async () => {
      const root = await loadPrivateKey(
        fixtureText('keys/docker-root.key'),
        'fixture-root-pass'
      );
      const cert = await createRootCertificate(root.signer, GUN, {
        notBefore,
        notAfter,
      });
      const signer = signerForCertificate(root.signer, cert);
      expect(signer.keyID).toBe(cert.keyID);
      const data = new TextEncoder().encode('root');
      expect(
        verifySignature(cert, 'ecdsa', data, await signer.sign(data))
      ).toBe(true);
      expect(signerForCertificate(root.signer, fixtureRoot).keyID).toBe(
        ROOT_ID
      );
    });
  });

  describe('when the key does not match or is not ecdsa', () => {
    it('refuses to bind another key to a certificate', () => {
      const other = generateKey('ecdsa', {
        role: 'root',
        passphrase: undefined,
      });
      expect(() => signerForCertificate(other.signer, fixtureRoot)).toThrow(
        KeyError
      );
    });

    it('refuses an ed25519 signer', async () => {
      const ed = generateKey('ed25519', {
        role: 'root',
        passphrase: undefined,
      });
      await expect(
        createRootCertificate(ed.signer, GUN, { notBefore: AT, notAfter: AT })
      ).rejects.toThrow(UnsupportedKeyError);
    });
  });
});
