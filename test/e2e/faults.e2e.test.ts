import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushImage } from '../../scripts/sandbox/registry-push.mjs';
import type { PushedImage } from '../../scripts/sandbox/registry-push.d.mts';
import type { ActionRun } from './helpers/action.js';
import {
  STACK_FRAME,
  actionInputs,
  dockerRepository,
  errorLines,
  runBundledAction,
  type DockerRepository,
} from './helpers/docker-repo.js';
import {
  FAULT_KINDS,
  FaultProxy,
  type FaultKind,
} from './helpers/fault-proxy.js';
import { getSandbox, type SandboxConfig } from './helpers/sandbox.js';
import {
  keySecrets,
  scanFiles,
  scanText,
  type Secret,
} from './helpers/secrets.js';
import { makeTempDir } from './helpers/tmp.js';
import { stopwatch } from '../helpers/stopwatch.js';

// A fault-injecting proxy sits between the bundled Action and the real
// notary-server. For every request position of a clean run, and every fault
// kind, one run of the Action meets that fault. Each run must succeed or fail
// cleanly, and the repository must stay valid for the real notary CLI:
// never half-published.

/** Short per-request timeout for the runs, so `hang` costs seconds, not minutes. */
const TIMEOUT_SECONDS = '1.5';

type Outcome = 'ok' | 'failed' | 'failed-but-landed';

let sandbox: SandboxConfig;
let proxy: FaultProxy;
beforeAll(async () => {
  sandbox = getSandbox();
  proxy = await FaultProxy.start({
    upstream: sandbox.notaryServerUrl,
    caFile: sandbox.notaryCaFile,
  });
});
afterAll(() => proxy?.close());

/** Every tag of `role` as the real notary CLI reads it: name → hex digest. */
async function tagsOf(
  repo: DockerRepository,
  role: string
): Promise<Map<string, string>> {
  const listed = await repo.notary.list(repo.gun, { roles: [role] });
  return new Map(listed.map((t) => [t.name, `${t.digest}/${t.size}`]));
}

describe('faults between the Action and the notary-server', () => {
  it('survives or fails cleanly at every request position, for 503, reset, hang and a lost answer; notary always reads a valid repository', async () => {
    const repo = await dockerRepository(sandbox, { prefix: 'faults' });
    const key = await keySecrets(repo.ciKey, repo.ciPassphrase);
    const secrets: Secret[] = key.secrets;
    const images = new Map<FaultKind | 'clean', PushedImage>();
    for (const kind of ['clean', ...FAULT_KINDS] as const) {
      images.set(
        kind,
        await pushImage({
          registryUrl: sandbox.registryUrl,
          repo: repo.repo,
          tag: `img-${kind}`,
          content: `${repo.repo}:${kind}`,
        })
      );
    }
    const want = (image: PushedImage) =>
      `${image.digest.replace('sha256:', '')}/${image.size}`;
    const workDir = await makeTempDir();
    const run = (tag: string, image: PushedImage): Promise<ActionRun> =>
      runBundledAction(
        workDir,
        actionInputs(sandbox, repo, {
          'trust-server': proxy.url,
          tags: `${repo.gun}:${tag}`,
          digest: image.digest,
          'timeout-seconds': TIMEOUT_SECONDS,
        })
      );

    // A clean run through the proxy, on a repository that already has a tag
    // (the state every faulted run starts from), sets N.
    const clean = images.get('clean')!;
    const expected = new Map<string, string>();
    for (const tag of ['base', 'clean']) {
      proxy.reset();
      const r = await run(tag, clean);
      expect(r.code, r.transcript).toBe(0);
      expected.set(tag, want(clean));
    }
    // Files fetched by hash (snapshot, delegations) change name as the
    // repository changes; a request is named by its shape.
    const shape = (q?: { method: string; path: string }) =>
      `${q?.method} ${q?.path.replace(/\.[0-9a-f]{64}\.json$/, '.<sha256>.json')}`;
    const sequence = proxy.requests.map(shape);
    const n = sequence.length;
    console.log(`a clean run makes ${n} requests:\n  ${sequence.join('\n  ')}`);
    expect(proxy.requests.every((q) => q.status === 200)).toBe(true);
    expect(sequence.filter((s) => s.startsWith('POST'))).toHaveLength(1);

    const matrix: Record<string, Outcome[]> = {};
    const failures: string[] = [];
    /** fault kinds whose final error does not name the server (host:port) */
    const unnamedServer = new Set<FaultKind>();
    const elapsed = stopwatch();
    for (const kind of FAULT_KINDS) {
      matrix[kind] = [];
      for (let position = 1; position <= n; position++) {
        const tag = `${kind}-${position}`;
        const image = images.get(kind)!;
        proxy.reset({ position, kind });
        const r = await run(tag, image);
        const where = `${kind} at request ${position} (${sequence[position - 1]})`;
        const faulted = proxy.requests[position - 1];

        // the fault really hit the request we meant; requests of one round
        // are concurrent, so two of them may arrive in either order
        expect(faulted?.fault, where).toBe(kind);
        expect(faulted?.method, where).toBe(
          sequence[position - 1].split(' ')[0]
        );
        expect(sequence, where).toContain(shape(faulted));
        expect([0, 1], `${where}\n${r.transcript}`).toContain(r.code);
        expect(r.transcript, where).not.toMatch(STACK_FRAME);
        expect(scanText(where, r.transcript, secrets), where).toEqual([]);

        // the repository as the real notary CLI sees it: valid, both roles
        // updated together or not at all, every earlier tag intact
        const releases = await tagsOf(repo, 'targets/releases');
        const ci = await tagsOf(repo, 'targets/ci');
        expect([...ci.entries()].sort(), where).toEqual(
          [...releases.entries()].sort()
        );
        for (const [t, d] of expected)
          expect(releases.get(t), `${where}: ${t}`).toBe(d);
        const landed = releases.get(tag);
        if (landed !== undefined) expect(landed, where).toBe(want(image));

        if (r.code === 0) {
          expect(errorLines(r), where).toEqual([]);
          expect(landed, `${where}: exit 0 but not published`).toBeDefined();
          matrix[kind].push('ok');
        } else {
          // one annotation that names the request (method and path) and
          // what went wrong with it
          const errors = errorLines(r);
          expect(errors, `${where}\n${r.transcript}`).toHaveLength(1);
          expect(errors[0], where).toMatch(
            /(GET|POST) (http:\/\/127\.0\.0\.1:\d+)?\/v2\/\S+: /
          );
          if (!errors[0].includes(proxy.url.replace('http://', '')))
            unnamedServer.add(kind);
          failures.push(`${where}: ${errors[0]}`);
          matrix[kind].push(landed ? 'failed-but-landed' : 'failed');
        }
        if (landed !== undefined) expected.set(tag, landed);
      }
    }
    const seconds = elapsed.seconds();

    const symbol = { ok: '.', failed: 'F', 'failed-but-landed': 'L' };
    console.log(
      [
        `fault matrix (${n} positions × ${FAULT_KINDS.length} kinds, ${seconds} s; . ok, F failed cleanly, L failed but landed):`,
        `  position     ${sequence.map((_, i) => String(i + 1).padStart(2)).join(' ')}`,
        ...FAULT_KINDS.map(
          (k) =>
            `  ${k.padEnd(12)} ${matrix[k].map((o) => symbol[o].padStart(2)).join(' ')}`
        ),
        ...failures.map((f) => `  ${f}`),
        `  errors without the server's host:port: ${[...unnamedServer].join(', ') || 'none'}`,
      ].join('\n')
    );

    // every output and summary file the runs left in RUNNER_TEMP
    expect(scanFiles(workDir, secrets, key.scalar).hits).toEqual([]);

    // Faults on reads are retried (GET/HEAD: bounded, jittered backoff), so
    // only the upload itself may fail, and only cleanly.
    for (const kind of FAULT_KINDS) {
      sequence.forEach((request, i) => {
        if (!request.startsWith('POST'))
          expect(matrix[kind][i], `${kind} at ${request}`).toBe('ok');
      });
    }
  });
});
