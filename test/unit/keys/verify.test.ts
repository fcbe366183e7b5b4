import { constants, generateKeyPairSync, sign as nodeSign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateKey, verifySignature } from '../../../src/keys/index.js';
import {
  Key,
  canonicalBytes,
  type JSONObject,
} from '../../../src/tuf/index.js';
import { fixtureJSON, repoKey } from '../../helpers/keys-fixtures.js';

const REPO = 'notary-0.7-repo';

/** The canonical `signed` bytes and the first signature of a fixture role. */
function signedRole(file: string): {
  data: Uint8Array;
  keyid: string;
  method: string;
  sig: Uint8Array;
} {
  const doc = fixtureJSON(`${REPO}/${file}`);
  const first = (doc.signatures as JSONObject[])[0];
  return {
    data: canonicalBytes(doc.signed),
    keyid: first.keyid as string,
    method: first.method as string,
    sig: Uint8Array.from(Buffer.from(first.sig as string, 'base64')),
  };
}

const rootKeys = (fixtureJSON(`${REPO}/root.json`).signed as JSONObject)
  .keys as JSONObject;
const delegationKeys = (
  (fixtureJSON(`${REPO}/targets.json`).signed as JSONObject)
    .delegations as JSONObject
).keys as JSONObject;

describe('#verifySignature', () => {
  describe('when checking signatures notary 0.7 made', () => {
    it('accepts the docker-ci signature on targets/releases', () => {
      const { data, keyid, method, sig } = signedRole('targets/releases.json');
      expect(keyid.slice(0, 8)).toBe('34ac0ff5');
      expect(
        verifySignature(repoKey(delegationKeys, keyid), method, data, sig)
      ).toBe(true);
    });

    it('accepts the root self-signature with the ecdsa-x509 key', () => {
      const { data, keyid, method, sig } = signedRole('root.json');
      const key = repoKey(rootKeys, keyid);
      expect(key.keyType).toBe('ecdsa-x509');
      expect(verifySignature(key, method, data, sig)).toBe(true);
    });

    it('accepts the server ed25519 signature on timestamp', () => {
      const { data, keyid, method, sig } = signedRole('timestamp.json');
      expect(method).toBe('eddsa');
      expect(verifySignature(repoKey(rootKeys, keyid), method, data, sig)).toBe(
        true
      );
    });
  });

  describe('when a signature or its data is wrong', () => {
    const { data, keyid, sig } = signedRole('targets/releases.json');
    const key = repoKey(delegationKeys, keyid);

    it('rejects a flipped byte in the data', () => {
      const bad = Uint8Array.from(data);
      bad[10] ^= 1;
      expect(verifySignature(key, 'ecdsa', bad, sig)).toBe(false);
    });

    it('rejects signatures of the wrong length (DER, truncated, padded)', () => {
      expect(verifySignature(key, 'ecdsa', data, sig.subarray(0, 63))).toBe(
        false
      );
      expect(
        verifySignature(key, 'ecdsa', data, Uint8Array.from([...sig, 0]))
      ).toBe(false);
      expect(verifySignature(key, 'ecdsa', data, new Uint8Array(72))).toBe(
        false
      );
    });

    it('rejects an unknown method or a method that does not fit the key', () => {
      expect(verifySignature(key, 'ecdsa-sha512', data, sig)).toBe(false);
      expect(verifySignature(key, 'eddsa', data, sig)).toBe(false);
      expect(verifySignature(key, 'rsapss', data, sig)).toBe(false);
    });

    it('rejects an unknown key type and a malformed key', () => {
      const odd = new Key({ keyType: 'ecdsa-p384', publicB64: key.publicB64 });
      expect(verifySignature(odd, 'ecdsa', data, sig)).toBe(false);
      const junk = new Key({ keyType: 'ecdsa', publicB64: 'AAAA' });
      expect(verifySignature(junk, 'ecdsa', data, sig)).toBe(false);
      const junkCert = new Key({ keyType: 'ecdsa-x509', publicB64: 'AAAA' });
      expect(verifySignature(junkCert, 'ecdsa', data, sig)).toBe(false);
    });
  });

  describe('when the key is RSA', () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', {
      modulusLength: 2048,
    });
    const key = new Key({
      keyType: 'rsa',
      publicB64: publicKey
        .export({ format: 'der', type: 'spki' })
        .toString('base64'),
    });
    const data = new TextEncoder().encode('{"signed":1}');

    it('accepts rsapss with SHA-256 and salt length 32', () => {
      const sig = nodeSign('sha256', data, {
        key: privateKey,
        padding: constants.RSA_PKCS1_PSS_PADDING,
        saltLength: 32,
      });
      expect(verifySignature(key, 'rsapss', data, sig)).toBe(true);
      expect(verifySignature(key, 'ecdsa', data, sig)).toBe(false);
    });

    it('accepts rsapkcs1v15 with SHA-256', () => {
      const sig = nodeSign('sha256', data, privateKey);
      expect(verifySignature(key, 'rsapkcs1v15', data, sig)).toBe(true);
      expect(verifySignature(key, 'rsapss', data, sig)).toBe(false);
    });

    it('rejects keys under 2048 bits', () => {
      const small = generateKeyPairSync('rsa', { modulusLength: 1024 });
      const smallKey = new Key({
        keyType: 'rsa',
        publicB64: small.publicKey
          .export({ format: 'der', type: 'spki' })
          .toString('base64'),
      });
      const sig = nodeSign('sha256', data, {
        key: small.privateKey,
        padding: constants.RSA_PKCS1_PSS_PADDING,
        saltLength: 32,
      });
      expect(verifySignature(smallKey, 'rsapss', data, sig)).toBe(false);
    });
  });

  describe('when the signature is high-S (as Go may produce)', () => {
    it('still accepts it', async () => {
      const made = generateKey('ecdsa', { role: 'ci', passphrase: undefined });
      const data = new TextEncoder().encode('high-s');
      const sig = await made.signer.sign(data);
      const n = BigInt(
        '0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551'
      );
      const s = BigInt('0x' + Buffer.from(sig.subarray(32)).toString('hex'));
      const flipped = Buffer.from(
        (n - s).toString(16).padStart(64, '0'),
        'hex'
      );
      const other = Uint8Array.from([...sig.subarray(0, 32), ...flipped]);
      expect(verifySignature(made.signer.publicKey, 'ecdsa', data, sig)).toBe(
        true
      );
      expect(verifySignature(made.signer.publicKey, 'ecdsa', data, other)).toBe(
        true
      );
    });
  });
});
