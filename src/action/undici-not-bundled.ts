// The Action's bundles map the package `undici` to this file (tsconfig.json
// "paths", which ncc applies when bundling).
//
// Why: @actions/core imports @actions/http-client (for OIDC tokens), and
// http-client imports undici (~900 KB) for a single use: the ProxyAgent behind
// HttpClient.getAgentDispatcher(), a helper for fetch-based clients such as
// Octokit. Nothing in our dependency tree calls it (the unit test
// test/unit/action/undici-not-bundled.test.ts checks this on every run), yet
// evaluating undici cost ~45 ms of every run's start-up, about a fifth of
// signing one tag (docs/benchmark.md). Requests from @actions/cache go through
// node:http and tunnel, not undici.
export class ProxyAgent {
  constructor() {
    throw new Error(
      'dct-sign: undici is not bundled; HttpClient.getAgentDispatcher() is unavailable'
    );
  }
}
