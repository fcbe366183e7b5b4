import * as fc from 'fast-check';
import { afterAll } from 'vitest';
import { SignerError } from '../../src/errors.js';

// Shared plumbing for the property/fuzz tests. `npm run fuzz` (vitest.config.fuzz.ts)
// sets FUZZ_RUNS high; the unit run leaves it unset and gets DEFAULT_RUNS per property.

/** Runs per property when FUZZ_RUNS is unset (the unit suite, CI). */
export const DEFAULT_RUNS = 200;

/** A single case slower than this counts as a hang (a quadratic regex, a runaway loop). */
export const CASE_TIME_LIMIT_MS = 2_000;

const base = (() => {
  const text = process.env.FUZZ_RUNS;
  if (text === undefined || text === '') return DEFAULT_RUNS;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`FUZZ_RUNS: "${text}" is not a positive whole number`);
  return n;
})();

// FUZZ_SEED replays a failure: fast-check prints the seed (and path) it used.
if (process.env.FUZZ_SEED) {
  fc.configureGlobal({ seed: Number(process.env.FUZZ_SEED) });
}

let total = 0;
afterAll(() => {
  process.stdout.write(`fuzz: ${total} cases (FUZZ_RUNS=${base})\n`);
});

/**
 * Runs for one property: FUZZ_RUNS (or the default) times `weight`. Properties
 * that run PBKDF2 (2048 rounds, ~9 ms) or verify signatures take a weight < 1.
 */
export function runsFor(weight = 1): number {
  return Math.max(20, Math.round(base * weight));
}

/** fc.assert with the scaled run count, counted into this file's total. */
export async function check<T>(
  property: fc.IProperty<T> | fc.IAsyncProperty<T>,
  weight = 1
): Promise<void> {
  const numRuns = runsFor(weight);
  await fc.assert(property, { numRuns });
  total += numRuns;
}

/**
 * The outcome of feeding one input to a parser: the value, or the typed
 * error it threw. Anything that is not a SignerError (TypeError, RangeError,
 * an OpenSSL error…) is rethrown with its class in the message so the
 * counterexample says what went wrong; so is a case slower than the limit.
 */
export async function outcome<T>(
  fn: () => T | Promise<T>
): Promise<{ value: T } | { error: SignerError }> {
  const start = performance.now();
  let result: { value: T } | { error: SignerError };
  try {
    result = { value: await fn() };
  } catch (err) {
    if (!(err instanceof SignerError)) {
      const e = err as Error;
      throw new Error(
        `untyped ${e?.name ?? typeof err}: ${e?.message ?? String(err)}`,
        { cause: err }
      );
    }
    result = { error: err };
  }
  const ms = performance.now() - start;
  if (ms > CASE_TIME_LIMIT_MS)
    throw new Error(`one case took ${Math.round(ms)} ms`);
  return result;
}

/**
 * Like {@link outcome}, but the error must also be one of `classes` and its
 * message one line (STYLE §6), unless `oneLine` is false.
 */
export async function expectOnly<T>(
  classes: ReadonlyArray<abstract new (...args: never[]) => SignerError>,
  fn: () => T | Promise<T>,
  { oneLine = true }: { oneLine?: boolean } = {}
): Promise<{ value: T } | { error: SignerError }> {
  const r = await outcome(fn);
  if ('error' in r && !classes.some((c) => r.error instanceof c)) {
    throw new Error(
      `unexpected ${r.error.name} (expected ${classes.map((c) => c.name).join(' or ')}): ${r.error.message}`,
      { cause: r.error }
    );
  }
  if (oneLine && 'error' in r && /[\r\n]/.test(r.error.message)) {
    throw new Error(
      `multi-line message from ${r.error.name}: ${JSON.stringify(r.error.message)}`
    );
  }
  return r;
}

/** A Unicode code point as a string, never a lone surrogate. */
export const codePoint: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 3, arbitrary: fc.integer({ min: 0x20, max: 0x7e }) },
    // what Go escapes or sorts differently: controls, < > &, U+2028/9
    fc.constantFrom(0x00, 0x09, 0x0a, 0x1f, 0x22, 0x5c, 0x3c, 0x3e, 0x26),
    fc.constantFrom(0x2028, 0x2029, 0x7f, 0x80, 0xff, 0xfeff),
    fc.integer({ min: 0x80, max: 0xd7ff }),
    // U+E000..U+FFFF sort before astral characters in UTF-16 but after them in UTF-8
    { weight: 2, arbitrary: fc.integer({ min: 0xe000, max: 0xffff }) },
    { weight: 2, arbitrary: fc.integer({ min: 0x10000, max: 0x10ffff }) }
  )
  .map((cp) => String.fromCodePoint(cp));

/** Strings over {@link codePoint} (astral and U+E000..U+FFFF included). */
export const unicodeString = (maxLength = 12): fc.Arbitrary<string> =>
  fc.string({ unit: codePoint, maxLength });

/** Arbitrary JSON with safe integers only (canonical JSON has no floats). */
export const integerJSON: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
    fc.integer({ min: -1000, max: 1000 }),
    unicodeString(),
    fc.array(tie('value'), { maxLength: 5 }),
    fc
      .uniqueArray(fc.tuple(unicodeString(6), tie('value')), {
        maxLength: 6,
        selector: ([k]) => k,
      })
      .map((entries) => Object.fromEntries(entries) as unknown)
  ),
})).value;
