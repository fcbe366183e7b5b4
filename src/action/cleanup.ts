import * as core from '@actions/core';
import { rmSync } from 'node:fs';

/** State name under which the main step records what the post step removes. */
export const STATE_TMP_DIR = 'dct-sign-tmp-dir';

/**
 * Removes what the run left in RUNNER_TEMP (the post step calls this). Kept
 * apart from cache.ts so the post bundle does not carry @actions/cache.
 */
export function cleanUp(): void {
  const dir = core.getState(STATE_TMP_DIR);
  if (dir) rmSync(dir, { recursive: true, force: true });
}
