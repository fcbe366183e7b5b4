import { defineConfig } from 'vitest/config';

// End-to-end tests: real notary-servers and a docker-registry on loopback,
// started once per project by test/e2e/global-setup.ts; serial, long timeouts.
// Two projects, one per notary topology: `memory` (start.sh: memory storage,
// built-in signer) and `production` (start-production.sh: PostgreSQL storage,
// notary-signer over mutual TLS). The same test files run against both; the
// production project runs the flows the issue names (#12) plus its own
// restart test.
const BOTH = [
  'test/e2e/action.e2e.test.ts',
  'test/e2e/cli-signer.e2e.test.ts',
  'test/e2e/concurrency.e2e.test.ts',
  'test/e2e/faults.e2e.test.ts',
  'test/e2e/quickstart.e2e.test.ts',
  'test/e2e/lost-update.e2e.test.ts',
];
const PRODUCTION_ONLY = ['test/e2e/restart.e2e.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'memory',
          // per project, not at the root: the root would run it once more
          globalSetup: ['test/e2e/global-setup.ts'],
          include: ['test/e2e/**/*.e2e.test.ts'],
          exclude: PRODUCTION_ONLY,
        },
      },
      {
        extends: true,
        test: {
          name: 'production',
          globalSetup: ['test/e2e/global-setup.ts'],
          include: [...BOTH, ...PRODUCTION_ONLY],
        },
      },
    ],
  },
});
