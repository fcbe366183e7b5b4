import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The rule that keeps tests off the wall clock (issue #11) is only worth
// something if it fires: lint a few lines, as a file under test/, with the
// project's own rule for test/.
const configUrl = new URL('../../../eslint.config.mjs', import.meta.url).href;
const config = ((await import(configUrl)) as { default: Linter.Config[] })
  .default;
const testRules = config.find(
  (c) =>
    Array.isArray(c.files) &&
    c.files.includes('test/**') &&
    c.rules?.['no-restricted-syntax'] !== undefined
);

function lint(code: string): string[] {
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser },
        rules: testRules!.rules,
      },
    ],
    'test/unit/example.test.ts'
  );
  return messages.map((m) => m.message);
}

describe('the wall-clock lint rule on test/', () => {
  it('exists in eslint.config.mjs', () => {
    expect(testRules).toBeDefined();
  });

  it.each([
    ['Date.now()', 'const t = Date.now();'],
    ['an argument-less new Date()', 'const d = new Date();'],
    ['Date() called as a function', 'const s = Date();'],
    [
      'the bug of issue #11',
      'const e = new Date(Date.now() - 24 * 3600 * 1000);',
    ],
  ])('refuses %s', (_name, code) => {
    expect(lint(code)).toEqual([expect.stringMatching(/wall clock/)]);
  });

  it.each([
    ['a fixed date', "const NOW = new Date('2026-11-22T03:00:00Z');"],
    ['a date from the test clock', 'const e = new Date(NOW.getTime() - 1000);'],
    ['the monotonic clock', 'const t = performance.now();'],
  ])('allows %s', (_name, code) => {
    expect(lint(code)).toEqual([]);
  });
});
