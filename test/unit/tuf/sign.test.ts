import { describe, expect, it } from 'vitest';
import {
  FileMeta,
  SignedMetadata,
  signMetadata,
  Targets,
  verifyThreshold,
} from '../../../src/tuf/index.js';
import { createTestSigner, nodeVerifier } from '../../helpers/tuf-crypto.js';

const model = new Targets({
  role: 'targets/releases',
  version: 1,
  expires: '2030-01-01T00:00:00Z',
}).withTarget('a<b>&c', FileMeta.fromSha256Hex('cd'.repeat(32), 7));

describe('#signMetadata', () => {
  it('signs CANON(model) so that an independent verifier accepts it', async () => {
    const ec = createTestSigner('ecdsa');
    const ed = createTestSigner('ed25519');
    const out = await signMetadata(model, [ec, ed]);
    const keys = new Map([ec, ed].map((s) => [s.keyID, s.publicKey]));
    const valid = verifyThreshold(
      out.signedBytes,
      out.signatures,
      { role: out.role, keys, threshold: 2 },
      nodeVerifier
    );
    expect(valid.size).toBe(2);
    expect(out.signatures.map((s) => s.method)).toEqual(['ecdsa', 'eddsa']);
  });

  it('produces bytes that parse back to the same model and signed bytes', async () => {
    const out = await signMetadata(model, [createTestSigner()]);
    // A copy of the bytes: parsed afresh, not taken from the memo.
    const back = SignedMetadata.parse(
      Uint8Array.from(out.bytes),
      'targets',
      'targets/releases'
    );
    expect(back).not.toBe(out);
    expect(back.signed.equals(model)).toBe(true);
    expect(back.signed.toJSON()).toEqual(out.signed.toJSON());
    expect(back.signatures).toEqual(out.signatures);
    expect(
      Buffer.from(back.signedBytes).equals(Buffer.from(out.signedBytes))
    ).toBe(true);
  });

  it('remembers its own bytes as parsed, so a read-back does not parse them again', async () => {
    const out = await signMetadata(model, [createTestSigner()]);
    expect(SignedMetadata.parse(out.bytes, 'targets', 'targets/releases')).toBe(
      out
    );
  });

  it('writes the file in Go form (HTML characters escaped)', async () => {
    const out = await signMetadata(model, []);
    const text = new TextDecoder().decode(out.bytes);
    expect(text).toContain('"a\\u003cb\\u003e\\u0026c"');
    expect(text.endsWith(',"signatures":[]}')).toBe(true);
  });

  it('signs once per key ID', async () => {
    const s = createTestSigner();
    expect((await signMetadata(model, [s, s])).signatures).toHaveLength(1);
  });

  describe('when signatures are kept', () => {
    it('replaces a kept signature from a key that signs again and keeps the others after', async () => {
      const a = createTestSigner();
      const b = createTestSigner();
      const old = await signMetadata(model, [a, b]);
      const again = await signMetadata(model, [b], old.signatures);
      expect(again.signatures.map((s) => s.keyID)).toEqual([b.keyID, a.keyID]);
      expect(again.signatures[0].sigB64).not.toBe(old.signatures[1].sigB64);
    });

    it('drops kept signatures that no longer verify when keys and a verifier are given', async () => {
      const a = createTestSigner();
      const b = createTestSigner();
      const old = await signMetadata(model, [a]);
      const edited = model.bumpVersion();
      const keys = new Map([a, b].map((s) => [s.keyID, s.publicKey]));
      const out = await signMetadata(edited, [b], old.signatures, {
        keys,
        verifier: nodeVerifier,
      });
      expect(out.signatures.map((s) => s.keyID)).toEqual([b.keyID]);
    });

    it('keeps still-valid signatures of keys in the role', async () => {
      const a = createTestSigner();
      const b = createTestSigner();
      const old = await signMetadata(model, [a]);
      const keys = new Map([a, b].map((s) => [s.keyID, s.publicKey]));
      const out = await signMetadata(model, [b], old.signatures, {
        keys,
        verifier: nodeVerifier,
      });
      expect(out.signatures.map((s) => s.keyID)).toEqual([b.keyID, a.keyID]);
    });
  });
});
