#!/usr/bin/env node
// `npm run bench`: dct-sign's bundled Action side by side with the real
// notary 0.7 CLI against the project's own loopback sandbox (a real
// notary-server + registry), in one run. See docs/benchmark.md.
//
//   node scripts/bench.mjs [--runs 7] [--big 10000] [--cases 1,2,3,4,5]
//                          [--out bench-results] [--keep] [--node PATH --name N]
//                          [--topology memory|production]
//
// --topology production measures against notary-server on PostgreSQL with
// notary-signer (scripts/sandbox/start-production.sh); both tools talk to
// the same server. `npm run bench:production` runs cases 1 and 3 that way
// into bench-results/production/.
//
// Writes <out>/latest.md and <out>/latest.json (latest-<N>.* with --name).
// --node runs the Action (and the bare-node and CLI baselines) on that node;
// `npm run bench` runs once on this node (20) and once on Node 24, the
// runtime action.yml declares (scripts/node24.sh). Needs notary, notary-server,
// docker-registry and a docker CLI (scripts/sandbox/install-deps.sh), and a
// built dist/ (npm run build).
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import tls from 'node:tls';
import { gzipSync } from 'node:zlib';
import {
  analyzeTrace,
  dctPhases,
  medianPhases,
  stats,
} from './bench/analyze.mjs';
import { measure } from './bench/exec.mjs';
import { summarizeProfile } from './bench/profile.mjs';
import { startProxy } from './bench/proxy.mjs';
import { evaluateTargets, renderMarkdown } from './bench/report.mjs';
import { startSandbox, stopSandbox } from './bench/sandbox.mjs';
import { DctSign, NotaryTool, setupDockerRepos } from './bench/tools.mjs';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    big: { type: 'string', default: '10000' },
    batch: { type: 'string', default: '2500' },
    cases: { type: 'string', default: '1,2,3,4,5' },
    out: { type: 'string', default: 'bench-results' },
    keep: { type: 'boolean', default: false },
    // memory: notary-server with memory storage (start.sh); production:
    // notary-server on PostgreSQL + notary-signer (start-production.sh)
    topology: { type: 'string', default: 'memory' },
    node: { type: 'string', default: process.execPath },
    name: { type: 'string', default: '' },
  },
});
if (!['memory', 'production'].includes(opts.topology)) {
  process.stderr.write('bench: --topology must be memory or production\n');
  process.exit(2);
}
const NODE = opts.node;
const NODE_VERSION = execFileSync(NODE, ['--version'], {
  encoding: 'utf8',
}).trim();
const RUNS = Number(opts.runs);
const BIG = Number(opts.big);
const BATCH = Number(opts.batch);
const CASES = new Set(opts.cases.split(',').map((s) => s.trim()));
const LATENCY_MS = 50;

const log = (msg) =>
  process.stderr.write(
    `[bench ${((performance.now() - T0) / 1000).toFixed(1)}s] ${msg}\n`
  );
const T0 = performance.now();

// --- what is measured: a private copy of dist/ (others may rebuild it) -----
function snapshotDist(work) {
  const entry = join(ROOT, 'dist', 'index.js');
  // Another session may be rebuilding dist/ right now: give it a minute.
  for (let i = 0; i < 60 && !existsSync(entry); i++) {
    if (i === 0)
      log('dist/index.js missing: waiting up to 60 s for a build in progress');
    spawnSync('sleep', ['1']);
  }
  if (!existsSync(entry)) {
    log('dist/index.js still missing: running npm run build once');
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
  const copy = join(work, 'dist');
  cpSync(join(ROOT, 'dist'), copy, { recursive: true });
  const sha = (f) =>
    existsSync(f)
      ? createHash('sha256').update(readFileSync(f)).digest('hex')
      : null;
  const size = (f) => (existsSync(f) ? statSync(f).size : null);
  const gz = (f) => (existsSync(f) ? gzipSync(readFileSync(f)).length : null);
  const git = (...args) =>
    spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' }).stdout?.trim() ??
    '';
  const files = ['index.js', 'cli/index.js', 'post/index.js'].map((name) => ({
    name: `dist/${name}`,
    bytes: size(join(copy, name)),
    gzipBytes: gz(join(copy, name)),
  }));
  return {
    entry: join(copy, 'index.js'),
    cliEntry: join(copy, 'cli', 'index.js'),
    sha256: sha(join(copy, 'index.js')),
    gitHead: git('rev-parse', '--short', 'HEAD'),
    // a dist/ that differs from the commit was built from uncommitted src/
    distMatchesHead: git('status', '--porcelain', '--', 'dist/index.js') === '',
    files,
  };
}

/** The protocol the server picks when offered h2 and http/1.1 (TLS ALPN). */
function probeAlpn(url, ca) {
  const { hostname, port } = new URL(url);
  return new Promise((done) => {
    const socket = tls.connect(
      {
        host: hostname,
        port: Number(port),
        ca,
        ALPNProtocols: ['h2', 'http/1.1'],
      },
      () => {
        done(socket.alpnProtocol || 'none');
        socket.end();
      }
    );
    socket.on('error', (err) => done(`probe failed: ${err.message}`));
  });
}

function machineInfo() {
  const cpus = os.cpus();
  const notaryVersion =
    spawnSync('notary', ['version'], { encoding: 'utf8' }).stdout ?? '';
  const dpkg = spawnSync('dpkg-query', ['-W', '-f', '${Version}', 'notary'], {
    encoding: 'utf8',
  });
  const registry = spawnSync(
    'dpkg-query',
    ['-W', '-f', '${Version}', 'docker-registry'],
    {
      encoding: 'utf8',
    }
  );
  const docker =
    spawnSync('docker', ['--version'], { encoding: 'utf8' }).stdout ?? '';
  return {
    machine: {
      cpu: cpus[0]?.model?.trim() ?? 'unknown',
      cores: cpus.length,
      memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      loadAverageAtStart: os.loadavg().map((l) => Math.round(l * 100) / 100),
    },
    versions: {
      node: NODE_VERSION,
      notary:
        [
          dpkg.status === 0 && dpkg.stdout ? dpkg.stdout : null,
          /Go version:\s*(\S+)/.exec(notaryVersion)?.[1],
        ]
          .filter(Boolean)
          .join(', ') || notaryVersion.trim(),
      notaryVersionOutput: notaryVersion.trim(),
      dockerRegistry: registry.status === 0 ? registry.stdout : null,
      docker: docker.trim(),
      dctSign: JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
        .version,
    },
  };
}

// --- running pairs -----------------------------------------------------------

/**
 * One warm-up of each tool (discarded), then RUNS measured runs, dct-sign and
 * notary alternating so drift hits both. `dct(i)` / `notary(i)` start one run;
 * with `proxies` set, every run's requests are analysed too.
 */
async function pairRuns(label, { dct, notary, proxies, gun, repo }) {
  const out = { dct: [], notary: [] };
  for (let i = -1; i < RUNS; i++) {
    for (const [tool, start] of [
      ['dct', dct],
      ['notary', notary],
    ]) {
      const marks = proxies && [proxies.trust.mark(), proxies.registry.mark()];
      const run = await start(i);
      if (run.code !== undefined ? run.code !== 0 : !run.ok) {
        throw new Error(
          `${label}: ${tool} run ${i} failed\n${run.output ?? `${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`}`
        );
      }
      if (i < 0) continue;
      const row = { ms: run.ms, rssKiB: run.rssKiB, cpuMs: run.cpuMs };
      if (tool === 'dct') {
        row.firstLineMs = run.lines[0]?.at ?? null;
        row.phases = dctPhases(run);
        row.raw = run;
      } else {
        Object.assign(row, {
          addhashMs: run.addhashMs,
          publishMs: run.publishMs,
          publishRssKiB: run.publishRssKiB,
        });
      }
      if (proxies) {
        const timed = tool === 'dct' ? run : run.publish;
        row.trace = analyzeTrace({
          startedAt: timed.startedAt,
          endedAt: timed.endedAt,
          trust: proxies.trust.since(marks[0]),
          registry: proxies.registry.since(marks[1]),
          gun,
          repo,
        });
      }
      out[tool].push(row);
    }
    if (i >= 0)
      log(
        `${label}: run ${i + 1}/${RUNS} dct ${fmt(out.dct.at(-1).ms)} notary ${fmt(out.notary.at(-1).ms)}`
      );
  }
  return summarizePair(out);
}

const fmt = (ms) => `${Math.round(ms)} ms`;

function summarizePair({ dct, notary }) {
  const side = (rows) => ({
    ms: stats(rows.map((r) => r.ms)),
    rssKiB: stats(rows.map((r) => r.rssKiB)),
    cpuMs: stats(rows.map((r) => r.cpuMs)),
    runsMs: rows.map((r) => Math.round(r.ms * 10) / 10),
  });
  const result = {
    dct: {
      ...side(dct),
      firstLineMs: stats(dct.map((r) => r.firstLineMs)),
      phases: medianPhases(dct.map((r) => r.raw)),
    },
    notary: {
      ...side(notary),
      addhashMs: stats(notary.map((r) => r.addhashMs)),
      publishMs: stats(notary.map((r) => r.publishMs)),
      publishRssKiB: stats(notary.map((r) => r.publishRssKiB)),
    },
  };
  result.ratio = result.dct.ms.median / result.notary.ms.median;
  if (dct[0]?.trace) {
    result.dct.trace = dct[0].trace;
    result.notary.trace = notary[0].trace;
    result.dct.roundTripsInSequence = stats(
      dct.map((r) => r.trace.roundTripsInSequence)
    );
    result.notary.roundTripsInSequence = stats(
      notary.map((r) => r.trace.roundTripsInSequence)
    );
  }
  return result;
}

/** One extra run of each tool through the zero-latency proxies: requests, bytes, timeline. */
async function traceOnce(label, { dct, notary, proxies, gun, repo }) {
  const trace = {};
  for (const [tool, start] of [
    ['dct', dct],
    ['notary', notary],
  ]) {
    const marks = [proxies.trust.mark(), proxies.registry.mark()];
    const run = await start();
    if (run.code !== undefined ? run.code !== 0 : !run.ok) {
      throw new Error(
        `${label} trace: ${tool} failed\n${run.output ?? run.stdout.slice(-2000)}`
      );
    }
    const timed = tool === 'dct' ? run : run.publish;
    trace[tool] = analyzeTrace({
      startedAt: timed.startedAt,
      endedAt: timed.endedAt,
      trust: proxies.trust.since(marks[0]),
      registry: proxies.registry.since(marks[1]),
      gun,
      repo,
    });
    if (tool === 'dct') trace.dctPhases = dctPhases(run);
  }
  return trace;
}

/** One untimed dct-sign run under `node --cpu-prof`: its top functions by self time. */
async function profileOnce(label, start) {
  const dir = mkdtempSync(join(os.tmpdir(), 'dct-bench-prof-'));
  try {
    const run = await start(['--cpu-prof', '--cpu-prof-dir', dir]);
    if (run.code !== 0)
      throw new Error(
        `${label} profile run failed\n${run.stdout.slice(-2000)}`
      );
    return summarizeProfile(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// --- main ------------------------------------------------------------------------

const work = mkdtempSync(join(os.tmpdir(), 'dct-bench-'));
// PostgreSQL's OS user (production topology) must traverse the state dir
chmodSync(work, 0o711);
const sandboxDir = join(work, 'sandbox');
const results = {
  date: new Date().toISOString(),
  ...machineInfo(),
  settings: {
    runs: RUNS,
    warmUpRuns: 1,
    bigTargets: BIG,
    latencyMs: LATENCY_MS,
    topology: opts.topology,
  },
  cases: {},
};
let proxies;
// A crash or Ctrl-C must not leave the sandbox's servers running.
const abort = (why) => {
  log(`aborting (${why}): stopping the sandbox`);
  stopSandbox(sandboxDir, { keep: opts.keep, topology: opts.topology });
  process.exit(1);
};
process.once('SIGINT', () => abort('interrupted'));
process.once('SIGTERM', () => abort('terminated'));
process.once('uncaughtException', (err) => abort(err.stack ?? String(err)));
try {
  results.dist = snapshotDist(work);
  log(
    `measuring dist/index.js ${results.dist.sha256.slice(0, 12)} (git ${results.dist.gitHead}${results.dist.distMatchesHead ? '' : ', uncommitted build'})`
  );
  log(`starting the sandbox (${opts.topology} topology)`);
  const sandbox = startSandbox(sandboxDir, opts.topology);
  // Which HTTP versions the real notary-server offers: with HTTP/1.1 only,
  // parallel requests need parallel connections (one TLS handshake each).
  results.trustServerAlpn = await probeAlpn(
    sandbox.notaryServerUrl,
    sandbox.ca
  );
  proxies = {
    trust: await startProxy({
      name: 'trust',
      upstream: sandbox.notaryServerUrl,
      upstreamCa: sandbox.ca,
      tls: { cert: sandbox.tlsCert, key: sandbox.tlsKey },
    }),
    registry: await startProxy({
      name: 'registry',
      upstream: sandbox.registryUrl,
    }),
  };
  const id = randomBytes(3).toString('hex');
  const repoSmall = `bench/small-${id}`;
  const repoBig = `bench/big-${id}`;
  const gunSmall = `${sandbox.registryHost}/${repoSmall}`;
  const gunBig = `${sandbox.registryHost}/${repoBig}`;
  log(
    'docker trust key generate ci + docker trust signer add (2 repositories)'
  );
  const setup = await setupDockerRepos(sandbox, join(work, 'setup'), [
    repoSmall,
    repoBig,
  ]);
  const { digest, size } = setup.image;
  const dctWork = join(work, 'dct');
  mkdirSync(dctWork, { recursive: true });
  const dct = new DctSign({
    node: NODE,
    entry: results.dist.entry,
    work: dctWork,
    ciKeyPem: setup.ciKeyPem,
    ca: sandbox.ca,
  });
  const notary = new NotaryTool({
    work: join(work, 'notary'),
    trustDir: setup.trustDir,
    caFile: sandbox.notaryCaFile,
  });
  const direct = {
    trustServer: sandbox.notaryServerUrl,
    registryUrl: sandbox.registryUrl,
  };
  const proxied = {
    trustServer: proxies.trust.url,
    registryUrl: proxies.registry.url,
  };

  /** A pair of run starters signing `count` new tags into `gun`. */
  const signers = (gun, prefix, count, via) => ({
    dct: (i) =>
      dct.run({
        tags: Array.from(
          { length: count },
          (_, j) => `${gun}:${prefix}-dct-${i}-${j}`
        ),
        digest,
        ...via,
      }),
    notary: (i) =>
      notary.run({
        gun,
        tags: Array.from({ length: count }, (_, j) => `${prefix}-nt-${i}-${j}`),
        digest,
        size,
        server: via.trustServer,
      }),
  });
  const small = { gun: gunSmall, repo: repoSmall, proxies };
  const big = { gun: gunBig, repo: repoBig, proxies };

  if (CASES.has('1') || CASES.has('5')) {
    log('case 1: one tag, loopback');
    const c = await pairRuns('case 1', {
      ...signers(gunSmall, 'c1', 1, direct),
    });
    c.trace = await traceOnce('case 1', {
      ...small,
      ...signers(gunSmall, 'c1t', 1, proxied),
    });
    c.profile = await profileOnce('case 1', (nodeArgs) =>
      dct.run({ tags: [`${gunSmall}:c1p`], digest, ...direct, nodeArgs })
    );
    results.cases.case1 = c;
  }

  if (CASES.has('2')) {
    log(`case 2a: one tag, +${LATENCY_MS} ms per HTTP request`);
    proxies.trust.setLatency({ requestDelayMs: LATENCY_MS });
    proxies.registry.setLatency({ requestDelayMs: LATENCY_MS });
    results.cases.case2a = await pairRuns('case 2a', {
      ...small,
      ...signers(gunSmall, 'c2a', 1, proxied),
    });
    log(
      `case 2b: one tag, +${LATENCY_MS} ms per round trip (request, TCP connect, TLS handshake)`
    );
    const rtt = {
      requestDelayMs: LATENCY_MS,
      connectDelayMs: LATENCY_MS,
      tlsDelayMs: LATENCY_MS,
    };
    proxies.trust.setLatency(rtt);
    proxies.registry.setLatency(rtt);
    results.cases.case2b = await pairRuns('case 2b', {
      ...small,
      ...signers(gunSmall, 'c2b', 1, proxied),
    });
    proxies.trust.setLatency({});
    proxies.registry.setLatency({});
  }

  if (CASES.has('3')) {
    log(
      `case 3: building a ${BIG}-target role with dct-sign in batches of ${BATCH}`
    );
    const built = performance.now();
    const batches = [];
    for (let from = 0; from < BIG; from += BATCH) {
      const tags = [];
      for (let j = from; j < Math.min(BIG, from + BATCH); j++) {
        tags.push(`${gunBig}:t${String(j).padStart(5, '0')}`);
      }
      const r = await dct.run({ tags, digest, ...direct });
      if (r.code !== 0)
        throw new Error(
          `case 3 setup: batch at ${from} failed\n${r.stdout.slice(-3000)}`
        );
      batches.push({
        targetsBefore: from,
        tags: tags.length,
        ms: Math.round(r.ms),
        rssKiB: r.rssKiB,
      });
      log(
        `case 3 setup: ${from + tags.length}/${BIG} in ${fmt(r.ms)} (peak RSS ${Math.round((r.rssKiB ?? 0) / 1024)} MiB)`
      );
    }
    // oracle: the real notary CLI must see all of them
    const listDir = notary.freshTrustDir();
    const list = await notary.cli(sandbox.notaryServerUrl, listDir, [
      'list',
      gunBig,
      '--roles',
      'targets/releases',
    ]);
    const listed = list.stdout
      .split('\n')
      .filter((l) => /^t\d{5}\s/.test(l)).length;
    if (listed < BIG)
      throw new Error(
        `case 3 setup: notary list shows ${listed} of ${BIG} targets`
      );
    const setupInfo = {
      targets: listed,
      builtWith: `dct-sign Action, ${Math.ceil(BIG / BATCH)} runs of ≤${BATCH} tags`,
      ms: Math.round(performance.now() - built),
      batches,
    };
    log(`case 3: one tag into the ${listed}-target role`);
    const c = await pairRuns('case 3', { ...signers(gunBig, 'c3', 1, direct) });
    c.trace = await traceOnce('case 3', {
      ...big,
      ...signers(gunBig, 'c3t', 1, proxied),
    });
    c.profile = await profileOnce('case 3', (nodeArgs) =>
      dct.run({ tags: [`${gunBig}:c3p`], digest, ...direct, nodeArgs })
    );
    c.setup = setupInfo;
    results.cases.case3 = c;
  }

  if (CASES.has('4')) {
    log('case 4: 100 tags in one run');
    const c = await pairRuns('case 4', {
      ...signers(gunSmall, 'c4', 100, direct),
    });
    c.trace = await traceOnce('case 4', {
      ...small,
      ...signers(gunSmall, 'c4t', 100, proxied),
    });
    results.cases.case4 = c;
  }

  if (CASES.has('5')) {
    log('case 5: cold start and bundle size');
    const baseline = [];
    const baselineExit = [];
    const baselineRss = [];
    const cli = [];
    // the single executable, when `npm run build:sea` made one
    const { version } = JSON.parse(
      readFileSync(join(ROOT, 'package.json'), 'utf8')
    );
    const seaBin = join(ROOT, 'artifacts', `dct-sign-${version}-linux-x64`);
    const hasSea = existsSync(seaBin);
    if (!hasSea) log(`no ${seaBin}: npm run build:sea to measure it too`);
    const sea = [];
    for (let i = -1; i < RUNS; i++) {
      const b = await measure(NODE, ['-e', 'console.log("ready")']);
      const v = existsSync(results.dist.cliEntry)
        ? await measure(NODE, [results.dist.cliEntry, '--version'])
        : null;
      if (i < 0) continue;
      baseline.push(b.lines[0]?.at);
      baselineExit.push(b.ms);
      if (b.rssKiB) baselineRss.push(b.rssKiB);
      if (v?.code === 0) cli.push(v.lines[0]?.at);
      const x = hasSea ? await measure(seaBin, ['--version']) : null;
      if (x?.code === 0 && i >= 0) sea.push(x.lines[0]?.at);
    }
    const c1 = results.cases.case1;
    results.cases.case5 = {
      actionFirstLineMs: c1.dct.firstLineMs,
      actionFirstLineSource:
        'the case-1 runs: spawn → first stdout line of node dist/index.js',
      nodeBaselineMs: stats(baseline),
      nodeBaselineExitMs: stats(baselineExit),
      nodeBaselineRssKiB: stats(baselineRss),
      cliVersionMs: stats(cli),
      seaVersionMs: hasSea ? stats(sea) : null,
      seaBytes: hasSea ? statSync(seaBin).size : null,
      bundle: results.dist.files,
    };
  }
} catch (err) {
  results.error = err instanceof Error ? err.message : String(err);
  log(`FAILED: ${results.error}`);
  process.exitCode = 1;
} finally {
  await proxies?.trust.close();
  await proxies?.registry.close();
  log(opts.keep ? `sandbox kept in ${sandboxDir}` : 'stopping the sandbox');
  stopSandbox(sandboxDir, { keep: opts.keep, topology: opts.topology });
  if (!opts.keep) rmSync(work, { recursive: true, force: true });
}

results.totalSeconds = Math.round((performance.now() - T0) / 100) / 10;
results.machine.loadAverageAtEnd = os
  .loadavg()
  .map((l) => Math.round(l * 100) / 100);
results.targets = evaluateTargets(results);
const outDir = resolve(ROOT, opts.out);
mkdirSync(outDir, { recursive: true });
// raw runs (with full stdout) stay out of the JSON: medians, traces, phases go in
const json = JSON.stringify(
  results,
  (k, v) => (k === 'raw' ? undefined : v),
  2
);
const base = opts.name ? `latest-${opts.name}` : 'latest';
writeFileSync(join(outDir, `${base}.json`), `${json}\n`);
const md = renderMarkdown(JSON.parse(json));
writeFileSync(join(outDir, `${base}.md`), md);
process.stdout.write(md);
log(
  `wrote ${join(opts.out, `${base}.md`)} and ${base}.json in ${results.totalSeconds} s`
);
