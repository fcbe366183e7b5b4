// Issue #7's targets, judged on one bench run, and the Markdown report.

const MiB = 1024 * 1024;

/** [{name, value, unit, limit, pass, note}] for each target of issue #7. */
export function evaluateTargets(r) {
  const c = r.cases ?? {};
  const out = [];
  const add = (name, value, limit, unit, note = '', info = false) =>
    out.push({
      name,
      value: value ?? null,
      limit,
      unit,
      pass:
        value === null || value === undefined || Number.isNaN(value)
          ? null
          : value <= limit,
      note,
      ...(info ? { informational: true } : {}),
    });
  const t1 = c.case1?.trace;
  const t2 = c.case2a;
  // Floors: what no program started by node can beat, from this same run.
  const node = c.case5?.nodeBaselineExitMs?.median;
  const floor = (extraMs, notaryCase) => {
    const n = notaryCase?.notary?.ms?.median;
    if (node == null || n == null || extraMs == null) return '';
    const total = node + extraMs;
    return `floor: ${extraMs ? `bare node ${round(node, 0)} ms + ${round(extraMs, 0)} ms` : `bare node ${round(node, 0)} ms`} = ${round(total / n, 2)}× notary`;
  };
  if (t2) {
    add(
      'round trips in sequence, one tag (case 2a, median)',
      t2.dct.roundTripsInSequence?.median,
      3,
      '',
      `trust server only: ${t2.dct.trace?.trustRoundTripsInSequence}; notary: ${t2.notary.roundTripsInSequence?.median}`
    );
    add(
      'TLS handshakes to the trust server, one tag (case 2a)',
      t2.dct.trace?.trustTlsHandshakes,
      1,
      '',
      `TCP connections: ${t2.dct.trace?.trustConnections}; notary: ${t2.notary.trace?.trustTlsHandshakes}; ${r.trustServerAlpn === 'h2' ? 'the server speaks HTTP/2: one connection could carry every request' : `the server does not offer HTTP/2 (its ALPN answer to h2 + http/1.1: ${r.trustServerAlpn ?? '?'}), so requests in parallel need connections in parallel`}`
    );
  }
  if (t1) {
    add(
      'requests made twice, one tag (case 1 trace)',
      t1.dct.duplicates,
      0,
      '',
      'the read-back re-reading what was uploaded is not counted'
    );
    add(
      "requests, one tag ≤ notary's + read-back's (case 1 trace)",
      t1.dct.requests,
      t1.notary.requests + t1.dct.readBackRequests,
      '',
      `dct-sign: ${t1.dct.trustRequests} trust + ${t1.dct.registryRequests} registry, read-back ${t1.dct.readBackRequests}; notary: ${t1.notary.requests}`
    );
  }
  if (c.case1)
    add(
      'case 1 ratio (one tag, loopback)',
      c.case1.ratio,
      1.5,
      '×',
      floor(0, c.case1)
    );
  if (c.case2a)
    add(
      `case 2a ratio (+${r.settings.latencyMs} ms per request)`,
      c.case2a.ratio,
      0.45,
      '×',
      `${floor(3 * r.settings.latencyMs, c.case2a)} (3 round trips)`
    );
  if (c.case2b)
    add(
      `case 2b ratio (+${r.settings.latencyMs} ms per round trip incl. TCP + TLS)`,
      c.case2b.ratio,
      0.45,
      '×',
      'same target applied to the fuller latency model',
      true
    );
  if (c.case3) {
    add(
      `case 3 ratio (one tag into ${c.case3.setup?.targets ?? r.settings.bigTargets} targets)`,
      c.case3.ratio,
      0.5,
      '×',
      `${floor(c.case3.trace?.dct?.trustServerCriticalMs, c.case3)} (the server's own time on the reads, the upload and the read-back)`
    );
    add(
      'case 3 dct-sign peak RSS (median)',
      c.case3.dct.rssKiB.median / 1024,
      120,
      'MiB',
      `notary publish: ${round(c.case3.notary.publishRssKiB.median / 1024)} MiB; bare node: ${round(c.case5?.nodeBaselineRssKiB?.median / 1024)} MiB; dct-sign case 1: ${round(c.case1?.dct?.rssKiB?.median / 1024)} MiB`
    );
  }
  if (c.case4)
    add('case 4 ratio (100 tags, one publish)', c.case4.ratio, 0.2, '×');
  if (c.case5) {
    add(
      'cold start to first log line (median)',
      c.case5.actionFirstLineMs.median,
      150,
      'ms',
      `bare node baseline: ${round(c.case5.nodeBaselineMs.median)} ms`
    );
    const bundle = c.case5.bundle.find((f) => f.name === 'dist/index.js');
    add(
      'bundle dist/index.js',
      bundle?.bytes / MiB,
      2,
      'MiB',
      `gzip ${round(bundle?.gzipBytes / MiB, 2)} MiB`
    );
  }
  return out;
}

const round = (x, digits = 1) =>
  x === null || x === undefined || Number.isNaN(x)
    ? '–'
    : Number(x.toFixed(digits)).toString();
const ms = (s) =>
  s?.median == null
    ? '–'
    : `${round(s.median, 0)} ms (${round(s.min, 0)}–${round(s.max, 0)})`;
const mib = (s) => (s?.median == null ? '–' : `${round(s.median / 1024)} MiB`);
const verdict = (t) => (t.pass === null ? 'n/a' : t.pass ? 'PASS' : 'FAIL');

/** The report: header, the main table, targets, requests, where time goes, timelines. */
export function renderMarkdown(r) {
  const c = r.cases ?? {};
  const L = [];
  L.push(`# dct-sign benchmark`, '');
  L.push(
    `${r.date} · ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB, ${r.machine.os} · ` +
      `node ${r.versions.node} · notary ${r.versions.notary} (CLI and server) · docker-registry ${r.versions.dockerRegistry ?? '?'} · ` +
      `dct-sign ${r.versions.dctSign} (dist/index.js sha256 ${r.dist?.sha256?.slice(0, 12) ?? '?'}, git ${r.dist?.gitHead ?? '?'}${r.dist && !r.dist.distMatchesHead ? ', built from uncommitted changes' : ''}) · ` +
      `notary topology ${r.settings.topology ?? 'memory'}${r.settings.topology === 'production' ? ' (notary-server on PostgreSQL + notary-signer over mutual TLS)' : ' (memory storage, built-in signer)'} · ` +
      `${r.settings.runs} runs per case after 1 warm-up, median (min–max) · total ${r.totalSeconds} s · ` +
      `load average ${r.machine.loadAverageAtStart?.[0] ?? '?'} at start, ${r.machine.loadAverageAtEnd?.[0] ?? '?'} at end`,
    ''
  );
  if (r.error)
    L.push(
      `**The run failed:** \`${r.error.split('\n')[0]}\` (partial results below)`,
      ''
    );

  L.push(
    '| case | dct-sign | notary 0.7 | dct-sign / notary | target | | CPU (user+sys) dct-sign / notary |'
  );
  L.push('| --- | --- | --- | --- | --- | --- | --- |');
  const tgt = (name) => r.targets.find((t) => t.name.startsWith(name));
  const row = (label, k, targetName, limitText) => {
    const x = c[k];
    if (!x) return;
    const t = tgt(targetName);
    L.push(
      `| ${label} | ${ms(x.dct.ms)} | ${ms(x.notary.ms)} | ${round(x.ratio, 2)} | ${limitText} | ${t ? verdict(t) : ''} | ${round(x.dct.cpuMs?.median, 0)} / ${round(x.notary.cpuMs?.median, 0)} ms |`
    );
  };
  row('1. one tag, loopback', 'case1', 'case 1 ratio', '≤ 1.5');
  row(
    `2a. one tag, +${r.settings.latencyMs} ms per request`,
    'case2a',
    'case 2a ratio',
    '≤ 0.45'
  );
  row(
    `2b. one tag, +${r.settings.latencyMs} ms per round trip (request, TCP, TLS)`,
    'case2b',
    'case 2b ratio',
    '(≤ 0.45, info)'
  );
  row(
    `3. one tag into a ${c.case3?.setup?.targets ?? r.settings.bigTargets}-target role`,
    'case3',
    'case 3 ratio',
    '≤ 0.5'
  );
  if (c.case3) {
    const t = tgt('case 3 dct-sign peak RSS');
    L.push(
      `| 3. peak RSS | ${mib(c.case3.dct.rssKiB)} | ${mib(c.case3.notary.publishRssKiB)} (publish) | ${round(c.case3.dct.rssKiB.median / c.case3.notary.publishRssKiB.median, 2)} | dct-sign ≤ 120 MiB | ${verdict(t)} | |`
    );
  }
  row('4. 100 tags, one publish', 'case4', 'case 4 ratio', '≤ 0.2');
  if (c.case5) {
    const t = tgt('cold start');
    L.push(
      `| 5. cold start to first log line | ${ms(c.case5.actionFirstLineMs)} | (bare \`node -e\`: ${ms(c.case5.nodeBaselineMs)}) | | ≤ 150 ms | ${verdict(t)} | |`
    );
    for (const f of c.case5.bundle) {
      if (f.bytes === null) continue;
      const isMain = f.name === 'dist/index.js';
      L.push(
        `| 5. bundle ${f.name} | ${round(f.bytes / MiB, 2)} MiB (gzip ${round(f.gzipBytes / MiB, 2)}) | | | ${isMain ? '≤ 2 MiB' : ''} | ${isMain ? verdict(tgt('bundle')) : ''} | |`
      );
    }
    if (c.case5.cliVersionMs?.median != null)
      L.push(
        `| 5. CLI \`dist/cli/index.js --version\` to first line | ${ms(c.case5.cliVersionMs)} | | | | | |`
      );
    if (c.case5.seaVersionMs?.median != null)
      L.push(
        `| 5. single executable \`--version\` to first line (${round(c.case5.seaBytes / MiB, 1)} MiB) | ${ms(c.case5.seaVersionMs)} | | | | | |`
      );
  }
  L.push('');

  L.push(
    '## Targets (issue #7)',
    '',
    '| target | measured | limit | | note |',
    '| --- | --- | --- | --- | --- |'
  );
  for (const t of r.targets) {
    L.push(
      `| ${t.name}${t.informational ? ' *(info)*' : ''} | ${round(t.value, 2)}${t.unit && t.unit !== '×' ? ` ${t.unit}` : ''} | ${t.limit}${t.unit && t.unit !== '×' ? ` ${t.unit}` : ''} | ${verdict(t)} | ${t.note} |`
    );
  }
  L.push('');

  const traces = [
    ['1 (loopback)', c.case1?.trace?.dct, c.case1?.trace?.notary],
    ['2a (+latency per request)', c.case2a?.dct.trace, c.case2a?.notary.trace],
    [
      '2b (+latency per round trip)',
      c.case2b?.dct.trace,
      c.case2b?.notary.trace,
    ],
    ['3 (big role)', c.case3?.trace?.dct, c.case3?.trace?.notary],
    ['4 (100 tags)', c.case4?.trace?.dct, c.case4?.trace?.notary],
  ].filter(([, d, n]) => d && n);
  if (traces.length) {
    L.push('## Requests (one run of each, as the proxy saw them)', '');
    L.push(
      '| case | tool | requests (trust + registry) | read-back | in sequence | TCP conns / TLS handshakes (trust) | made twice | up / down bytes | network busy |'
    );
    L.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const [label, d, n] of traces) {
      for (const [tool, t] of [
        ['dct-sign', d],
        ['notary', n],
      ]) {
        L.push(
          `| ${label} | ${tool} | ${t.requests} (${t.trustRequests} + ${t.registryRequests}) | ${tool === 'dct-sign' ? t.readBackRequests : '–'} | ${t.roundTripsInSequence} | ${t.trustConnections} / ${t.trustTlsHandshakes} | ${t.duplicates} | ${t.uploadBytes} / ${t.downloadBytes} | ${round(t.networkBusyMs, 0)} of ${round(t.processMs, 0)} ms |`
        );
      }
    }
    L.push(
      '',
      'notary\'s numbers are for `notary publish` (`addhash` is offline). "In sequence" is only meaningful with added latency (2a/2b): on bare loopback a fast answer can end before its sibling is sent.',
      ''
    );
  }

  if (c.case3?.setup?.batches?.length) {
    L.push(
      `Building the case-3 role with dct-sign (${c.case3.setup.builtWith}): ` +
        c.case3.setup.batches
          .map(
            (b) =>
              `+${b.tags} onto ${b.targetsBefore} in ${round(b.ms / 1000)} s (${round(b.rssKiB / 1024, 0)} MiB)`
          )
          .join(', ') +
        '.',
      ''
    );
  }

  const phaseCases = [
    ['1', c.case1],
    ['2a', c.case2a],
    ['2b', c.case2b],
    ['3', c.case3],
    ['4', c.case4],
  ].filter(([, x]) => x?.dct.phases?.length);
  if (phaseCases.length) {
    L.push(
      "## Where dct-sign's time goes (median per phase, from its log lines)",
      ''
    );
    const names = [];
    for (const [, x] of phaseCases)
      for (const [n] of x.dct.phases) if (!names.includes(n)) names.push(n);
    L.push(`| phase | ${phaseCases.map(([k]) => `case ${k}`).join(' | ')} |`);
    L.push(`| --- | ${phaseCases.map(() => '---').join(' | ')} |`);
    for (const n of names) {
      L.push(
        `| ${n} | ${phaseCases
          .map(([, x]) => {
            const p = x.dct.phases.find(([m]) => m === n);
            return p ? `${round(p[1], 0)} ms` : '';
          })
          .join(' | ')} |`
      );
    }
    L.push(
      `| **total (median run)** | ${phaseCases.map(([, x]) => `**${round(x.dct.ms.median, 0)} ms**`).join(' | ')} |`
    );
    L.push(
      `| notary: addhash / publish | ${phaseCases.map(([, x]) => `${round(x.notary.addhashMs.median, 0)} / ${round(x.notary.publishMs.median, 0)} ms`).join(' | ')} |`
    );
    L.push(
      '',
      'A group is the time between `::group::X` and its `::endgroup::` as the lines reached the bench (stdout is a pipe, written synchronously).',
      ''
    );
  }

  for (const [label, t] of [
    [
      `dct-sign, case 2a (+${r.settings.latencyMs} ms per request)`,
      c.case2a?.dct.trace,
    ],
    [
      `notary publish, case 2a (+${r.settings.latencyMs} ms per request)`,
      c.case2a?.notary.trace,
    ],
    [
      `dct-sign, case 2b (+${r.settings.latencyMs} ms per round trip)`,
      c.case2b?.dct.trace,
    ],
  ]) {
    if (!t) continue;
    L.push(
      `### Timeline: ${label}`,
      '',
      'ms after process start. conn opened: when the proxy accepted the TCP connection (first request on it only; its connect / TLS delay comes after); start: request fully received; end: response fully sent; conn: client port.',
      '',
      '| conn opened | start | end | server | request | status | conn | bytes up / down |',
      '| ---: | ---: | ---: | --- | --- | --- | --- | --- |'
    );
    for (const e of t.timeline) {
      L.push(
        `| ${e.connOpened ?? ''} | ${e.start} | ${e.end} | ${e.server} | ${e.method} ${e.path} | ${e.status} | ${e.conn} | ${e.bytesIn} / ${e.bytesOut} |`
      );
    }
    L.push(`| | ${t.processMs} | | | (process exit) | | | |`, '');
  }
  for (const [k, x] of [
    ['1', c.case1],
    ['3', c.case3],
  ]) {
    const p = x?.profile;
    if (!p) continue;
    L.push(
      `### CPU profile: dct-sign, case ${k} (one untimed run, \`node --cpu-prof\`, ${p.sampledMs} ms sampled)`,
      '',
      '| function (bundle line) | self ms | share |',
      '| --- | ---: | ---: |'
    );
    for (const f of p.top) L.push(`| \`${f.fn}\` | ${f.ms} | ${f.share}% |`);
    L.push('');
  }
  L.push('Method and how to read this: docs/benchmark.md.', '');
  return L.join('\n');
}
