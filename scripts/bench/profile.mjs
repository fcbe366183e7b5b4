// Summarise a V8 .cpuprofile (node --cpu-prof): self time per function, the
// bottom-up view that says where CPU went. Functions are named as in the
// bundle (ncc does not minify), with their line in dist/index.js.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** Top `limit` functions by self time in the one profile in `dir`, plus totals. */
export function summarizeProfile(dir, limit = 15) {
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) return null;
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const totals = new Map();
  let all = 0;
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const where = url ? `${basename(url)}:${lineNumber + 1}` : '';
    const key = `${functionName || '(anonymous)'}${where ? ` ${where}` : ''}`;
    totals.set(key, (totals.get(key) ?? 0) + us);
    all += us;
  }
  const top = [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([fn, us]) => ({
      fn,
      ms: Math.round(us / 100) / 10,
      share: Math.round((us / all) * 1000) / 10,
    }));
  return { sampledMs: Math.round(all / 1000), top };
}
