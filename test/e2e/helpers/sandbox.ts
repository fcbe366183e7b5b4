import { inject } from 'vitest';
import type { SandboxConfig } from './sandbox-config.js';

export type { SandboxConfig } from './sandbox-config.js';

/** The running sandbox that test/e2e/global-setup.ts started for this run. */
export function getSandbox(): SandboxConfig {
  const sandbox = inject('sandbox');
  // globalSetup throws when the sandbox cannot start, so this only trips when
  // a test file is run with the wrong vitest config.
  if (!sandbox) {
    throw new Error(
      'no sandbox provided: run e2e tests with --config vitest.config.e2e.ts'
    );
  }
  return sandbox;
}
