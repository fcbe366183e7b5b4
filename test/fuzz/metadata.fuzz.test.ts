import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRootCertificate, verifySignature } from '../../src/keys/index.js';
import {
  MetadataError,
  SignedMetadata,
  VerificationError,
  canonicalize,
  parseJSON,
  verifyRepository,
  type JSONValue,
  type MetadataKind,
  type RepositoryFiles,
} from '../../src/tuf/index.js';
import {
  FIXTURE_FILES,
  FIXTURE_GUN,
  FIXTURE_TIME,
  fixtureBytes,
  fixtureRepository,
} from '../helpers/tuf-fixtures.js';
import { check, expectOnly, integerJSON, unicodeString } from './fuzz.js';

// The metadata parser and the whole-repository verifier under arbitrary JSON
// and mutations of the real notary 0.7 fixture repository: only MetadataError
// or VerificationError (both SignerError) may come out, and a tampered role
// never verifies.

const ALLOWED = [MetadataError, VerificationError];

const ROLES = Object.keys(FIXTURE_FILES);
const kindOf = (role: string): MetadataKind =>
  role === 'root' || role === 'snapshot' || role === 'timestamp'
    ? role
    : 'targets';

/** Production verification: keys/'s verifier and root-certificate checks. */
function verify(files: RepositoryFiles) {
  return verifyRepository(files, {
    gun: FIXTURE_GUN,
    referenceTime: FIXTURE_TIME,
    verifier: verifySignature,
    checkRootKey: checkRootCertificate,
  });
}

/** Any JSON, doubles and huge numbers included (what a hostile server may send). */
const anyJSON: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  integerJSON
);

type Path = (string | number)[];

/** Every path to a value inside `v` (the root included). */
function paths(v: unknown, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(v))
    v.forEach((x, i) => out.push(...paths(x, [...prefix, i])));
  else if (v !== null && typeof v === 'object')
    for (const [k, x] of Object.entries(v))
      out.push(...paths(x, [...prefix, k]));
  return out;
}

type Edit =
  | { op: 'replace'; value: unknown }
  | { op: 'delete' }
  | { op: 'add'; key: string; value: unknown };

/** Applies one edit at `path` to a deep copy of `doc`. */
function edit(doc: unknown, path: Path, e: Edit): unknown {
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  if (path.length === 0) return e.op === 'replace' ? e.value : copy;
  let parent: Record<string | number, unknown> = copy;
  for (const p of path.slice(0, -1))
    parent = parent[p] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  const target = parent[last];
  if (e.op === 'replace') parent[last] = e.value;
  else if (e.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (target !== null && typeof target === 'object') {
    if (Array.isArray(target)) target.push(e.value);
    else (target as Record<string, unknown>)[e.key] = e.value;
  }
  return copy;
}

/** Values a mutation puts in: fixture-shaped edge cases and arbitrary JSON. */
const editValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    0,
    -1,
    1.5,
    2 ** 53,
    1e308,
    '',
    'targets/../root',
    'targets/releases',
    '2001-01-01T00:00:00Z',
    '9999-12-31T23:59:59.999999999Z',
    'not a time',
    'AAAA',
    'ecdsa-x509',
    'ed25519',
    null,
    true,
    [],
    {},
    { sha256: 'AAAA' },
    { length: 34, hashes: {} }
  ),
  anyJSON
);

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  editValue.map((value) => ({ op: 'replace' as const, value })),
  fc.constant({ op: 'delete' as const }),
  fc
    .tuple(
      fc.oneof(
        fc.constantFrom(
          '_type',
          'version',
          'expires',
          'keys',
          'roles',
          '__proto__'
        ),
        unicodeString(6)
      ),
      editValue
    )
    .map(([key, value]) => ({ op: 'add' as const, key, value }))
);

/** A fixture role with one structural edit, as JSON text (not Go's byte form). */
const structuralMutation = fc.constantFrom(...ROLES).chain((role) => {
  const doc = JSON.parse(
    new TextDecoder().decode(fixtureBytes(role))
  ) as unknown;
  return fc.tuple(fc.constantFrom(...paths(doc)), editArb).map(([path, e]) => ({
    role,
    bytes: new TextEncoder().encode(JSON.stringify(edit(doc, path, e))),
  }));
});

/** A fixture role with byte-level damage: flips, truncation, splices. */
const byteMutation = fc.constantFrom(...ROLES).chain((role) => {
  const bytes = fixtureBytes(role);
  const pos = fc.nat({ max: bytes.length - 1 });
  return fc
    .oneof(
      fc.tuple(pos, fc.integer({ min: 0, max: 7 })).map(([i, bit]) => {
        const b = Uint8Array.from(bytes);
        b[i] ^= 1 << bit;
        return b;
      }),
      pos.map((i) => bytes.subarray(0, i)),
      fc
        .tuple(pos, fc.uint8Array({ minLength: 1, maxLength: 8 }))
        .map(([i, ins]) =>
          Uint8Array.from([
            ...bytes.subarray(0, i),
            ...ins,
            ...bytes.subarray(i),
          ])
        ),
      fc
        .tuple(pos, fc.integer({ min: 1, max: 40 }))
        .map(([i, n]) =>
          Uint8Array.from([...bytes.subarray(0, i), ...bytes.subarray(i + n)])
        )
    )
    .map((b) => ({ role, bytes: b }));
});

function withFile(role: string, bytes: Uint8Array): RepositoryFiles {
  const files = fixtureRepository();
  if (role.startsWith('targets/')) {
    const delegations = new Map(files.delegations);
    delegations.set(role, bytes);
    return { ...files, delegations };
  }
  return { ...files, [role]: bytes };
}

/**
 * What a role file means to a verifier: CANON(signed) and each signature's
 * keyid/method/sig (Go ignores unknown fields elsewhere), or undefined.
 */
function semantics(bytes: Uint8Array): string | undefined {
  try {
    const doc = parseJSON(bytes, 'x') as {
      signed: JSONValue;
      signatures: { keyid: JSONValue; method: JSONValue; sig: JSONValue }[];
    };
    const sigs = doc.signatures.map((s) => [s.keyid, s.method, s.sig]);
    return canonicalize([doc.signed, sigs]);
  } catch {
    return undefined;
  }
}

describe('metadata parsing under fuzzing', () => {
  it('verifies the intact fixture repository (the properties below start from it)', () => {
    expect(verify(fixtureRepository()).gun).toBe(FIXTURE_GUN);
  });

  describe('#parseJSON', () => {
    it('throws only MetadataError for arbitrary bytes and text', async () => {
      await check(
        fc.asyncProperty(
          fc.oneof(
            fc.uint8Array({ maxLength: 200 }),
            fc
              .string({ unit: 'binary', maxLength: 200 })
              .map((s) => new TextEncoder().encode(s)),
            fc
              .jsonValue()
              .map((v) => new TextEncoder().encode(JSON.stringify(v))),
            // nesting around the depth limit
            fc
              .integer({ min: 500, max: 600 })
              .map((n) =>
                new TextEncoder().encode('['.repeat(n) + ']'.repeat(n))
              )
          ),
          async (bytes) => {
            await expectOnly([MetadataError], () => parseJSON(bytes, 'fuzz'));
          }
        )
      );
    });

    it('agrees with JSON.parse on every document JSON.stringify writes', async () => {
      await check(
        fc.asyncProperty(fc.jsonValue(), async (v) => {
          const text = JSON.stringify(v);
          const r = await expectOnly([MetadataError], () =>
            parseJSON(new TextEncoder().encode(text), 'fuzz')
          );
          // JSON.stringify never writes duplicate keys or lone surrogates? It
          // can write lone surrogates as \uXXXX escapes: those are refused.
          if ('value' in r) expect(r.value).toEqual(JSON.parse(text));
          else expect(r.error.message).toMatch(/lone surrogate/);
        })
      );
    });
  });

  describe('SignedMetadata.parse', () => {
    it('throws only MetadataError for arbitrary JSON of every kind', async () => {
      await check(
        fc.asyncProperty(
          fc.constantFrom(...ROLES),
          fc.oneof(
            anyJSON,
            fc.record({ signed: anyJSON, signatures: anyJSON }),
            fc.record({
              signed: fc.dictionary(
                fc.constantFrom(
                  '_type',
                  'version',
                  'expires',
                  'keys',
                  'roles',
                  'meta',
                  'targets',
                  'delegations',
                  'consistent_snapshot'
                ),
                anyJSON
              ),
              signatures: fc.array(anyJSON, { maxLength: 2 }),
            })
          ),
          async (role, doc) => {
            const bytes = new TextEncoder().encode(JSON.stringify(doc));
            await expectOnly([MetadataError], () =>
              SignedMetadata.parse(bytes, kindOf(role), role)
            );
          }
        )
      );
    });

    it('throws only MetadataError for structural mutations of the fixture roles', async () => {
      await check(
        fc.asyncProperty(structuralMutation, async ({ role, bytes }) => {
          await expectOnly([MetadataError], () =>
            SignedMetadata.parse(bytes, kindOf(role), role)
          );
        })
      );
    });

    // Regression (found by this fuzzer): untrusted map keys went into field
    // paths raw, so a key holding a newline forged extra log lines. Now
    // quoted (tuf/guard.ts keyPath).
    it('keeps the message one line for a hostile key name', () => {
      const doc = JSON.parse(
        new TextDecoder().decode(fixtureBytes('targets/releases'))
      ) as {
        signed: {
          targets: Record<string, { hashes: Record<string, unknown> }>;
        };
      };
      doc.signed.targets.latest.hashes['\n::error::forged'] = 1;
      const bytes = new TextEncoder().encode(JSON.stringify(doc));
      expect(() =>
        SignedMetadata.parse(bytes, 'targets', 'targets/releases')
      ).toThrow(/^[^\n]*$/);
    });
  });

  describe('#verifyRepository', () => {
    it('throws only typed errors, and refuses every semantic change, for structural mutations', async () => {
      await check(
        fc.asyncProperty(structuralMutation, async ({ role, bytes }) => {
          const r = await expectOnly(ALLOWED, () =>
            verify(withFile(role, bytes))
          );
          if ('value' in r)
            expect(semantics(bytes)).toBe(semantics(fixtureBytes(role)));
        }),
        0.1
      );
    });

    it('throws only typed errors, and refuses every changed byte of a checksummed role, for byte mutations', async () => {
      await check(
        fc.asyncProperty(byteMutation, async ({ role, bytes }) => {
          const r = await expectOnly(ALLOWED, () =>
            verify(withFile(role, bytes))
          );
          if ('value' in r) {
            // timestamp.json is the one file no other role checksums
            expect(role).toBe('timestamp');
            expect(semantics(bytes)).toBe(semantics(fixtureBytes(role)));
          }
        }),
        0.1
      );
    });
  });
});
