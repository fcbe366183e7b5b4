import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushImage } from '../../scripts/sandbox/registry-push.mjs';
import {
  actionInputs,
  dockerRepository,
  errorLines,
  runBundledAction,
  type DockerRepository,
} from './helpers/docker-repo.js';
import { httpGet } from './helpers/http.js';
import { getSandbox, type SandboxConfig } from './helpers/sandbox.js';
import { makeTempDir } from './helpers/tmp.js';
import { startServices, stopServices } from './helpers/topology.js';

// The production topology only (vitest.config.e2e.ts): notary-server and
// notary-signer are restarted, PostgreSQL keeps the repository and the
// signer's encrypted timestamp/snapshot keys (issue 12).

let sandbox: SandboxConfig;
beforeAll(() => {
  sandbox = getSandbox();
  expect(sandbox.topology).toBe('production');
});
// whatever a test stopped is running again for the next one
afterAll(() => startServices(sandbox));

async function serverKeys(gun: string): Promise<string[]> {
  return Promise.all(
    ['timestamp', 'snapshot'].map(async (role) => {
      const res = await httpGet(
        `${sandbox.notaryServerUrl}/v2/${gun}/_trust/tuf/${role}.key`,
        { caFile: sandbox.notaryCaFile }
      );
      expect(res.status, res.body).toBe(200);
      return res.body;
    })
  );
}

async function sign(repo: DockerRepository, tag: string) {
  const image = await pushImage({
    registryUrl: sandbox.registryUrl,
    repo: repo.repo,
    tag,
    content: `${repo.repo}:${tag}`,
  });
  const run = await runBundledAction(
    await makeTempDir(),
    actionInputs(sandbox, repo, {
      tags: `${repo.gun}:${tag}`,
      digest: image.digest,
    })
  );
  return { image, run };
}

const listed = async (repo: DockerRepository) =>
  (await repo.notary.list(repo.gun, { roles: ['targets/releases'] }))
    .map((t) => `${t.name} ${t.digest}`)
    .sort();

describe('restarting notary-server and notary-signer (not the database)', () => {
  it('keeps the repository and its server-held keys, and the next signing works', async () => {
    const repo = await dockerRepository(sandbox, { prefix: 'restart' });
    const first = await sign(repo, 'v1');
    expect(first.run.code, first.run.transcript).toBe(0);
    const keysBefore = await serverKeys(repo.gun);
    const before = await listed(repo);

    await stopServices(sandbox, ['notary-server', 'notary-signer']);
    await startServices(sandbox);

    // the old trust dir (pinned root, cached metadata) still verifies
    expect(await listed(repo)).toEqual(before);
    expect(await serverKeys(repo.gun)).toEqual(keysBefore);
    const second = await sign(repo, 'v2');
    expect(second.run.code, second.run.transcript).toBe(0);
    expect(second.run.stdout).toContain('1 tag(s) verified');
    expect(await listed(repo)).toEqual(
      [
        `v1 ${first.image.digest.replace('sha256:', '')}`,
        `v2 ${second.image.digest.replace('sha256:', '')}`,
      ].sort()
    );
    const [inspect] = await repo.docker.trustInspect(repo.gun);
    expect(inspect?.Signers.map((s) => s.Name)).toContain('ci');
  });
});

describe('when notary-signer is down', () => {
  it('fails with one clear line naming the trust server and what failed, and publishes nothing', async () => {
    const repo = await dockerRepository(sandbox, { prefix: 'signer-down' });
    const first = await sign(repo, 'v1');
    expect(first.run.code, first.run.transcript).toBe(0);
    const before = await listed(repo);

    await stopServices(sandbox, ['notary-signer']);
    try {
      const down = await sign(repo, 'v2');
      expect(down.run.code, down.run.transcript).toBe(1);
      const errors = errorLines(down.run);
      expect(errors, down.run.transcript).toHaveLength(1);
      expect(errors[0]).toContain(sandbox.notaryServerUrl);
      console.log(`signer down: ${errors[0]}`);
    } finally {
      await startServices(sandbox);
    }
    expect(await listed(repo)).toEqual(before);
  });
});
