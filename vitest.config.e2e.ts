import { defineConfig } from 'vitest/config';

// End-to-end tests: a real notary-server and docker-registry on loopback,
// started once by test/e2e/global-setup.ts; serial, long timeouts.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
