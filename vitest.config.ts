import { defineConfig } from 'vitest/config';

// Unit tests: pure layers and glue with fakes; no network beyond loopback.
export default defineConfig({
  test: {
    // The fuzz properties run here too, at 200 cases each (npm run fuzz: 8,000).
    include: ['test/unit/**/*.test.ts', 'test/fuzz/**/*.fuzz.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    coverage: {
      provider: 'v8',
      include: ['src/tuf/**', 'src/keys/**', 'src/notary/**', 'src/ops/**'],
      thresholds: { lines: 85, functions: 85, branches: 75, statements: 85 },
    },
  },
});
