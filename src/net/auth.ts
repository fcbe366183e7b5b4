import { parseChallenges, type Challenge } from './challenge.js';
import { AuthError, HTTPError } from './errors.js';
import type { HttpRequest, HttpResponse, Transport } from './transport.js';

/** Registry / trust-server credentials (docker login's user and password or token). */
export interface Credentials {
  username: string;
  password: string;
}

/** Options of {@link withTokenAuth}. */
export interface TokenAuthOptions {
  credentials?: Credentials;
  /** Scopes asked of the token service, e.g. `repository:<gun>:push,pull`. */
  scopes: string[];
  /** Called with every secret the flow derives (bearer tokens), so glue can mask it. */
  onSecret?: (secret: string) => void;
}

/**
 * Wraps a transport with the registry token flow that docker and notary use
 * (notary-protocol.md §2; docker/distribution registry/client/auth/session.go):
 * send; on 401 read the challenge; Bearer → fetch a token from `realm` with our
 * own scopes (the challenge's scope is ignored, as docker does) and Basic
 * credentials; Basic → send credentials; retry once. One token per origin is
 * shared by concurrent requests.
 */
export function withTokenAuth(
  inner: Transport,
  options: TokenAuthOptions
): Transport {
  const authByOrigin = new Map<string, Promise<string>>();

  const authorize = async (origin: string, challenge: Challenge) => {
    // Neither a password (Basic) nor a token (Bearer) goes in clear text to
    // a host off this machine: anyone on the path could replay it.
    const url = new URL(origin);
    if (url.protocol !== 'https:' && !isLoopback(url.hostname)) {
      throw new AuthError(
        `refusing to send credentials to ${origin} over plain http: use its https:// URL (only loopback hosts may use http)`
      );
    }
    if (challenge.scheme === 'basic')
      return basicHeader(origin, options.credentials);
    if (challenge.scheme !== 'bearer') {
      throw new AuthError(
        `${origin} asks for unsupported ${challenge.scheme} authentication`
      );
    }
    const token = await fetchToken(inner, origin, challenge, options);
    options.onSecret?.(token);
    return `Bearer ${token}`;
  };

  return {
    get requestCount() {
      return inner.requestCount;
    },
    close: () => inner.close?.(),
    async request(req: HttpRequest): Promise<HttpResponse> {
      const origin = new URL(req.url).origin;
      const cached = authByOrigin.get(origin);
      const withAuth = async (header: string | undefined) =>
        inner.request(
          header
            ? { ...req, headers: { ...req.headers, authorization: header } }
            : req
        );
      let res = await withAuth(
        cached ? await cached.catch(() => undefined) : undefined
      );
      if (res.status !== 401) return res;

      const challenge = pickChallenge(res.headers['www-authenticate']);
      if (!challenge) return res;
      // A stale cached token or none at all: (re)authorize once for this origin.
      let pending = authByOrigin.get(origin);
      if (!pending || pending === cached) {
        pending = authorize(origin, challenge);
        authByOrigin.set(origin, pending);
      }
      res = await withAuth(await pending);
      if (res.status === 401 || res.status === 403) {
        const insufficient = /insufficient_scope/.test(
          res.headers['www-authenticate'] ?? ''
        );
        throw new AuthError(
          `${req.method} ${new URL(req.url).pathname}: (${res.status}) ${
            insufficient
              ? `the credentials lack the ${options.scopes.join(' ')} permission`
              : options.credentials
                ? 'the server refused the credentials'
                : 'authentication required; pass username and password'
          }`
        );
      }
      return res;
    },
  };
}

function pickChallenge(header: string | undefined): Challenge | undefined {
  if (!header) return undefined;
  const all = parseChallenges(header);
  return (
    all.find((c) => c.scheme === 'bearer') ??
    all.find((c) => c.scheme === 'basic')
  );
}

function basicHeader(
  origin: string,
  credentials: Credentials | undefined
): string {
  if (!credentials) {
    throw new AuthError(
      `${origin} requires a username and password (basic auth)`
    );
  }
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
}

async function fetchToken(
  inner: Transport,
  origin: string,
  challenge: Challenge,
  options: TokenAuthOptions
): Promise<string> {
  const realm = challenge.params.realm;
  if (!realm)
    throw new AuthError(`${origin} sent a Bearer challenge without a realm`);
  const url = new URL(realm);
  if (
    url.protocol !== 'https:' &&
    !isLoopback(url.hostname) &&
    options.credentials
  ) {
    // Never send a password in clear text to a token service off this machine.
    throw new AuthError(
      `refusing to send credentials to ${url.origin}: the token realm is not https`
    );
  }
  if (challenge.params.service)
    url.searchParams.set('service', challenge.params.service);
  for (const scope of options.scopes) url.searchParams.append('scope', scope);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.credentials) {
    url.searchParams.set('account', options.credentials.username);
    headers.authorization = basicHeader(origin, options.credentials);
  }
  const res = await inner.request({
    method: 'GET',
    url: url.toString(),
    headers,
    maxBytes: 1 << 20,
  });
  if (res.status === 401 || res.status === 403) {
    throw new AuthError(
      `token service ${url.origin}${url.pathname}: (${res.status}) ${
        options.credentials
          ? 'the credentials were refused'
          : 'credentials are required'
      }`
    );
  }
  if (res.status !== 200) {
    throw new HTTPError(
      res.status,
      'GET',
      `${url.origin}${url.pathname}`,
      undefined,
      'token request failed',
      undefined
    );
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(res.body).toString('utf8'));
  } catch {
    throw new AuthError(
      `token service ${url.origin}${url.pathname} answered with invalid JSON`
    );
  }
  const record = (
    typeof body === 'object' && body !== null ? body : {}
  ) as Record<string, unknown>;
  // `access_token` wins over `token` (docker/distribution auth/session.go).
  const token = record.access_token ?? record.token;
  if (typeof token !== 'string' || token === '') {
    throw new AuthError(
      `token service ${url.origin}${url.pathname} returned no token`
    );
  }
  return token;
}

/** True for 127.0.0.0/8, ::1 and localhost. */
export function isLoopback(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}
