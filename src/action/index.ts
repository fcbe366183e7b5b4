import { run } from './main.js';

// Entry of the Action (dist/index.js): everything lives in main.ts.
await run();
