import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Layer rules (STYLE.md §3): imports only go down the stack, and only the pure
// layers' barrels are imported across layers. A rule enforced by lint survives.
const noActions = {
  group: ['@actions/*'],
  message: 'only src/action may import @actions/*',
};
const noProcessIO = {
  group: ['node:child_process', 'node:fs', 'node:fs/*', 'fs', 'child_process'],
  message:
    'the core layers do no file or process I/O; the glue passes bytes in',
};
const pureGlobals = [
  { name: 'process', message: 'the core never reads process.env or argv' },
  {
    name: 'fetch',
    message: 'network access goes through an injected Transport',
  },
];
const layer = (files, patterns, globals = []) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns }],
    'no-restricted-globals': ['error', ...globals],
  },
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'coverage/**',
      'node_modules/**',
      '.sandbox/**',
      '.e2e/**',
      'artifacts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      'require-await': 'off',
      '@typescript-eslint/require-await': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_' },
      ],
    },
  },
  layer(
    ['src/tuf/**'],
    [
      noActions,
      noProcessIO,
      {
        group: [
          '../keys/*',
          '../net/*',
          '../notary/*',
          '../registry/*',
          '../ops/*',
          '../cli/*',
          '../action/*',
        ],
        message: 'tuf/ is the bottom layer',
      },
    ],
    pureGlobals
  ),
  layer(
    ['src/keys/**'],
    [
      noActions,
      noProcessIO,
      {
        group: [
          '../net/*',
          '../notary/*',
          '../registry/*',
          '../ops/*',
          '../cli/*',
          '../action/*',
        ],
        message: 'keys/ may import only tuf/',
      },
      {
        group: ['../tuf/*', '!../tuf/index.js'],
        message: 'import tuf/ through its index.js',
      },
    ],
    pureGlobals
  ),
  layer(
    ['src/net/**', 'src/notary/**', 'src/registry/**'],
    [
      noActions,
      noProcessIO,
      {
        group: ['../ops/*', '../cli/*', '../action/*'],
        message: 'network layers sit below ops/',
      },
    ],
    [{ name: 'process', message: 'the core never reads process.env' }]
  ),
  layer(
    ['src/ops/**'],
    [
      noActions,
      noProcessIO,
      {
        group: ['../cli/*', '../action/*'],
        message: 'ops/ sits below the glue',
      },
    ],
    [{ name: 'process', message: 'the core never reads process.env' }]
  ),
  layer(['src/cli/**'], [noActions]),
  {
    // Tests never read the wall clock: a test that does passes on the day it
    // is written and fails on its own later (issue #11). Inject a clock; for
    // a duration use test/helpers/stopwatch.ts (the monotonic clock).
    files: ['test/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message:
            'tests never read the wall clock: inject a clock, or use stopwatch() for a duration',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message:
            'tests never read the wall clock: build the Date from the test clock (e.g. new Date(NOW))',
        },
        {
          selector: "CallExpression[callee.name='Date']",
          message: 'Date() reads the wall clock: use the test clock',
        },
      ],
    },
  },
  {
    files: ['test/**', 'scripts/**', '*.config.*'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: Object.fromEntries(
        [
          'process',
          'console',
          'fetch',
          'URL',
          'URLSearchParams',
          'setTimeout',
          'clearTimeout',
          'Buffer',
          'TextEncoder',
          'TextDecoder',
        ].map((g) => [g, 'readonly'])
      ),
    },
  }
);
