import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestSigner } from '../../helpers/tuf-crypto.js';

const log = { info: vi.fn(), warning: vi.fn() };
vi.mock('@actions/core', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@actions/core')>()),
  info: (m: string) => log.info(m),
  warning: (m: string) => log.warning(m),
  saveState: () => undefined,
}));

// The cache client: restores whatever `stored` holds into the dir, or nothing.
let stored: { key: string; text: string } | undefined;
const saveCache = vi.fn((_paths: string[], _key: string) => Promise.resolve(1));
vi.mock('@actions/cache', () => ({
  isFeatureAvailable: () => true,
  restoreCache: (paths: string[]) => {
    if (!stored) return Promise.resolve(undefined);
    writeFileSync(join(paths[0], 'trust-state.json'), stored.text);
    return Promise.resolve(stored.key);
  },
  saveCache: (paths: string[], key: string) => saveCache(paths, key),
}));

const { restoreTrustState, saveTrustState } =
  await import('../../../src/action/cache.js');
const { sealTrustState } = await import('../../../src/action/trust-state.js');

const scope = { gun: 'r.example/acme/app', server: 'https://notary.example' };
const root = new TextEncoder().encode('{"root":1}');
let runnerTemp: string;

beforeEach(() => {
  runnerTemp = mkdtempSync(join(tmpdir(), 'dct-cache-unit-'));
  vi.stubEnv('RUNNER_TEMP', runnerTemp);
  vi.stubEnv('ACTIONS_RESULTS_URL', 'http://127.0.0.1:1/');
  stored = undefined;
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(runnerTemp, { recursive: true, force: true });
  log.info.mockReset();
  log.warning.mockReset();
  saveCache.mockClear();
});

describe('action/cache', () => {
  describe('#restoreTrustState', () => {
    describe('when the cache has no entry', () => {
      it('warns that the root is trusted on first use when nothing is pinned', async () => {
        const key = createTestSigner();
        const state = await restoreTrustState({
          ...scope,
          key,
          timeoutMs: 1000,
          pinned: false,
        });
        expect(state).toEqual({});
        expect(log.warning).toHaveBeenCalledWith(
          `${scope.gun}: no trust state in the Actions cache: the root is trusted on first use (pin it with root-key-id)`
        );
      });

      it('only informs when root-key-id pins the root', async () => {
        const key = createTestSigner();
        await restoreTrustState({
          ...scope,
          key,
          timeoutMs: 1000,
          pinned: true,
        });
        expect(log.warning).not.toHaveBeenCalled();
        expect(log.info).toHaveBeenCalledWith(
          `${scope.gun}: no trust state in the Actions cache: the pinned root-key-id is checked`
        );
      });
    });

    describe('when the runner offers no cache service', () => {
      it('warns that the root is trusted on first use', async () => {
        vi.stubEnv('ACTIONS_RESULTS_URL', '');
        vi.stubEnv('ACTIONS_CACHE_URL', '');
        await restoreTrustState({
          ...scope,
          key: createTestSigner(),
          timeoutMs: 1000,
          pinned: false,
        });
        expect(log.warning).toHaveBeenCalledWith(
          expect.stringContaining(
            'no Actions cache service on this runner: the root is trusted on first use'
          )
        );
      });
    });

    describe('when the entry was signed by this key', () => {
      it('returns it, and a save of the same state is skipped', async () => {
        const key = createTestSigner('ed25519');
        const versions = { root: 1, targets: 2 };
        const sealed = await sealTrustState(scope, root, versions, key);
        const prefix = (await import('../../../src/action/trust-state.js'))
          .trustStateKeyPrefix;
        stored = {
          key: prefix(scope, key.keyID) + sealed.id,
          text: sealed.text,
        };
        const options = { ...scope, key, timeoutMs: 1000 };
        const state = await restoreTrustState({ ...options, pinned: false });
        expect(state.root).toEqual(root);
        expect(log.warning).not.toHaveBeenCalled();

        await saveTrustState(options, root, { ...versions });
        expect(saveCache).not.toHaveBeenCalled();
        await saveTrustState(options, root, { ...versions, targets: 3 });
        expect(saveCache).toHaveBeenCalledTimes(1);
      });
    });

    describe('when the entry is forged', () => {
      it('ignores it with a warning naming the entry', async () => {
        const key = createTestSigner();
        const sealed = await sealTrustState(
          scope,
          root,
          { targets: 999 },
          createTestSigner()
        );
        stored = { key: 'dct-sign-trust-v2-x-planted', text: sealed.text };
        const state = await restoreTrustState({
          ...scope,
          key,
          timeoutMs: 1000,
          pinned: false,
        });
        expect(state).toEqual({});
        expect(log.warning).toHaveBeenCalledWith(
          expect.stringMatching(
            /ignoring the trust state in the Actions cache \(dct-sign-trust-v2-x-planted\): not signed by the delegation key [0-9a-f]{12}; the root is trusted on first use/
          )
        );
      });
    });
  });
});
