import * as core from '@actions/core';
import { STATE_TMP_DIR } from './cleanup.js';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SigningKey } from '../tuf/index.js';
import {
  MAX_STATE_BYTES,
  STATE_FILE,
  UntrustedStateError,
  openTrustState,
  sealTrustState,
  trustStateKeyPrefix,
  type TrustState,
  type TrustStateScope,
} from './trust-state.js';

export type { TrustState } from './trust-state.js';

type CacheModule = typeof import('@actions/cache');

/** One repository's trust state in the Actions cache, as main.ts asks for it. */
export interface TrustCacheOptions extends TrustStateScope {
  /** The delegation key: it signs what is saved and must have signed what is restored. */
  key: SigningKey;
  /** Time box of each cache operation (the client retries for ~25 s by itself). */
  timeoutMs: number;
}

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

/** Set once an operation overran its time box: later ones are skipped. */
let unresponsive = false;
/** Keys of the entries restored: saving the same state again is skipped. */
const restored = new Set<string>();

const TIMED_OUT = Symbol('timed out');

/**
 * Races `work` against the time box. The loser keeps running in the
 * background (the client cannot be cancelled); index.ts exits the process
 * when run() ends, so it costs no more than the box.
 */
async function timeBoxed<T>(
  work: Promise<T>,
  ms: number
): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function workDir(prefix: string): string {
  const base = process.env.RUNNER_TEMP || tmpdir();
  const dir = join(base, 'dct-sign', prefix.slice(0, -1));
  core.saveState(STATE_TMP_DIR, join(base, 'dct-sign'));
  return dir;
}

/**
 * The root this workflow trusted on an earlier run and the role versions it
 * saw (so a server can neither swap the root nor roll a role back), from the
 * Actions cache. An entry counts only if this delegation key signed it for
 * this GUN and server. Caching never fails the job, but without a pin every
 * way of ending up without a state is a warning: that run trusts on first use.
 */
export async function restoreTrustState(
  options: TrustCacheOptions & { pinned: boolean }
): Promise<TrustState> {
  const { gun, pinned } = options;
  const tofu = pinned
    ? 'the pinned root-key-id is checked'
    : 'the root is trusted on first use (pin it with root-key-id)';
  const notice = (m: string) =>
    pinned ? core.info(`${gun}: ${m}`) : core.warning(`${gun}: ${m}`);
  const cache = await cacheService();
  if (!cache) {
    notice(`no Actions cache service on this runner: ${tofu}`);
    return {};
  }
  if (unresponsive) {
    notice(`the Actions cache did not answer earlier: ${tofu}`);
    return {};
  }
  const prefix = trustStateKeyPrefix(options, options.key.keyID);
  const dir = workDir(prefix);
  // A stale file from an earlier run on this machine must not pass for a hit.
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let hit: string | undefined | typeof TIMED_OUT;
  try {
    hit = await timeBoxed(
      cache.restoreCache([dir], `${prefix}latest`, [prefix]),
      options.timeoutMs
    );
  } catch (err) {
    notice(
      `could not restore from the Actions cache (${message(err)}): ${tofu}`
    );
    return {};
  }
  if (hit === TIMED_OUT) {
    unresponsive = true;
    notice(
      `the Actions cache did not answer within ${seconds(options.timeoutMs)}: ${tofu}`
    );
    return {};
  }
  if (!hit) {
    notice(`no trust state in the Actions cache: ${tofu}`);
    return {};
  }
  try {
    const state = readState(join(dir, STATE_FILE), options);
    restored.add(hit);
    core.info(
      `${gun}: trusted root and role versions restored from the Actions cache (${hit}, signed by the delegation key)`
    );
    return state;
  } catch (err) {
    if (!(err instanceof UntrustedStateError)) throw err;
    // Planted by another job, or written by an older dct-sign: never trusted.
    core.warning(
      `${gun}: ignoring the trust state in the Actions cache (${hit}): ${err.message}; ${tofu}`
    );
    return {};
  }
}

function readState(file: string, options: TrustCacheOptions): TrustState {
  if (!existsSync(file)) throw new UntrustedStateError(`no ${STATE_FILE}`);
  if (statSync(file).size > MAX_STATE_BYTES)
    throw new UntrustedStateError(`larger than ${MAX_STATE_BYTES} bytes`);
  return openTrustState(readFileSync(file, 'utf8'), options, options.key);
}

/**
 * Remembers the verified root and role versions, signed by the delegation
 * key. Cache entries are immutable, so each state gets its own key (a hash
 * of its content); restore takes the newest under the prefix.
 */
export async function saveTrustState(
  options: TrustCacheOptions,
  root: Uint8Array,
  versions: Record<string, number>
): Promise<void> {
  if (unresponsive) return;
  const cache = await cacheService();
  if (!cache) return;
  try {
    const prefix = trustStateKeyPrefix(options, options.key.keyID);
    const dir = workDir(prefix);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const sealed = await sealTrustState(options, root, versions, options.key);
    if (restored.has(prefix + sealed.id)) {
      core.info(
        `${options.gun}: trust state unchanged; the cache entry is kept`
      );
      return;
    }
    writeFileSync(join(dir, STATE_FILE), sealed.text);
    const saved = await timeBoxed(
      cache.saveCache([dir], prefix + sealed.id),
      options.timeoutMs
    );
    if (saved === TIMED_OUT) {
      unresponsive = true;
      core.warning(
        `${options.gun}: the Actions cache did not answer within ${seconds(options.timeoutMs)}; the trust state was not saved`
      );
    }
  } catch (err) {
    // saveCache reports service errors itself and throws only for bad input.
    core.warning(
      `${options.gun}: trust state not saved to the Actions cache: ${message(err)}`
    );
  }
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}
