// Bundles the Action (src/action/index.ts -> dist/index.js, plus the post step)
// and the CLI (src/cli/index.ts -> dist/cli/index.js) with @vercel/ncc.
// dist/ is committed: the runner executes it as is (STYLE.md §1).
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';

const entries = [
  ['src/action/index.ts', 'dist'],
  ['src/action/post.ts', 'dist/post'],
  ['src/cli/index.ts', 'dist/cli'],
];

rmSync('dist', { recursive: true, force: true });
for (const [entry, out] of entries) {
  if (!existsSync(entry)) continue;
  execFileSync(
    'npx',
    [
      'ncc',
      'build',
      entry,
      '-o',
      out,
      '--source-map',
      '--license',
      'licenses.txt',
      '--quiet',
    ],
    { stdio: 'inherit' }
  );
}

// The CLI is an executable: give it a shebang and the x bit.
const cli = 'dist/cli/index.js';
if (existsSync(cli)) {
  const text = readFileSync(cli, 'utf8');
  if (!text.startsWith('#!'))
    writeFileSync(cli, `#!/usr/bin/env node\n${text}`);
  chmodSync(cli, 0o755);
}
