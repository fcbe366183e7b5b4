import { defineConfig } from 'vitest/config';

// Property/fuzz tests (fast-check) at full strength: `npm run fuzz`. FUZZ_RUNS
// scales the runs of every property (default here 8000, ≥ 100,000 cases in
// all); the unit suite runs the same files with the small default of
// test/fuzz/fuzz.ts when FUZZ_RUNS is unset.
export default defineConfig({
  test: {
    include: ['test/fuzz/**/*.fuzz.test.ts'],
    environment: 'node',
    env: { FUZZ_RUNS: process.env.FUZZ_RUNS ?? '8000' },
    testTimeout: 900_000,
  },
});
