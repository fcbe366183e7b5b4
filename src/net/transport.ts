import * as http from 'node:http';
import * as https from 'node:https';
import { createSecureContext, rootCertificates } from 'node:tls';
import {
  NetworkError,
  RedirectError,
  ResponseTooLargeError,
} from './errors.js';
import {
  checkProxyConfig,
  proxyFor,
  type ProxyConfig,
  type ProxyRoute,
} from './proxy.js';
import { TunnelAgent } from './tunnel.js';

/** One HTTP request. Bodies are bytes; headers are lower- or mixed-case. */
export interface HttpRequest {
  method: 'GET' | 'HEAD' | 'POST' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  body?: Uint8Array;
  /** Abort when the body exceeds this many bytes (default 10 MiB). */
  maxBytes?: number;
  /** Per-request timeout in ms (connect + full response); default from the transport. */
  timeoutMs?: number;
}

/** A complete response; `headers` keys are lower case. */
export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array;
}

/**
 * The I/O port of every network layer (tuf-js fetcher.ts, tough transport.rs):
 * tests inject an in-memory fake; production uses {@link createNodeTransport}.
 */
export interface Transport {
  request(req: HttpRequest): Promise<HttpResponse>;
  /** Counts requests made, for the audit trail and the benchmark. */
  readonly requestCount?: number;
  close?(): void;
}

/** Options of the default node:http(s) transport. */
export interface NodeTransportOptions {
  /** Extra CA certificates (PEM) to trust, e.g. a self-hosted notary's CA. */
  ca?: string;
  /**
   * The origin `ca` belongs to (the trust server). Connections to it trust
   * `ca` alone, a pin; other https origins (registry, token service) trust it
   * next to the system roots. Without it, every origin trusts both.
   */
  caOrigin?: string;
  /** Default timeout per request in ms (default 30 s). */
  timeoutMs?: number;
  userAgent?: string;
  /**
   * The certificates of NODE_EXTRA_CA_CERTS (e.g. a TLS-inspecting proxy's
   * CA), which node trusts by default: kept next to `ca` for the origins
   * that trust the system roots too. Never used for the pinned origin.
   */
  extraCA?: string[];
  /** HTTP(S) proxies, as the glue read them from the environment. */
  proxy?: ProxyConfig;
}

const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * node:http(s) transport with keep-alive agents, so a run pays one TCP + TLS
 * handshake per host (notary 0.7 disables keep-alive and pays one per request).
 * Redirects are refused, bodies are size-capped, timeouts are enforced.
 */
export function createNodeTransport(
  options: NodeTransportOptions = {}
): Transport {
  if (options.proxy) checkProxyConfig(options.proxy);
  const httpAgent = new http.Agent(KEEP_ALIVE);
  const proxyAgent = new http.Agent(KEEP_ALIVE);
  const agents = httpsAgents(options);
  let count = 0;
  return {
    get requestCount() {
      return count;
    },
    request(req) {
      count++;
      // Cannot throw: the proxy URLs were checked when the transport was made.
      const route =
        options.proxy && URL.canParse(req.url)
          ? proxyFor(new URL(req.url), options.proxy)
          : undefined;
      const agent = req.url.startsWith('https:')
        ? agents.forURL(req.url, route)
        : route
          ? proxyAgent
          : httpAgent;
      return send(req, agent, options, route);
    },
    close() {
      httpAgent.destroy();
      proxyAgent.destroy();
      agents.destroy();
    },
  };
}

const KEEP_ALIVE = { keepAlive: true, maxSockets: 8 };

/**
 * The https agents, one secure context each, made on first use. A private CA
 * with system roots costs ~25 ms of certificate parsing (node parses the ~140
 * roots again for `ca: [...rootCertificates, ca]`); a context with the private
 * CA alone costs ~1 ms. So the trust server, the origin the CA is for, gets the
 * cheap pinned context, and the combined one is built only if another https
 * origin is contacted.
 */
function httpsAgents(options: NodeTransportOptions) {
  const made = new Map<string, https.Agent>();
  const { ca } = options;
  const contexts = {
    system: () => undefined,
    // `ca` as an option replaces node's default store (system roots and
    // NODE_EXTRA_CA_CERTS), so both are added back; node 20 has no API that
    // lists the extra certificates, so the glue reads that file for us.
    extended: () =>
      createSecureContext({
        ca: [...rootCertificates, ...(options.extraCA ?? []), ca ?? ''],
      }),
    pinned: () => createSecureContext({ ca: ca ?? '' }),
  };
  const agent = (kind: keyof typeof contexts, route?: ProxyRoute) => {
    const name = `${kind} ${route?.display ?? 'direct'}`;
    let found = made.get(name);
    if (!found) {
      const secureContext = contexts[kind]();
      const agentOptions = secureContext
        ? { ...KEEP_ALIVE, secureContext }
        : KEEP_ALIVE;
      found = route
        ? new TunnelAgent(agentOptions, route)
        : new https.Agent(agentOptions);
      made.set(name, found);
    }
    return found;
  };
  const pinnedOrigin = options.caOrigin && originOf(options.caOrigin);
  return {
    forURL(url: string, route?: ProxyRoute): https.Agent {
      if (ca === undefined) return agent('system', route);
      return agent(
        pinnedOrigin && originOf(url) === pinnedOrigin ? 'pinned' : 'extended',
        route
      );
    },
    destroy: () => made.forEach((a) => a.destroy()),
  };
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** Host and path of a URL without userinfo or query, for error messages. */
export function describeURL(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return '<invalid URL>';
  }
}

function send(
  req: HttpRequest,
  agent: http.Agent,
  options: NodeTransportOptions,
  route?: ProxyRoute
): Promise<HttpResponse> {
  const maxBytes = req.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeoutMs = req.timeoutMs ?? options.timeoutMs ?? 30_000;
  const where = `${req.method} ${describeURL(req.url)}`;
  // Checked here: node's request() throws synchronously for other schemes.
  const protocol = URL.canParse(req.url) ? new URL(req.url).protocol : '';
  if (protocol !== 'http:' && protocol !== 'https:') {
    return Promise.reject(
      new NetworkError(
        `${where}: not an http(s) URL; use https://host[:port]`,
        false
      )
    );
  }
  const lib = protocol === 'https:' ? https : http;
  const headers: Record<string, string> = { ...req.headers };
  if (options.userAgent) headers['user-agent'] ??= options.userAgent;
  if (req.body) headers['content-length'] = String(req.body.length);

  return new Promise<HttpResponse>((resolve, reject) => {
    let done = false;
    // eslint-disable-next-line prefer-const -- fail() may run before it is assigned
    let request: http.ClientRequest | undefined;
    const fail = (err: Error) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      request?.destroy();
      reject(err);
    };
    const timer = setTimeout(
      () =>
        fail(
          new NetworkError(`${where}: no answer within ${timeoutMs} ms`, true)
        ),
      timeoutMs
    );
    request = lib.request(
      ...target(req, headers, agent, protocol, route),
      (res) => {
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400) {
          res.resume();
          fail(
            new RedirectError(
              `${where}: the server redirected (${status}); refusing to follow redirects`
            )
          );
          return;
        }
        // A HEAD answer's Content-Length describes the GET body; it has none itself.
        const declared =
          req.method === 'HEAD'
            ? NaN
            : Number(res.headers['content-length'] ?? NaN);
        if (declared > maxBytes) {
          fail(
            new ResponseTooLargeError(
              `${where}: response of ${declared} bytes exceeds the ${maxBytes}-byte limit`
            )
          );
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) {
            fail(
              new ResponseTooLargeError(
                `${where}: response exceeds the ${maxBytes}-byte limit`
              )
            );
            return;
          }
          chunks.push(chunk);
        });
        res.on('error', (err) =>
          fail(
            new NetworkError(`${where}: ${err.message}`, true, { cause: err })
          )
        );
        res.on('end', () => {
          if (done) return;
          done = true;
          clearTimeout(timer);
          const flat: Record<string, string> = {};
          for (const [k, v] of Object.entries(res.headers)) {
            if (v !== undefined)
              flat[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
          }
          // A plain Uint8Array view of the one concatenated copy.
          const body = Buffer.concat(chunks);
          resolve({
            status,
            headers: flat,
            body: new Uint8Array(body.buffer, body.byteOffset, body.length),
          });
        });
      }
    );
    request.on('error', (err: NodeJS.ErrnoException) => {
      fail(
        new NetworkError(
          `${where}: ${networkReason(err, route)}`,
          isRetryable(err),
          { cause: err }
        )
      );
    });
    if (req.body) request.write(req.body);
    request.end();
  });
}

/**
 * Where a request goes: the origin itself, or for plain http through a proxy
 * the proxy, with the absolute URL as the request target (RFC 9112 §3.2.2).
 * https through a proxy goes to the origin: its agent opens the tunnel.
 */
function target(
  req: HttpRequest,
  headers: Record<string, string>,
  agent: http.Agent,
  protocol: string,
  route: ProxyRoute | undefined
): [string, http.RequestOptions] {
  const options = { method: req.method, headers, agent };
  if (!route || protocol !== 'http:') return [req.url, options];
  const url = new URL(req.url);
  url.username = '';
  url.password = '';
  url.hash = '';
  const proxied: Record<string, string> = { ...headers, host: url.host };
  if (route.authorization) proxied['proxy-authorization'] = route.authorization;
  return [
    `http://${route.host.includes(':') ? `[${route.host}]` : route.host}:${route.port}`,
    { ...options, path: url.href, headers: proxied },
  ];
}

function networkReason(err: NodeJS.ErrnoException, route?: ProxyRoute): string {
  if (err.code === 'EPROXY') return err.message;
  if (
    route &&
    ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN'].includes(err.code ?? '')
  ) {
    return `cannot connect to the proxy ${route.display} (${err.code}); check HTTP_PROXY and NO_PROXY`;
  }
  switch (err.code) {
    case 'ECONNREFUSED':
      return 'connection refused (is the server running and the URL right?)';
    case 'ENOTFOUND':
      return 'host not found (check the URL)';
    case 'ECONNRESET':
      return 'connection reset by the server';
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY':
      return `TLS certificate not trusted (${err.code}); pass the server's CA (trust-server-ca)`;
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return 'TLS certificate does not match the host name';
    default:
      return err.message;
  }
}

function isRetryable(err: NodeJS.ErrnoException): boolean {
  return [
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'ECONNABORTED',
  ].includes(err.code ?? '');
}
