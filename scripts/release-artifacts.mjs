// `npm run release:artifacts`: everything a release attaches, built from the
// committed dist/ and src/ into one git-ignored folder:
//   artifacts/dct-sign-<version>.tgz           npm pack (installs with Node alone)
//   artifacts/dct-sign-<version>-linux-x64     the single executable (build-sea.mjs)
//   artifacts/SHA256SUMS                       `sha256sum -c` checks both
// Building twice from one commit with the same node and npm gives the same
// bytes (README, "Verify a download"); the release workflow relies on it.
//
//   node scripts/release-artifacts.mjs [--out artifacts]
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values: opts } = parseArgs({
  options: { out: { type: 'string', default: 'artifacts' } },
});
const out = resolve(opts.out);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// The tarball packs the committed dist/cli as it is: package.json has no
// lifecycle script that would rebuild it (test/unit/docs/package.test.ts).
execFileSync('npm', ['pack', '--pack-destination', out, '--silent'], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
execFileSync(process.execPath, ['scripts/build-sea.mjs', '--out', out], {
  stdio: 'inherit',
});
rmSync(join(out, '.sea'), { recursive: true, force: true });

const files = readdirSync(out).sort();
const sums = files.map((f) => {
  const hash = createHash('sha256').update(readFileSync(join(out, f)));
  return `${hash.digest('hex')}  ${f}\n`;
});
writeFileSync(join(out, 'SHA256SUMS'), sums.join(''));
process.stdout.write(sums.join(''));
