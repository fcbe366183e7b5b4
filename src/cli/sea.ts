import { processIO } from './io.js';
import { runCli } from './main.js';

// Entry of the single executable (npm run build:sea). Node 20's SEA runs one
// CommonJS script (nodejs/node: doc/api/single-executable-applications.md), so
// unlike index.ts this entry has no top-level await. In a SEA process argv[1]
// is the executable itself, as argv[1] is the script under node.
void runCli(process.argv.slice(2), processIO()).then((code) => {
  process.exitCode = code;
});
