import { describe, expect, it } from 'vitest';
import {
  UntrustedStateError,
  openTrustState,
  sealTrustState,
  trustStateKeyPrefix,
} from '../../../src/action/trust-state.js';
import { createTestSigner } from '../../helpers/tuf-crypto.js';

const scope = {
  gun: 'registry.example/acme/app',
  server: 'https://notary.example',
};
const root = new TextEncoder().encode('{"signed":{"_type":"Root"}}');
const versions = { root: 2, targets: 3, 'targets/releases': 7 };

function edit(text: string, change: (o: Record<string, unknown>) => void) {
  const data = JSON.parse(text) as Record<string, unknown>;
  change(data);
  return JSON.stringify(data);
}

describe('trust state in the Actions cache (issue 13, finding 4)', () => {
  for (const type of ['ecdsa', 'ed25519'] as const) {
    describe(`when sealed and opened with the same ${type} delegation key`, () => {
      it('returns the root bytes and versions that were saved', async () => {
        const key = createTestSigner(type);
        const sealed = await sealTrustState(scope, root, versions, key);
        const opened = openTrustState(sealed.text, scope, key);
        expect(opened.root).toEqual(root);
        expect({ ...opened.versions }).toEqual(versions);
      });
    });
  }

  describe('#openTrustState', () => {
    it('refuses an entry without a signature (planted, or from an older dct-sign)', async () => {
      const key = createTestSigner();
      const { text } = await sealTrustState(scope, root, versions, key);
      const planted = edit(text, (o) => delete o.sig);
      expect(() => openTrustState(planted, scope, key)).toThrow(
        UntrustedStateError
      );
      expect(() => openTrustState(planted, scope, key)).toThrow('malformed');
    });

    it('refuses raised versions (a planted denial of service)', async () => {
      const key = createTestSigner();
      const { text } = await sealTrustState(scope, root, versions, key);
      const raised = edit(text, (o) => {
        o.versions = { ...versions, targets: 1_000_000 };
      });
      expect(() => openTrustState(raised, scope, key)).toThrow(
        /bad signature for the delegation key [0-9a-f]{12}$/
      );
    });

    it('refuses a swapped root', async () => {
      const key = createTestSigner();
      const { text } = await sealTrustState(scope, root, versions, key);
      const swapped = edit(text, (o) => {
        o.root = Buffer.from('{"signed":{"_type":"Evil"}}').toString('base64');
      });
      expect(() => openTrustState(swapped, scope, key)).toThrow(
        'bad signature'
      );
    });

    it('refuses an entry signed by another key, even one that names ours', async () => {
      const key = createTestSigner();
      const attacker = createTestSigner();
      const { text } = await sealTrustState(scope, root, versions, attacker);
      expect(() => openTrustState(text, scope, key)).toThrow(
        `not signed by the delegation key ${key.keyID.slice(0, 12)}`
      );
      const claimed = edit(text, (o) => (o.keyid = key.keyID));
      expect(() => openTrustState(claimed, scope, key)).toThrow(
        'bad signature'
      );
    });

    it('refuses an entry saved for another GUN or server, though signed by the key', async () => {
      const key = createTestSigner();
      const other = { ...scope, gun: 'registry.example/acme/other' };
      const { text } = await sealTrustState(other, root, versions, key);
      expect(() => openTrustState(text, scope, key)).toThrow(
        'saved for another repository or server'
      );
      // relabelled to our scope: the signature covers the scope
      const relabelled = edit(text, (o) => (o.gun = scope.gun));
      expect(() => openTrustState(relabelled, scope, key)).toThrow(
        'bad signature'
      );
    });

    it.each([
      ['not JSON', 'nope'],
      ['not a JSON object', '[1]'],
      ['unknown format', '{"format":2}'],
    ])('refuses %s', (reason, text) => {
      expect(() => openTrustState(text, scope, createTestSigner())).toThrow(
        reason
      );
    });

    it('refuses versions that are not positive integers', async () => {
      const key = createTestSigner();
      const { text } = await sealTrustState(scope, root, versions, key);
      const bad = edit(text, (o) => (o.versions = { targets: 1.5 }));
      expect(() => openTrustState(bad, scope, key)).toThrow('malformed');
    });
  });

  describe('#sealTrustState', () => {
    it('gives one state one id, whatever the (randomised ECDSA) signature', async () => {
      const key = createTestSigner('ecdsa');
      const a = await sealTrustState(scope, root, versions, key);
      const b = await sealTrustState(scope, root, { ...versions }, key);
      expect(a.text).not.toBe(b.text);
      expect(a.id).toBe(b.id);
      const c = await sealTrustState(
        scope,
        root,
        { ...versions, root: 3 },
        key
      );
      expect(c.id).not.toBe(a.id);
    });

    it('signs bytes that are not JSON, so they never pass for a TUF role', async () => {
      const key = createTestSigner('ed25519');
      let signed: Uint8Array | undefined;
      const spy = {
        ...key,
        sign: (data: Uint8Array) => {
          signed = data;
          return key.sign(data);
        },
      };
      await sealTrustState(scope, root, versions, spy);
      const text = new TextDecoder().decode(signed);
      expect(text.startsWith('dct-sign trust-state v1\n')).toBe(true);
      expect(() => JSON.parse(text) as unknown).toThrow();
    });
  });

  describe('#trustStateKeyPrefix', () => {
    it('differs per delegation key, GUN and server', () => {
      const a = trustStateKeyPrefix(scope, 'a'.repeat(64));
      expect(a).toMatch(/^dct-sign-trust-v2-[0-9a-f]{32}-$/);
      expect(trustStateKeyPrefix(scope, 'b'.repeat(64))).not.toBe(a);
      expect(
        trustStateKeyPrefix({ ...scope, gun: 'x/y' }, 'a'.repeat(64))
      ).not.toBe(a);
      expect(
        trustStateKeyPrefix({ ...scope, server: 'https://x' }, 'a'.repeat(64))
      ).not.toBe(a);
    });
  });
});
