import { describe, expect, it } from 'vitest';
import {
  InvalidKeyIDError,
  Key,
  NoSignaturesError,
  Signature,
  SignedMetadata,
  signMetadata,
  Targets,
  ThresholdError,
  verifyThreshold,
} from '../../../../src/tuf/index.js';
import type { RoleKeys } from '../../../../src/tuf/index.js';
import { createTestSigner, nodeVerifier } from '../../../helpers/tuf-crypto.js';
import { fixtureBytes } from '../../../helpers/tuf-fixtures.js';

const releases = (): SignedMetadata<Targets> =>
  SignedMetadata.parse(
    fixtureBytes('targets/releases'),
    'targets',
    'targets/releases'
  );
const releasesKeys = (threshold = 1): RoleKeys => {
  const targets = SignedMetadata.parse(
    fixtureBytes('targets'),
    'targets'
  ).signed;
  return { ...targets.roleKeys('targets/releases'), threshold };
};

function flipByte(sig: Signature, index: number): Signature {
  const bytes = Buffer.from(sig.sigB64, 'base64');
  bytes[index] ^= 0x01;
  return new Signature(sig.keyID, sig.method, bytes.toString('base64'));
}

function expectThrows(
  fn: () => unknown,
  cls: abstract new (...a: never[]) => Error,
  fragment: RegExp
): void {
  expect(fn).toThrow(cls);
  expect(fn).toThrow(fragment);
}

describe('#verifyThreshold', () => {
  describe('with the fixture targets/releases', () => {
    it('returns the key IDs that signed', () => {
      const m = releases();
      expect([
        ...verifyThreshold(
          m.signedBytes,
          m.signatures,
          releasesKeys(),
          nodeVerifier
        ),
      ]).toEqual([m.signatures[0].keyID]);
    });

    describe('when a signature byte is flipped', () => {
      it('throws ThresholdError "signed by 0/1 keys"', () => {
        const m = releases();
        const sigs = [flipByte(m.signatures[0], 10)];
        expectThrows(
          () =>
            verifyThreshold(m.signedBytes, sigs, releasesKeys(), nodeVerifier),
          ThresholdError,
          /^targets\/releases signed by 0\/1 keys$/
        );
      });
    });

    describe('when a byte of the signed data changes', () => {
      it('throws ThresholdError', () => {
        const m = releases();
        const data = Uint8Array.from(m.signedBytes);
        data[data.length - 2] ^= 0x01;
        expectThrows(
          () =>
            verifyThreshold(data, m.signatures, releasesKeys(), nodeVerifier),
          ThresholdError,
          /signed by 0\/1/
        );
      });
    });

    describe('when the threshold is higher than the distinct signers', () => {
      it('counts duplicate signatures once', () => {
        const m = releases();
        const sigs = [m.signatures[0], m.signatures[0]];
        expectThrows(
          () =>
            verifyThreshold(m.signedBytes, sigs, releasesKeys(2), nodeVerifier),
          ThresholdError,
          /signed by 1\/2 keys/
        );
      });
    });

    describe('when there are no signatures', () => {
      it('throws NoSignaturesError', () => {
        const m = releases();
        expectThrows(
          () =>
            verifyThreshold(m.signedBytes, [], releasesKeys(), nodeVerifier),
          NoSignaturesError,
          /targets\/releases has no signatures/
        );
      });
    });

    describe('when the signing key is not in the role', () => {
      it('skips the signature', () => {
        const m = releases();
        const other = createTestSigner();
        const keys: RoleKeys = {
          role: 'targets/releases',
          keys: new Map([[other.keyID, other.publicKey]]),
          threshold: 1,
        };
        expectThrows(
          () =>
            verifyThreshold(m.signedBytes, m.signatures, keys, nodeVerifier),
          ThresholdError,
          /signed by 0\/1/
        );
      });
    });

    describe('when the role files a key under an ID it does not hash to', () => {
      it('throws InvalidKeyIDError', () => {
        const m = releases();
        const wrong = new Key({
          keyType: 'ecdsa',
          publicB64: createTestSigner().publicKey.publicB64,
        });
        const keys: RoleKeys = {
          role: 'targets/releases',
          keys: new Map([[m.signatures[0].keyID, wrong]]),
          threshold: 1,
        };
        expectThrows(
          () =>
            verifyThreshold(m.signedBytes, m.signatures, keys, nodeVerifier),
          InvalidKeyIDError,
          /does not hash to its key ID/
        );
      });
    });

    describe("when the method is not the key's", () => {
      it('skips the signature', () => {
        const m = releases();
        const sig = m.signatures[0];
        const sigs = [new Signature(sig.keyID, 'eddsa', sig.sigB64)];
        expectThrows(
          () =>
            verifyThreshold(m.signedBytes, sigs, releasesKeys(), nodeVerifier),
          ThresholdError,
          /0\/1/
        );
      });
    });
  });

  describe("with a wrong key claiming a role key's ID", () => {
    it('does not count the signature', async () => {
      const real = createTestSigner();
      const impostor = createTestSigner();
      const model = new Targets({
        version: 1,
        expires: '2030-01-01T00:00:00Z',
      });
      const forged = await signMetadata(model, [
        { ...impostor, keyID: real.keyID },
      ]);
      const keys: RoleKeys = {
        role: 'targets',
        keys: new Map([[real.keyID, real.publicKey]]),
        threshold: 1,
      };
      expectThrows(
        () =>
          verifyThreshold(
            forged.signedBytes,
            forged.signatures,
            keys,
            nodeVerifier
          ),
        ThresholdError,
        /targets signed by 0\/1 keys/
      );
    });
  });

  describe('with a threshold of 2 and two distinct signers', () => {
    it('passes', async () => {
      const a = createTestSigner('ecdsa');
      const b = createTestSigner('ed25519');
      const m = await signMetadata(
        new Targets({ version: 1, expires: '2030-01-01T00:00:00Z' }),
        [a, b]
      );
      const keys: RoleKeys = {
        role: 'targets',
        keys: new Map([a, b].map((s) => [s.keyID, s.publicKey])),
        threshold: 2,
      };
      expect(
        verifyThreshold(m.signedBytes, m.signatures, keys, nodeVerifier).size
      ).toBe(2);
    });
  });
});
