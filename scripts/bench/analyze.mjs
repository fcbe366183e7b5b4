// Numbers from raw runs: medians, the request trace of one run (as the proxy
// saw it), and where the time of a dct-sign run went (from its log lines).

/** {median, min, max, n} of finite numbers; nulls when there are none. */
export function stats(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return { median: null, min: null, max: null, n: 0 };
  const mid = Math.floor(v.length / 2);
  const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  return { median, min: v[0], max: v[v.length - 1], n: v.length };
}

/**
 * Longest chain of requests in which each starts only after the previous one
 * has ended: the round trips a client waits for one after another. Read it
 * from a run with added latency, where requests sent together overlap
 * clearly (on bare loopback a fast answer can end before its sibling starts).
 */
export function sequentialDepth(entries) {
  const sorted = [...entries].sort((a, b) => a.start - b.start);
  const depth = [];
  let best = 0;
  sorted.forEach((e, i) => {
    let d = 1;
    for (let j = 0; j < i; j++) {
      if (sorted[j].end <= e.start) d = Math.max(d, depth[j] + 1);
    }
    depth.push(d);
    best = Math.max(best, d);
  });
  return best;
}

/** The length of the union of request intervals: time with a request in flight. */
function busyTime(entries) {
  const sorted = [...entries].sort((a, b) => a.start - b.start);
  let total = 0;
  let [from, to] = [NaN, NaN];
  for (const e of sorted) {
    if (!(e.start <= to)) {
      if (Number.isFinite(to)) total += to - from;
      [from, to] = [e.start, e.end];
    } else to = Math.max(to, e.end);
  }
  if (Number.isFinite(to)) total += to - from;
  return total;
}

/** `/v2/<gun>/_trust/tuf/targets/ci.json` → `targets/ci.json`, manifests shortened. */
function shortPath(server, path, gun, repo) {
  if (server === 'trust') {
    const prefix = `/v2/${gun}/_trust/tuf/`;
    return path.startsWith(prefix)
      ? path.slice(prefix.length) || '(upload)'
      : path;
  }
  const p = path.replace(`/v2/${repo}/`, '');
  return p.replace(/(sha256:[0-9a-f]{8})[0-9a-f]+/, '$1…');
}

/**
 * What the proxies saw during one process: `trust` / `registry` are
 * proxy.since(mark) results, `startedAt` the process's spawn time.
 */
export function analyzeTrace({
  startedAt,
  endedAt,
  trust,
  registry,
  gun,
  repo,
}) {
  // A request that opened its connection waited for the set-up too: it
  // starts, for the chain of round trips, when the connection was accepted.
  const tag = (server) => (e) => ({
    ...e,
    server,
    received: e.start,
    start: e.connOpenedAt ?? e.start,
  });
  const all = [
    ...trust.entries.map(tag('trust')),
    ...(registry?.entries ?? []).map(tag('registry')),
  ].sort((a, b) => a.start - b.start);
  const trustOnly = all.filter((e) => e.server === 'trust');
  const upload = trustOnly.find((e) => e.method === 'POST');
  // A request is "made twice" when the same method + path recurs within one
  // phase: before the upload, or within the read-back after it (the read-back
  // re-reading what it just uploaded is its purpose, not a repeat).
  const repeats = (list) => {
    const keys = list.map((e) => `${e.server} ${e.method} ${e.path}`);
    return keys.length - new Set(keys).size;
  };
  const duplicates = upload
    ? repeats(all.filter((e) => e.start < upload.end)) +
      repeats(all.filter((e) => e.start >= upload.end))
    : repeats(all);
  const rel = (t) => Math.round((t - startedAt) * 10) / 10;
  return {
    requests: all.length,
    trustRequests: trustOnly.length,
    registryRequests: all.length - trustOnly.length,
    readBackRequests: upload
      ? trustOnly.filter((e) => e.start >= upload.end).length
      : 0,
    duplicates,
    trustConnections: trust.connections,
    trustTlsHandshakes: trust.handshakes,
    registryConnections: registry?.connections ?? 0,
    roundTripsInSequence: sequentialDepth(all),
    trustRoundTripsInSequence: sequentialDepth(trustOnly),
    uploadBytes: upload?.bytesIn ?? 0,
    downloadBytes: all.reduce((s, e) => s + e.bytesOut, 0),
    processMs: Math.round((endedAt - startedAt) * 10) / 10,
    firstRequestAt: all.length ? rel(all[0].start) : null,
    lastResponseAt: all.length ? rel(Math.max(...all.map((e) => e.end))) : null,
    networkBusyMs: Math.round(busyTime(all) * 10) / 10,
    trustServerCriticalMs: serverCriticalTime(trustOnly, upload),
    timeline: all.map((e) => ({
      server: e.server,
      method: e.method,
      path: shortPath(e.server, e.path, gun, repo),
      status: e.status,
      conn: e.conn,
      connOpened: e.connOpenedAt === null ? null : rel(e.connOpenedAt),
      start: rel(e.received),
      end: rel(e.end),
      bytesIn: e.bytesIn,
      bytesOut: e.bytesOut,
    })),
  };
}

/**
 * The trust server's own time on the critical path, as the proxy saw it: the
 * span of the reads before the upload, the upload (request fully received →
 * answered), and the span of the reads after it. No client can finish sooner
 * than this plus its own start-up: the floor of the case.
 */
function serverCriticalTime(trustOnly, upload) {
  if (!upload) return null;
  const span = (list) =>
    list.length
      ? Math.max(...list.map((e) => e.end)) -
        Math.min(...list.map((e) => e.received))
      : 0;
  const before = trustOnly.filter(
    (e) => e !== upload && e.end <= upload.received
  );
  const after = trustOnly.filter(
    (e) => e !== upload && e.received >= upload.end
  );
  return (
    Math.round(
      (span(before) + (upload.end - upload.received) + span(after)) * 10
    ) / 10
  );
}

/**
 * Where one dct-sign run spent its time, from the arrival of its log lines:
 * `start → first output` (cold start), `first output → first group` (inputs,
 * key decryption), one entry per `::group::NAME` … `::endgroup::`, time
 * between groups, and `last output → exit`. Returns [[phase, ms], …].
 */
export function dctPhases(run) {
  const phases = [];
  const lines = run.lines;
  if (lines.length === 0) return [['no output', run.ms]];
  phases.push(['process start → first log line', lines[0].at]);
  let cursor = lines[0].at;
  let open = null;
  let seenGroup = false;
  for (const { at, text } of lines) {
    const g = /^::group::(.*)$/.exec(text);
    if (g) {
      phases.push([
        seenGroup
          ? 'between groups'
          : 'first log line → first group (inputs, key)',
        at - cursor,
      ]);
      seenGroup = true;
      open = g[1]
        .replace(/ of \S+$| to \S+$/, '')
        .replace(/\d+ tag\(s\)/, 'N tag(s)');
      cursor = at;
    } else if (text === '::endgroup::' && open) {
      phases.push([open, at - cursor]);
      open = null;
      cursor = at;
    }
  }
  phases.push(['last group → exit', run.ms - cursor]);
  // merge repeated names (several GUNs, or several "between groups")
  const merged = new Map();
  for (const [name, ms] of phases)
    merged.set(name, (merged.get(name) ?? 0) + ms);
  return [...merged];
}

/** Median per phase over several runs' dctPhases(), keeping the first run's order. */
export function medianPhases(runs) {
  const order = [];
  const values = new Map();
  for (const run of runs) {
    for (const [name, ms] of dctPhases(run)) {
      if (!values.has(name)) {
        values.set(name, []);
        order.push(name);
      }
      values.get(name).push(ms);
    }
  }
  return order.map((name) => [name, stats(values.get(name)).median]);
}
