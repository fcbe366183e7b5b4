import * as cache from '@actions/cache';
import * as core from '@actions/core';
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  existsSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** State name the post step reads to clean up. */
export const STATE_TMP_DIR = 'dct-sign-tmp-dir';

function cacheKeyPrefix(gun: string, server: string): string {
  const id = createHash('sha256')
    .update(`${server}\n${gun}`)
    .digest('hex')
    .slice(0, 32);
  return `dct-sign-root-${id}-`;
}

function workDir(gun: string, server: string): string {
  const base = process.env.RUNNER_TEMP || tmpdir();
  const dir = join(base, 'dct-sign', cacheKeyPrefix(gun, server).slice(0, -1));
  mkdirSync(dir, { recursive: true });
  core.saveState(STATE_TMP_DIR, join(base, 'dct-sign'));
  return dir;
}

/**
 * The root this workflow trusted on an earlier run (trust on first use),
 * from the Actions cache. Caching never fails the job: without the cache
 * service, or on any error, we warn (or debug) and trust on first use.
 */
export async function restoreTrustedRoot(
  gun: string,
  server: string
): Promise<Uint8Array | undefined> {
  if (!cache.isFeatureAvailable()) {
    core.debug(
      'Actions cache not available: the root is trusted on first use for this run only'
    );
    return undefined;
  }
  try {
    const dir = workDir(gun, server);
    const prefix = cacheKeyPrefix(gun, server);
    const hit = await cache.restoreCache([dir], `${prefix}latest`, [prefix]);
    const file = join(dir, 'root.json');
    if (hit && existsSync(file)) {
      core.info(`trusted root restored from the Actions cache (${hit})`);
      return new Uint8Array(readFileSync(file));
    }
  } catch (err) {
    core.warning(
      `could not restore the trusted root from the Actions cache: ${(err as Error).message}`
    );
  }
  return undefined;
}

/** Remembers the verified root; keyed by its hash, since cache entries are immutable. */
export async function saveTrustedRoot(
  gun: string,
  server: string,
  root: Uint8Array
): Promise<void> {
  if (!cache.isFeatureAvailable()) return;
  try {
    const dir = workDir(gun, server);
    writeFileSync(join(dir, 'root.json'), root);
    const hash = createHash('sha256').update(root).digest('hex').slice(0, 16);
    await cache.saveCache([dir], `${cacheKeyPrefix(gun, server)}${hash}`);
  } catch (err) {
    // An existing entry for the same root is the common, harmless case.
    core.debug(
      `trusted root not saved to the Actions cache: ${(err as Error).message}`
    );
  }
}

/** Removes what the run left in RUNNER_TEMP (the post step calls this). */
export function cleanUp(): void {
  const dir = core.getState(STATE_TMP_DIR);
  if (dir) rmSync(dir, { recursive: true, force: true });
}
