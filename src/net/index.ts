// net/: HTTP plumbing shared by notary/ and registry/: the Transport port, the
// default node:https implementation, token auth, and the error classes.
export { createNodeTransport, describeURL } from './transport.js';
export type {
  HttpRequest,
  HttpResponse,
  Transport,
  NodeTransportOptions,
} from './transport.js';
export { withTokenAuth, isLoopback } from './auth.js';
export type { Credentials, TokenAuthOptions } from './auth.js';
export { parseChallenges } from './challenge.js';
export type { Challenge } from './challenge.js';
export { withRetries } from './retry.js';
export { ProxyConfigError, proxyFor, parseProxyURL } from './proxy.js';
export type { ProxyConfig, ProxyRoute } from './proxy.js';
export type { RetryOptions } from './retry.js';
export * from './errors.js';
