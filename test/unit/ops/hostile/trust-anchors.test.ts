import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../../src/errors.js';
import { canonicalKeyID } from '../../../../src/keys/index.js';
import {
  RootPinError,
  loadTrustedRepository,
  signImages,
  type SignImagesOptions,
} from '../../../../src/ops/index.js';
import {
  FakeNotary,
  createDockerRepository,
  recordingLogger,
  tagTarget,
  type DockerRepo,
} from '../../../helpers/fake-notary.js';
import { attackerRepository, forgeRoot } from './attacker.js';

// Issue 13: trust anchors against a hostile trust server. Every test here
// failed on the code before the fix (see the findings).

const NOW = new Date('2026-11-22T03:00:00Z');
const GUN = 'registry.test/acme/app';

async function victim(): Promise<DockerRepo> {
  const notary = new FakeNotary({ now: () => NOW });
  return createDockerRepository(notary, { gun: GUN, tags: [tagTarget('v1')] });
}

function signOptions(
  repo: DockerRepo,
  over: Partial<SignImagesOptions> = {}
): SignImagesOptions {
  return {
    gun: repo.gun,
    trustServer: repo.notary.serverUrl,
    notary: repo.client,
    key: repo.signer,
    signerName: 'ci',
    targets: [tagTarget('v2')],
    expiryWarnDays: 30,
    dryRun: false,
    logger: recordingLogger(),
    clock: { now: () => NOW },
    sleep: () => Promise.resolve(),
    ...over,
  };
}

const failure = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as Error
  );

describe('finding 1: a pin means signed, not listed', () => {
  it('refuses a root that lists the pinned certificate but is signed only by the attacker', async () => {
    const real = await victim();
    const evil = await attackerRepository(real, NOW);
    await forgeRoot(evil, { root: [real.rootCert] });
    for (const pin of [real.rootCert.keyID, canonicalKeyID(real.rootCert)]) {
      const err = await failure(
        signImages(signOptions(evil, { rootKeyID: pin }))
      );
      expect(err).toBeInstanceOf(RootPinError);
      expect(err?.message).toContain(
        `not signed by the pinned key ${pin.slice(0, 12)}`
      );
      expect(err?.message).toContain('root signed by 0/1 keys');
    }
    expect(evil.notary.posts).toHaveLength(0);
  });

  it('refuses the same forged root when read by inspect or verify (loadTrustedRepository)', async () => {
    const real = await victim();
    const evil = await attackerRepository(real, NOW);
    await forgeRoot(evil, { root: [real.rootCert] });
    const err = await failure(
      loadTrustedRepository(evil.client, {
        referenceTime: NOW,
        rootKeyID: real.rootCert.keyID,
      })
    );
    expect(err).toBeInstanceOf(RootPinError);
  });

  it('accepts the honest repository under either ID of its root key', async () => {
    const real = await victim();
    for (const pin of [real.rootCert.keyID, canonicalKeyID(real.rootCert)]) {
      const { repo } = await loadTrustedRepository(real.client, {
        referenceTime: NOW,
        rootKeyID: pin.toUpperCase(),
      });
      expect(repo.findTarget('v1')).toHaveLength(2);
    }
  });

  it('refuses a 12-hex prefix as a pin, saying where to find the full ID', async () => {
    const real = await victim();
    const err = await failure(
      signImages(
        signOptions(real, { rootKeyID: real.rootCert.keyID.slice(0, 12) })
      )
    );
    expect(err).toBeInstanceOf(UsageError);
    expect(err?.message).toContain('not a full key ID');
    expect(err?.message).toContain('dct-sign inspect GUN');
    expect(real.notary.posts).toHaveLength(0);
  });
});
