import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pushImage } from '../../scripts/sandbox/registry-push.mjs';
import type { PushedImage } from '../../scripts/sandbox/registry-push.d.mts';
import {
  actionInputs,
  dockerRepository,
  errorLines,
  runBundledAction,
  type DockerRepository,
} from './helpers/docker-repo.js';
import { NotaryCli } from './helpers/notary-cli.js';
import { getSandbox, type SandboxConfig } from './helpers/sandbox.js';
import { keySecrets, scanFiles, scanText } from './helpers/secrets.js';
import { makeTempDir } from './helpers/tmp.js';
import { stopwatch } from '../helpers/stopwatch.js';

// Matrix builds sign different tags into the same role at the same moment.
// notary-server has no lock: the loser of each race gets 400 VERSION
// (notary-protocol.md §1.7), or on PostgreSQL storage sometimes 500 UPDATING
// (issue 12). dct-sign re-fetches, re-signs and retries, and reads back; the
// real notary CLI gives up. Numbers for both go to
// .e2e/concurrency-report-<topology>.json.

const PARALLEL = 16;

let sandbox: SandboxConfig;
beforeAll(() => {
  sandbox = getSandbox();
});

/** 16 distinct images, tagged t01..t16, pushed to the repository. */
async function pushImages(repo: DockerRepository): Promise<PushedImage[]> {
  return Promise.all(
    Array.from({ length: PARALLEL }, (_, i) =>
      pushImage({
        registryUrl: sandbox.registryUrl,
        repo: repo.repo,
        tag: tagName(i),
        content: `${repo.repo}:${tagName(i)}:${i}`,
      })
    )
  );
}

const tagName = (i: number) => `t${String(i + 1).padStart(2, '0')}`;

/** Which of the 16 tags the real notary CLI sees in targets/releases, with the right digest. */
async function survivingTags(
  repo: DockerRepository,
  images: PushedImage[]
): Promise<string[]> {
  const listed = await repo.notary.list(repo.gun, {
    roles: ['targets/releases'],
  });
  return images.flatMap((image, i) =>
    listed.some(
      (t) =>
        t.name === tagName(i) &&
        t.digest === image.digest.replace('sha256:', '') &&
        t.size === image.size
    )
      ? [tagName(i)]
      : []
  );
}

async function writeReport(part: Record<string, unknown>): Promise<void> {
  const REPORT = resolve('.e2e', `concurrency-report-${sandbox.topology}.json`);
  await mkdir(resolve('.e2e'), { recursive: true });
  const old = await readFile(REPORT, 'utf8').then(
    (t) => JSON.parse(t) as Record<string, unknown>,
    () => ({})
  );
  await writeFile(
    REPORT,
    `${JSON.stringify({ ...old, ...part, parallel: PARALLEL }, null, 2)}\n`
  );
}

describe('concurrent signers of one repository', () => {
  describe(`when ${PARALLEL} bundled Actions sign their own tag at the same moment`, () => {
    it(`every run exits 0 and all ${PARALLEL} tags are present, as notary list and lookup see them`, async () => {
      const repo = await dockerRepository(sandbox, { prefix: 'race' });
      const images = await pushImages(repo);
      const secrets = await keySecrets(repo.ciKey, repo.ciPassphrase);

      const elapsed = stopwatch();
      const dirs = await Promise.all(images.map(() => makeTempDir()));
      const runs = await Promise.all(
        images.map((image, i) =>
          runBundledAction(
            dirs[i],
            actionInputs(sandbox, repo, {
              tags: `${repo.gun}:${tagName(i)}`,
              digest: image.digest,
            })
          )
        )
      );
      const seconds = elapsed.seconds();

      const retries = runs.map(
        (r) => r.stdout.match(/another publisher updated|lost it/g)?.length ?? 0
      );
      // read-backs that caught an accepted-then-lost upload (§1.7)
      const lostUpdatesCaught = runs
        .map(
          (r) => r.stdout.match(/accepted the upload but lost it/g)?.length ?? 0
        )
        .reduce((a, b) => a + b, 0);
      const survivors = await survivingTags(repo, images);
      const report = {
        runs: PARALLEL,
        exit0: runs.filter((r) => r.code === 0).length,
        tagsPresent: survivors.length,
        retriesPerRun: retries,
        mostAttemptsByOneRun: Math.max(...retries) + 1,
        lostUpdatesCaught,
        seconds,
      };
      console.log(
        `dct-sign, ${PARALLEL} parallel runs:`,
        JSON.stringify(report)
      );
      await writeReport({ dctSign: report });

      runs.forEach((run, i) => {
        expect(run.code, `${tagName(i)}:\n${run.transcript}`).toBe(0);
        expect(errorLines(run)).toEqual([]);
        expect(scanText(tagName(i), run.transcript, secrets.secrets)).toEqual(
          []
        );
        expect(
          scanFiles(dirs[i], secrets.secrets, secrets.scalar).hits
        ).toEqual([]);
      });
      // the race really happened: somebody had to retry
      expect(retries.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
      expect(survivors).toHaveLength(PARALLEL);
      // every tag is also in targets/ci (docker's signer role), and lookup
      // (which walks the delegation tree as docker pull would) finds it
      expect(
        await repo.notary.list(repo.gun, { roles: ['targets/ci'] })
      ).toHaveLength(PARALLEL);
      for (const [i, image] of images.entries()) {
        expect(await repo.notary.lookup(repo.gun, tagName(i))).toEqual({
          name: tagName(i),
          digest: image.digest.replace('sha256:', ''),
          size: image.size,
        });
      }
    });
  });

  describe(`when ${PARALLEL} real notary CLIs (addhash + publish) do the same`, () => {
    it('reports how many of their tags survive (for comparison; notary does not retry)', async () => {
      const repo = await dockerRepository(sandbox, { prefix: 'race-notary' });
      const images = await pushImages(repo);
      // as CI would run notary: each job its own trust dir holding the
      // delegation key (a copy of the one docker set the repository up with)
      const clis = await Promise.all(
        images.map(async (_, i) => {
          const dir = join(repo.tmp, `notary-${tagName(i)}`);
          await cp(repo.docker.trustDir, dir, { recursive: true });
          return NotaryCli.forSandbox(sandbox, dir, {
            passphrases: { delegation: repo.ciPassphrase },
          });
        })
      );

      const elapsed = stopwatch();
      const results = await Promise.all(
        clis.map(async (cli, i) => {
          const hex = images[i].digest.replace('sha256:', '');
          const add = await cli.run([
            'addhash',
            repo.gun,
            tagName(i),
            String(images[i].size),
            '--sha256',
            hex,
            '--roles',
            'targets/releases',
          ]);
          if (add.code !== 0) return add;
          return cli.run(['publish', repo.gun]);
        })
      );
      const seconds = elapsed.seconds();
      const survivors = await survivingTags(repo, images);
      const report = {
        runs: PARALLEL,
        exit0: results.filter((r) => r.code === 0).length,
        tagsPresent: survivors.length,
        failures: [
          ...new Set(
            results
              .filter((r) => r.code !== 0)
              .map(
                (r) =>
                  `${r.stderr}\n${r.stdout}`
                    .split('\n')
                    .map((l) => l.trim())
                    .filter(Boolean)
                    .pop() ?? `exit ${r.code}`
              )
          ),
        ],
        seconds,
      };
      console.log(
        `notary CLI, ${PARALLEL} parallel publishes:`,
        JSON.stringify(report)
      );
      await writeReport({ notaryCli: report });

      expect(survivors.length).toBeGreaterThanOrEqual(0);
      expect(survivors.length).toBeLessThanOrEqual(PARALLEL);
    });
  });
});
