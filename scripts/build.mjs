// Bundles the Action (src/action/index.ts -> dist/index.js, plus the post step)
// and the CLI (src/cli/index.ts -> dist/cli/index.js) with @vercel/ncc.
// dist/ is committed: the runner executes it as is (STYLE.md §1).
// The build goes to a temporary directory that replaces dist/ at the end, so
// dist/ never disappears mid-build (a benchmark or test may be running it).
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';

const out = 'dist.building';
const entries = [
  ['src/action/index.ts', out],
  ['src/action/post.ts', `${out}/post`],
  ['src/cli/index.ts', `${out}/cli`],
];

rmSync(out, { recursive: true, force: true });
for (const [entry, dir] of entries) {
  execFileSync(
    'npx',
    [
      'ncc',
      'build',
      entry,
      '-o',
      dir,
      '--source-map',
      // No source-map-support at start-up (~5 ms of every run, and every
      // stack formatted through a 2 MB map); `node --enable-source-maps`
      // maps stacks to src/ when wanted (README, Troubleshooting).
      '--no-source-map-register',
      '--license',
      'licenses.txt',
      '--quiet',
    ],
    { stdio: 'inherit' }
  );
}

// The CLI is an executable: give it a shebang and the x bit.
const cli = `${out}/cli/index.js`;
if (existsSync(cli)) {
  const text = readFileSync(cli, 'utf8');
  if (!text.startsWith('#!'))
    writeFileSync(cli, `#!/usr/bin/env node\n${text}`);
  chmodSync(cli, 0o755);
}

rmSync('dist', { recursive: true, force: true });
renameSync(out, 'dist');
