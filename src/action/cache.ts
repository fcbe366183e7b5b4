import * as core from '@actions/core';
import { STATE_TMP_DIR } from './cleanup.js';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type CacheModule = typeof import('@actions/cache');

/**
 * @actions/cache (and the Azure SDK under it) is most of the bundle and of the
 * start-up time, so it is loaded only when the runner offers a cache service
 * (its isFeatureAvailable reads these variables), as a separate ncc chunk.
 */
async function cacheService(): Promise<CacheModule | undefined> {
  if (!process.env.ACTIONS_CACHE_URL && !process.env.ACTIONS_RESULTS_URL)
    return undefined;
  const cache = await import('@actions/cache');
  return cache.isFeatureAvailable() ? cache : undefined;
}

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

/** What an earlier run of this workflow trusted: the root and every role's version. */
export interface TrustState {
  root?: Uint8Array;
  versions?: Record<string, number>;
}

/**
 * The root this workflow trusted on an earlier run (trust on first use) and
 * the role versions it saw (so a server cannot roll them back), from the
 * Actions cache. Caching never fails the job: without the cache service, or
 * on any error, we warn (or debug) and trust on first use.
 */
export async function restoreTrustState(
  gun: string,
  server: string
): Promise<TrustState> {
  const cache = await cacheService();
  if (!cache) {
    core.debug(
      'Actions cache not available: the root is trusted on first use for this run only'
    );
    return {};
  }
  try {
    const dir = workDir(gun, server);
    const prefix = cacheKeyPrefix(gun, server);
    const hit = await cache.restoreCache([dir], `${prefix}latest`, [prefix]);
    const file = join(dir, 'root.json');
    if (hit && existsSync(file)) {
      core.info(
        `trusted root and role versions restored from the Actions cache (${hit})`
      );
      return {
        root: new Uint8Array(readFileSync(file)),
        versions: readVersions(join(dir, 'versions.json')),
      };
    }
  } catch (err) {
    core.warning(
      `could not restore the trusted root from the Actions cache: ${(err as Error).message}`
    );
  }
  return {};
}

function readVersions(file: string): Record<string, number> | undefined {
  if (!existsSync(file)) return undefined;
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const entries = Object.entries(parsed).filter(
    (e): e is [string, number] =>
      Number.isSafeInteger(e[1]) && (e[1] as number) > 0
  );
  return Object.fromEntries(entries);
}

/**
 * Remembers the verified root and role versions. Cache entries are
 * immutable, so each state gets its own key (its hash); restore takes the newest.
 */
export async function saveTrustState(
  gun: string,
  server: string,
  root: Uint8Array,
  versions: Record<string, number>
): Promise<void> {
  const cache = await cacheService();
  if (!cache) return;
  try {
    const dir = workDir(gun, server);
    writeFileSync(join(dir, 'root.json'), root);
    const versionsJSON = JSON.stringify(versions);
    writeFileSync(join(dir, 'versions.json'), versionsJSON);
    const hash = createHash('sha256')
      .update(root)
      .update(versionsJSON)
      .digest('hex')
      .slice(0, 16);
    await cache.saveCache([dir], `${cacheKeyPrefix(gun, server)}${hash}`);
  } catch (err) {
    // An existing entry for the same root is the common, harmless case.
    core.debug(
      `trusted root not saved to the Actions cache: ${(err as Error).message}`
    );
  }
}
