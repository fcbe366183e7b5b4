import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

/**
 * A fresh temp dir that is removed when the current test finishes (call it
 * inside a test). Set DCT_E2E_KEEP_TMP=1 to keep them for debugging.
 */
export async function makeTempDir(prefix = 'dct-e2e-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  if (process.env.DCT_E2E_KEEP_TMP !== '1') {
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
  }
  return dir;
}
