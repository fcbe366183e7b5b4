import { run } from './main.js';

// Entry of the Action (dist/index.js): everything lives in main.ts.
await run();
// Everything run() starts is awaited and the workflow files are written
// synchronously or awaited, so leave now with run()'s exit code: a natural
// exit also tears the heap down, ~5-15 ms for a big role (docs/benchmark.md).
process.exit();
