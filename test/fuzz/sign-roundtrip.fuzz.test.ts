import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FileMeta,
  SignedMetadata,
  Targets,
  signMetadata,
  MetadataError,
  canonicalize,
  type JSONValue,
  type SigningKey,
} from '../../src/tuf/index.js';
import { createTestSigner } from '../helpers/tuf-crypto.js';
import { check, integerJSON, unicodeString } from './fuzz.js';

// signMetadata() records what it makes as already parsed
// (SignedMetadata.ofOwnBytes), so a read-back never parses our own uploads.
// That is sound only if parsing those bytes afresh gives back exactly the
// model, the signatures and the signed bytes: checked here for arbitrary tag
// names (HTML characters, which Go escapes, and any Unicode), digests,
// lengths, custom data, versions and expiry times.

const entry = fc.tuple(
  unicodeString(16).filter((s) => s.length > 0),
  fc.uint8Array({ minLength: 32, maxLength: 32 }),
  fc.nat({ max: 2 ** 40 }),
  fc.option(integerJSON, { nil: undefined })
);

const model = fc
  .record({
    entries: fc.array(entry, { maxLength: 8 }),
    version: fc.integer({ min: 1, max: 2 ** 31 }),
    expires: fc.date({
      min: new Date('2001-01-01T00:00:00Z'),
      max: new Date('2999-12-31T23:59:59Z'),
      noInvalidDate: true,
    }),
  })
  .map(({ entries, version, expires }) =>
    new Targets({
      role: 'targets/releases',
      version,
      expires: expires.toISOString().replace(/\.\d+Z$/, 'Z'),
    }).withTargets(
      entries.map(([name, digest, length, custom]) => [
        name,
        new FileMeta({
          length,
          hashes: new Map([['sha256', Buffer.from(digest).toString('base64')]]),
          custom: custom === null ? undefined : (custom as JSONValue),
        }),
      ])
    )
  );

const signer: SigningKey = createTestSigner('ed25519');

describe('Targets.canonical()', () => {
  it('writes exactly CANON(toJSON()) for arbitrary targets roles', async () => {
    await check(
      fc.property(model, (m) => {
        let expected: string;
        try {
          expected = canonicalize(m.toJSON());
        } catch (err) {
          expect(() => m.canonical()).toThrow((err as Error).message);
          return;
        }
        expect(m.canonical()).toBe(expected);
      })
    );
  });
});

describe('signed metadata parses back to itself', () => {
  it('for arbitrary targets roles', async () => {
    await check(
      fc.asyncProperty(model, async (m) => {
        const made = await signMetadata(m, [signer]).catch((e: unknown) => e);
        if (made instanceof MetadataError) {
          // Go cannot hold a raw control character in metadata (go-json.ts).
          // eslint-disable-next-line no-control-regex -- exactly what is refused
          expect(canonicalize(m.toJSON())).toMatch(/[\u0000-\u001f]/);
          return;
        }
        const out = made as SignedMetadata<Targets>;
        const fresh = SignedMetadata.parse(
          Uint8Array.from(out.bytes),
          'targets',
          'targets/releases'
        );
        expect(fresh).not.toBe(out);
        expect(fresh.signed.toJSON()).toEqual(out.signed.toJSON());
        expect(fresh.signed.equals(out.signed)).toBe(true);
        // the same iteration order too: callers list tags from the map
        expect([...fresh.signed.targets.keys()]).toEqual([
          ...out.signed.targets.keys(),
        ]);
        expect(fresh.signatures).toEqual(out.signatures);
        expect(Buffer.from(fresh.signedBytes)).toEqual(
          Buffer.from(out.signedBytes)
        );
      }),
      0.5
    );
  });
});
