import {
  createCipheriv,
  createPrivateKey,
  generateKeyPairSync,
  pbkdf2Sync,
  randomBytes,
} from 'node:crypto';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  derInteger,
  derOctetString,
  derOid,
  derSequence,
} from '../../src/keys/der-writer.js';
import { parseDer } from '../../src/keys/der.js';
import {
  BadPassphraseError,
  KeyError,
  decodeKeyInput,
  loadPrivateKey,
  parseCertificate,
  parsePublicKeyPem,
} from '../../src/keys/index.js';
import { OID } from '../../src/keys/oids.js';
import { decryptPbes2 } from '../../src/keys/pbes2.js';
import { encodePem, parsePemBlocks } from '../../src/keys/pem.js';
import { SignerError } from '../../src/errors.js';
import {
  fixtureKeys,
  fixtureText,
  stripPemHeaders,
} from '../helpers/keys-fixtures.js';
import { fixtureBytes } from '../helpers/tuf-fixtures.js';
import { check, expectOnly } from './fuzz.js';

// PEM, PKCS#8 (PBES2 and legacy DEK-Info), SEC 1, SPKI and X.509 parsing under
// arbitrary and mutated input: the only errors are our typed KeyErrors (or
// another SignerError), nothing hangs, no message echoes key material, and a
// wrong passphrase or a corrupted ciphertext never becomes a signer.

const ALLOWED = [KeyError, SignerError];

interface KeySample {
  name: string;
  pem: string;
  passphrase: string | undefined;
  /** canonical key ID of the intact key */
  keyID: string;
  /**
   * Whether the key carries its public key (SEC 1 `[1]`, notary's ed25519
   * form): then no corruption can yield another signer. RFC 8410 Ed25519
   * PKCS#8 has only the seed, so a flipped seed bit is simply another key.
   */
  embedsPublic: boolean;
}

/** The real notary/docker key files (PBKDF2 with 2048 rounds: slow, weighted down). */
const realKeys: KeySample[] = await Promise.all(
  fixtureKeys().map(async (k) => {
    const pem = fixtureText(`keys/${k.file}`);
    return {
      name: k.file,
      pem,
      passphrase: k.passphrase,
      keyID: (await loadPrivateKey(pem, k.passphrase)).keyID,
      embedsPublic: true,
    };
  })
);

/**
 * The same kind of file with 1 PBKDF2 round, so mutations of the whole
 * decrypt path are cheap to run by the ten thousand: PBES2 + PBKDF2-SHA1 +
 * AES-256-CBC around node's PKCS#8, with notary's `role` header.
 */
function cheapEncrypted(pkcs8: Buffer, passphrase: string): string {
  const salt = randomBytes(8);
  const iv = randomBytes(16);
  const key = pbkdf2Sync(passphrase, salt, 1, 32, 'sha1');
  const c = createCipheriv('aes-256-cbc', key, iv);
  const data = Buffer.concat([c.update(pkcs8), c.final()]);
  const der = derSequence(
    derSequence(
      derOid(OID.pbes2),
      derSequence(
        derSequence(
          derOid(OID.pbkdf2),
          derSequence(derOctetString(salt), derInteger(1))
        ),
        derSequence(derOid(OID.aes256CBC), derOctetString(iv))
      )
    ),
    derOctetString(data)
  );
  return encodePem({
    type: 'ENCRYPTED PRIVATE KEY',
    headers: { role: 'targets/ci' },
    bytes: der,
  });
}

const CHEAP_PASSPHRASE = 'fuzz-cheap-passphrase';

/** node's own PKCS#8 of a fixture key and of fresh keys (P-256 and Ed25519). */
function plainKeys(): { name: string; pkcs8: Buffer }[] {
  const ci = realKeys.find((k) => k.name === 'docker-ci.key')!;
  const fromFixture = createPrivateKey({
    key: stripPemHeaders(ci.pem),
    format: 'pem',
    passphrase: ci.passphrase,
  }).export({ format: 'der', type: 'pkcs8' });
  const p256 = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const ed = generateKeyPairSync('ed25519');
  return [
    { name: 'fixture-ci', pkcs8: fromFixture },
    {
      name: 'p256',
      pkcs8: p256.privateKey.export({ format: 'der', type: 'pkcs8' }),
    },
    {
      name: 'ed25519',
      pkcs8: ed.privateKey.export({ format: 'der', type: 'pkcs8' }),
    },
  ];
}

const plain = plainKeys();
const cheapKeys: KeySample[] = await Promise.all(
  plain.map(async (k) => {
    const pem = cheapEncrypted(k.pkcs8, CHEAP_PASSPHRASE);
    const loaded = await loadPrivateKey(pem, CHEAP_PASSPHRASE);
    return {
      name: k.name,
      pem,
      passphrase: CHEAP_PASSPHRASE,
      keyID: loaded.keyID,
      embedsPublic: loaded.algorithm === 'ecdsa',
    };
  })
);
/** Unencrypted forms: `PRIVATE KEY` (PKCS#8) and `EC PRIVATE KEY` (SEC 1). */
const unencryptedKeys: KeySample[] = await Promise.all(
  [
    ...plain.map((k) =>
      encodePem({ type: 'PRIVATE KEY', headers: {}, bytes: k.pkcs8 })
    ),
    generateKeyPairSync('ec', { namedCurve: 'P-256' })
      .privateKey.export({ format: 'pem', type: 'sec1' })
      .toString(),
  ].map(async (pem, i) => {
    const loaded = await loadPrivateKey(pem, undefined);
    return {
      name: `unencrypted-${i}`,
      pem,
      passphrase: undefined,
      keyID: loaded.keyID,
      embedsPublic: loaded.algorithm === 'ecdsa',
    };
  })
);

const publicPems = [
  fixtureText('keys/docker-ci.pub'),
  fixtureText('keys/notary-delegation.pub.pem'),
];

/** The root certificate of the fixture repository (an `ecdsa-x509` key's PEM). */
const rootCertPem = (() => {
  const root = JSON.parse(new TextDecoder().decode(fixtureBytes('root'))) as {
    signed: {
      keys: Record<string, { keytype: string; keyval: { public: string } }>;
    };
  };
  const key = Object.values(root.signed.keys).find(
    (k) => k.keytype === 'ecdsa-x509'
  )!;
  return Buffer.from(key.keyval.public, 'base64').toString('utf8');
})();
const rootCertDer = parsePemBlocks(rootCertPem)[0].bytes;

/** SEC 1's `[1] { BIT STRING 04… }` header for a P-256 public key. */
const EMBEDDED_PUBLIC_HEADER = Buffer.from('a14403420004', 'hex');

/**
 * True when `pem`'s plaintext has no SEC 1 `[1]` public key. RFC 5915 makes
 * that element optional, and without it nothing in the file can tell a
 * damaged scalar from another key, so such a mutation may load as a
 * different signer. (A damaged `[1]` tag, by contrast, is refused: see the
 * regression test below.)
 */
function lostEmbeddedPublicKey(pem: string, passphrase?: string): boolean {
  try {
    const [block] = parsePemBlocks(decodeKeyInput(pem));
    const plain =
      block.type === 'ENCRYPTED PRIVATE KEY'
        ? decryptPbes2(block.bytes, passphrase ?? '')
        : block.bytes;
    return !!plain && !Buffer.from(plain).includes(EMBEDDED_PUBLIC_HEADER);
  } catch {
    return false;
  }
}

/** Base64 runs of 16+ characters in a PEM body: key material no message may echo. */
function bodyRuns(pem: string): string[] {
  return pem
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /^[A-Za-z0-9+/=]{16,}$/.test(l));
}

function assertNoEcho(
  r: { error: SignerError } | { value: unknown },
  secrets: readonly string[]
): void {
  if (!('error' in r)) return;
  for (const s of secrets) {
    if (s.length >= 8 && r.error.message.includes(s))
      throw new Error(`message echoes secret material: ${r.error.message}`);
  }
}

// ---- mutation arbitraries ---------------------------------------------------

const BASE64_CHARS =
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Character-level edits of PEM text: flips, truncation, splices, garbage. */
function textMutation(text: string): fc.Arbitrary<string> {
  const pos = fc.nat({ max: Math.max(0, text.length - 1) });
  return fc.oneof(
    // flip one bit of one character (stays in the same 7-bit range)
    fc
      .tuple(pos, fc.integer({ min: 0, max: 6 }))
      .map(
        ([i, bit]) =>
          text.slice(0, i) +
          String.fromCharCode(text.charCodeAt(i) ^ (1 << bit)) +
          text.slice(i + 1)
      ),
    // truncate anywhere
    pos.map((i) => text.slice(0, i)),
    // delete a range
    fc
      .tuple(pos, fc.integer({ min: 1, max: 80 }))
      .map(([i, n]) => text.slice(0, i) + text.slice(i + n)),
    // duplicate a range
    fc
      .tuple(pos, fc.integer({ min: 1, max: 80 }))
      .map(([i, n]) => text.slice(0, i + n) + text.slice(i)),
    // insert arbitrary text
    fc
      .tuple(pos, fc.string({ maxLength: 8 }))
      .map(([i, s]) => text.slice(0, i) + s + text.slice(i)),
    // replace one body character by another base64 character (base64 garbling)
    fc
      .tuple(pos, fc.constantFrom(...BASE64_CHARS))
      .map(([i, c]) =>
        /[A-Za-z0-9+/]/.test(text[i] ?? '')
          ? text.slice(0, i) + c + text.slice(i + 1)
          : text
      ),
    // several flips at once
    fc
      .array(fc.tuple(pos, fc.integer({ min: 0, max: 6 })), {
        minLength: 2,
        maxLength: 8,
      })
      .map((flips) => {
        const chars = [...text];
        for (const [i, bit] of flips)
          if (i < chars.length)
            chars[i] = String.fromCharCode(chars[i].charCodeAt(0) ^ (1 << bit));
        return chars.join('');
      })
  );
}

const PEM_TYPES = [
  'ENCRYPTED PRIVATE KEY',
  'PRIVATE KEY',
  'EC PRIVATE KEY',
  'ED25519 PRIVATE KEY',
  'RSA PRIVATE KEY',
  'PUBLIC KEY',
  'CERTIFICATE',
  'OPENSSH PRIVATE KEY',
];

/** Header edits: relabel the block, add/replace RFC 1421 headers, drop the blank line. */
function headerMutation(pem: string): fc.Arbitrary<string> {
  const [block] = parsePemBlocks(pem);
  const headerValue = fc.oneof(
    fc.constantFrom(
      '4,ENCRYPTED',
      'AES-256-CBC,00112233445566778899AABBCCDDEEFF',
      'DES-CBC,0011223344556677',
      'DES-EDE3-CBC,0011223344556677',
      'AES-128-CBC,zz',
      'root',
      'targets/releases',
      '__proto__'
    ),
    fc.string({ maxLength: 20 })
  );
  const headerName = fc.constantFrom(
    'Proc-Type',
    'DEK-Info',
    'role',
    'gun',
    'path',
    '__proto__',
    'constructor'
  );
  return fc.oneof(
    fc.constantFrom(...PEM_TYPES).map((type) => encodePem({ ...block, type })),
    fc.array(fc.tuple(headerName, headerValue), { maxLength: 4 }).map((extra) =>
      encodePem({
        ...block,
        headers: {
          ...block.headers,
          ...Object.fromEntries(
            extra.map(([k, v]) => [k, v.replace(/[\r\n:]/g, '')])
          ),
        },
      })
    ),
    fc.constant(pem.replace(/\n\n/, '\n')),
    fc.constant(pem.replace(/\n/g, '\r\n')),
    fc.constant(Buffer.from(pem).toString('base64'))
  );
}

/** DER-level edits of the block body, re-encoded as PEM with the same headers. */
function derMutation(pem: string): fc.Arbitrary<string> {
  const [block] = parsePemBlocks(pem);
  const bytes = block.bytes;
  const pos = fc.nat({ max: bytes.length - 1 });
  const reencode = (b: Uint8Array): string => encodePem({ ...block, bytes: b });
  return fc.oneof(
    fc.tuple(pos, fc.integer({ min: 0, max: 7 })).map(([i, bit]) => {
      const b = Uint8Array.from(bytes);
      b[i] ^= 1 << bit;
      return reencode(b);
    }),
    fc.tuple(pos, fc.integer({ min: 0, max: 255 })).map(([i, v]) => {
      const b = Uint8Array.from(bytes);
      b[i] = v;
      return reencode(b);
    }),
    pos.map((i) => reencode(bytes.subarray(0, i))),
    fc
      .tuple(pos, fc.uint8Array({ minLength: 1, maxLength: 16 }))
      .map(([i, ins]) =>
        reencode(
          Uint8Array.from([
            ...bytes.subarray(0, i),
            ...ins,
            ...bytes.subarray(i),
          ])
        )
      ),
    // lengths are where parsers overflow: 0x80..0x84 and 0xff at a random spot
    fc
      .tuple(
        pos,
        fc.constantFrom(0x00, 0x7f, 0x80, 0x81, 0x82, 0x84, 0x85, 0xff)
      )
      .map(([i, v]) => {
        const b = Uint8Array.from(bytes);
        b[i] = v;
        return reencode(b);
      })
  );
}

function anyMutation(pem: string): fc.Arbitrary<string> {
  return fc.oneof(textMutation(pem), headerMutation(pem), derMutation(pem));
}

// ---- properties ---------------------------------------------------------------

describe('keys/ under fuzzing', () => {
  describe('#decodeKeyInput', () => {
    it('returns PEM text or throws KeyFormatError for any string', async () => {
      await check(
        fc.asyncProperty(
          fc.oneof(
            fc.string(),
            fc.string({ unit: 'binary' }),
            fc.base64String(),
            fc.string().map((s) => `-----BEGIN ${s}`),
            fc
              .string()
              .map((s) => Buffer.from(`-----BEGIN ${s}`).toString('base64'))
          ),
          async (text) => {
            const r = await expectOnly(ALLOWED, () => decodeKeyInput(text));
            if ('value' in r) expect(r.value).toContain('-----BEGIN ');
          }
        )
      );
    });
  });

  describe('#loadPrivateKey', () => {
    it('throws only typed errors for arbitrary strings and PEM-shaped noise', async () => {
      const pemShaped = fc
        .tuple(
          fc.constantFrom(...PEM_TYPES),
          fc.dictionary(
            fc.stringMatching(/^[A-Za-z-]{1,10}$/),
            fc.stringMatching(/^[ -9;-~]{0,20}$/),
            { maxKeys: 3 }
          ),
          fc.uint8Array({ maxLength: 300 })
        )
        .map(([type, headers, bytes]) => encodePem({ type, headers, bytes }));
      await check(
        fc.asyncProperty(
          fc.oneof(fc.string({ maxLength: 400 }), pemShaped),
          fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
          async (text, passphrase) => {
            await expectOnly(ALLOWED, () => loadPrivateKey(text, passphrase));
          }
        )
      );
    });

    it('throws only typed errors for DER-shaped noise in every private key label', async () => {
      // structured noise that gets past the outer SEQUENCE: random OIDs, ints, octets
      const tlv = fc.letrec<{ node: Uint8Array }>((tie) => ({
        node: fc.oneof(
          { depthSize: 'small' },
          fc.constantFrom(...Object.values(OID)).map((o) => derOid(o)),
          fc
            .bigInt({ min: -(2n ** 70n), max: 2n ** 70n })
            .map((n) => derInteger(n)),
          fc.uint8Array({ maxLength: 40 }).map((b) => derOctetString(b)),
          fc
            .array(tie('node'), { maxLength: 4 })
            .map((items) => derSequence(...items))
        ),
      })).node;
      await check(
        fc.asyncProperty(
          fc.constantFrom(
            'ENCRYPTED PRIVATE KEY',
            'PRIVATE KEY',
            'EC PRIVATE KEY',
            'ED25519 PRIVATE KEY'
          ),
          fc.array(tlv, { maxLength: 4 }).map((items) => derSequence(...items)),
          async (type, der) => {
            const pem = encodePem({ type, headers: {}, bytes: der });
            await expectOnly(ALLOWED, () => loadPrivateKey(pem, 'x'));
          }
        )
      );
    });

    it('never turns a mutated cheap-KDF key into a different signer', async () => {
      await check(
        fc.asyncProperty(
          fc
            .constantFrom(...cheapKeys)
            .chain((k) => fc.tuple(fc.constant(k), anyMutation(k.pem))),
          async ([key, mutated]) => {
            const r = await expectOnly(ALLOWED, () =>
              loadPrivateKey(mutated, key.passphrase)
            );
            assertNoEcho(r, [key.passphrase ?? '', ...bodyRuns(key.pem)]);
            if ('value' in r && key.embedsPublic)
              if (!lostEmbeddedPublicKey(mutated, key.passphrase))
                expect(r.value.keyID).toBe(key.keyID);
          }
        )
      );
    });

    it('never turns a mutated unencrypted key into a different signer', async () => {
      await check(
        fc.asyncProperty(
          fc
            .constantFrom(...unencryptedKeys)
            .chain((k) => fc.tuple(fc.constant(k), anyMutation(k.pem))),
          async ([key, mutated]) => {
            const r = await expectOnly(ALLOWED, () =>
              loadPrivateKey(mutated, undefined)
            );
            assertNoEcho(r, bodyRuns(key.pem));
            if ('value' in r && key.embedsPublic)
              if (!lostEmbeddedPublicKey(mutated))
                expect(r.value.keyID).toBe(key.keyID);
          }
        )
      );
    });

    it('throws only typed errors for mutations of the real notary/docker key files', async () => {
      await check(
        fc.asyncProperty(
          fc
            .constantFrom(...realKeys)
            .chain((k) => fc.tuple(fc.constant(k), anyMutation(k.pem))),
          async ([key, mutated]) => {
            const r = await expectOnly(ALLOWED, () =>
              loadPrivateKey(mutated, key.passphrase)
            );
            assertNoEcho(r, [key.passphrase ?? '', ...bodyRuns(key.pem)]);
            if ('value' in r && !lostEmbeddedPublicKey(mutated, key.passphrase))
              expect(r.value.keyID).toBe(key.keyID);
          }
        ),
        0.05
      );
    });

    // Regression (found by this fuzzer): a corruption turned the `[1]` tag
    // (0xa1) into 0x21 and changed the last scalar byte, and the garbage scalar
    // loaded as a signer. RFC 5915 allows only [0] and [1]: now a KeyFormatError.
    it('refuses an EC key whose embedded public key tag was corrupted', async () => {
      const intact = unencryptedKeys.find((k) => k.embedsPublic)!;
      const [block] = parsePemBlocks(intact.pem);
      const der = Uint8Array.from(block.bytes);
      const at = Buffer.from(der).indexOf(EMBEDDED_PUBLIC_HEADER);
      expect(at).toBeGreaterThan(0);
      der[at] = 0x21; // [1] → a constructed universal tag 1
      der[at - 1] ^= 0x01; // and a flipped scalar bit
      const pem = encodePem({ ...block, bytes: der });
      await expect(loadPrivateKey(pem, undefined)).rejects.toBeInstanceOf(
        KeyError
      );
    });

    it('never yields a key for a wrong passphrase (and never echoes it)', async () => {
      await check(
        fc.asyncProperty(
          fc.constantFrom(...realKeys, ...cheapKeys),
          fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
          async (key, passphrase) => {
            fc.pre(passphrase !== key.passphrase);
            const r = await expectOnly(ALLOWED, () =>
              loadPrivateKey(key.pem, passphrase)
            );
            expect('error' in r && r.error).toBeInstanceOf(BadPassphraseError);
            assertNoEcho(r, [passphrase, ...bodyRuns(key.pem)]);
          }
        ),
        0.05
      );
    });
  });

  describe('#parsePublicKeyPem', () => {
    it('throws only typed errors for mutated public keys and certificates', async () => {
      await check(
        fc.asyncProperty(
          fc.constantFrom(...publicPems, rootCertPem).chain(anyMutation),
          async (text) => {
            await expectOnly(ALLOWED, () =>
              parsePublicKeyPem(text, { at: new Date('2030-01-01T00:00:00Z') })
            );
          }
        )
      );
    });

    it('throws only typed errors for arbitrary text', async () => {
      await check(
        fc.asyncProperty(
          fc.oneof(
            fc.string(),
            fc
              .tuple(
                fc.constantFrom(...PEM_TYPES),
                fc.uint8Array({ maxLength: 200 })
              )
              .map(([type, bytes]) => encodePem({ type, headers: {}, bytes }))
          ),
          async (text) => {
            await expectOnly(ALLOWED, () => parsePublicKeyPem(text));
          }
        )
      );
    });
  });

  describe('#parseCertificate', () => {
    it('throws only typed errors for arbitrary bytes and mutated certificates', async () => {
      const pos = fc.nat({ max: rootCertDer.length - 1 });
      await check(
        fc.asyncProperty(
          fc.oneof(
            fc.uint8Array({ maxLength: 300 }),
            fc.tuple(pos, fc.integer({ min: 0, max: 7 })).map(([i, bit]) => {
              const b = Uint8Array.from(rootCertDer);
              b[i] ^= 1 << bit;
              return b;
            }),
            pos.map((i) => rootCertDer.subarray(0, i)),
            fc.tuple(pos, fc.integer({ min: 0, max: 255 })).map(([i, v]) => {
              const b = Uint8Array.from(rootCertDer);
              b[i] = v;
              return b;
            })
          ),
          async (der) => {
            const r = await expectOnly(ALLOWED, () => parseCertificate(der));
            if ('value' in r)
              expect(r.value.tbs.length).toBeLessThan(der.length);
          }
        )
      );
    });
  });

  describe('#parseDer', () => {
    it('throws only KeyErrors for arbitrary bytes, and reads every node it returns', async () => {
      await check(
        fc.asyncProperty(fc.uint8Array({ maxLength: 64 }), async (bytes) => {
          await expectOnly(ALLOWED, () => {
            const walk = (
              n: ReturnType<typeof parseDer>,
              depth: number
            ): void => {
              if (depth > 64 || (n.tag & 0x20) === 0) return;
              for (const c of n.children('fuzz')) walk(c, depth + 1);
            };
            walk(parseDer(bytes, 'fuzz', true), 0);
          });
        })
      );
    });
  });
});
