import { processIO } from './io.js';
import { runCli } from './main.js';

// Entry of the `dct-sign` binary: everything else lives in main.ts.
const code = await runCli(process.argv.slice(2), processIO());
process.exitCode = code;
