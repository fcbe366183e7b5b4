// `npm run build:sea`: the CLI as one Linux x64 executable that needs no Node
// installed, with Node's single executable applications (SEA):
//   1. bundle src/cli/sea.ts into one CommonJS file (Node 20's SEA runs
//      CommonJS only; dist/cli/index.js is an ES module),
//   2. node --experimental-sea-config turns it into a blob,
//   3. postject injects the blob into a copy of the running node binary.
// The result is the node binary plus the blob, nothing else: building twice
// with the same node binary and commit gives the same bytes (no code cache
// or snapshot, whose bytes V8 does not promise to repeat).
//
//   node scripts/build-sea.mjs [--out artifacts]
//
// Writes <out>/dct-sign-<version>-linux-x64. <out>/.sea holds the
// intermediate files.
import ncc from '@vercel/ncc';
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { inject } from 'postject';

// The fuse string Node's binary carries for SEA (doc/api/single-executable-applications.md).
const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

const { values: opts } = parseArgs({
  options: { out: { type: 'string', default: 'artifacts' } },
});
if (process.platform !== 'linux' || process.arch !== 'x64') {
  console.error(
    `build-sea: builds the linux-x64 binary only; this is ${process.platform}-${process.arch}`
  );
  process.exit(1);
}

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const out = resolve(opts.out);
const work = join(out, '.sea');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

// 1. one CommonJS file (ncc picks ESM from "type": "module" unless told)
const { code } = await ncc(resolve('src/cli/sea.ts'), {
  esm: false,
  sourceMap: false,
  quiet: true,
});
// Paths relative to work/: the blob records the main script's path, and an
// absolute one would make the bytes depend on where the checkout is.
writeFileSync(join(work, 'dct-sign.cjs'), code);

// 2. the blob
writeFileSync(
  join(work, 'sea-config.json'),
  JSON.stringify({
    main: 'dct-sign.cjs',
    output: 'dct-sign.blob',
    disableExperimentalSEAWarning: true,
    useSnapshot: false,
    useCodeCache: false,
  })
);
execFileSync(
  process.execPath,
  ['--experimental-sea-config', 'sea-config.json'],
  {
    cwd: work,
    stdio: ['ignore', 'ignore', 'inherit'],
  }
);

// 3. node binary + blob
const bin = join(out, `dct-sign-${version}-linux-x64`);
rmSync(bin, { force: true });
copyFileSync(process.execPath, bin);
chmodSync(bin, 0o755);
await inject(bin, 'NODE_SEA_BLOB', readFileSync(join(work, 'dct-sign.blob')), {
  sentinelFuse: SEA_FUSE,
});
console.log(`${bin}: node ${process.version} + src/cli/sea.ts`);
