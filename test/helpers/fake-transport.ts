import type {
  HttpRequest,
  HttpResponse,
  Transport,
} from '../../src/net/index.js';

/**
 * An in-memory {@link Transport} for tests of the HTTP layers (STYLE.md §7):
 * a route table keyed by method + URL (or a predicate) answering with canned
 * responses, handlers or throwers, and a record of every request made.
 *
 * URL keys: a string with a `?` must equal the whole request URL; a string
 * without one matches the request's origin + path, ignoring its query. A
 * RegExp is tested against the whole URL; a function gets the request.
 * Routes are tried in the order they were added; the first match answers.
 * An unmatched request throws a plain Error (not a NetworkError, so retry
 * layers do not hide it).
 */

/** What a route answers: `body` as text (UTF-8), bytes or a JSON value. */
export interface FakeResponse {
  status: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array | object;
}

/** A reply: a canned response or a handler, which may throw or wait. */
export type FakeReply =
  | FakeResponse
  | ((
      req: RecordedRequest,
      call: number
    ) => FakeResponse | Promise<FakeResponse>);

/** How a route picks requests by URL. */
export type UrlMatcher = string | RegExp | ((req: RecordedRequest) => boolean);

/** A request as the fake saw it: header names lower-cased, body copied. */
export interface RecordedRequest {
  method: HttpRequest['method'];
  url: string;
  headers: Record<string, string>;
  body?: Uint8Array;
  maxBytes?: number;
  timeoutMs?: number;
}

interface Route {
  method: string | undefined;
  matcher: UrlMatcher;
  replies: FakeReply[];
  calls: number;
}

export class FakeTransport implements Transport {
  /** Every request, in order. */
  readonly requests: RecordedRequest[] = [];
  closed = false;
  private readonly routes: Route[] = [];

  /**
   * Adds a route. With several replies they answer in turn and the last one
   * repeats. `method` undefined ('*') matches any method.
   */
  on(
    method: HttpRequest['method'] | '*',
    url: UrlMatcher,
    ...replies: FakeReply[]
  ): this {
    if (replies.length === 0)
      throw new Error('a route needs at least one reply');
    this.routes.push({
      method: method === '*' ? undefined : method,
      matcher: url,
      replies,
      calls: 0,
    });
    return this;
  }

  /** Adds a route whose every call throws what `make` returns. */
  onThrow(
    method: HttpRequest['method'] | '*',
    url: UrlMatcher,
    make: () => unknown
  ): this {
    return this.on(method, url, () => {
      throw make();
    });
  }

  get requestCount(): number {
    return this.requests.length;
  }

  close(): void {
    this.closed = true;
  }

  async request(req: HttpRequest): Promise<HttpResponse> {
    const recorded: RecordedRequest = {
      method: req.method,
      url: req.url,
      headers: Object.fromEntries(
        Object.entries(req.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])
      ),
      body: req.body ? Uint8Array.from(req.body) : undefined,
      maxBytes: req.maxBytes,
      timeoutMs: req.timeoutMs,
    };
    this.requests.push(recorded);
    // Yield once so concurrent callers interleave as they would over a socket.
    await Promise.resolve();
    const route = this.routes.find(
      (r) =>
        (r.method === undefined || r.method === req.method) &&
        matches(r.matcher, recorded)
    );
    if (!route)
      throw new Error(`fake transport: no route for ${req.method} ${req.url}`);
    const call = route.calls++;
    const reply = route.replies[Math.min(call, route.replies.length - 1)];
    const answer =
      typeof reply === 'function' ? await reply(recorded, call) : reply;
    return toResponse(answer);
  }

  /** Requests matching method and URL (same rules as routes). */
  requestsTo(
    method: HttpRequest['method'] | '*',
    url: UrlMatcher
  ): RecordedRequest[] {
    return this.requests.filter(
      (r) => (method === '*' || r.method === method) && matches(url, r)
    );
  }

  /** How many requests matched method and URL. */
  count(method: HttpRequest['method'] | '*', url: UrlMatcher): number {
    return this.requestsTo(method, url).length;
  }
}

function matches(matcher: UrlMatcher, req: RecordedRequest): boolean {
  if (typeof matcher === 'function') return matcher(req);
  if (matcher instanceof RegExp) return matcher.test(req.url);
  if (matcher.includes('?')) return matcher === req.url;
  const u = new URL(req.url);
  return matcher === `${u.origin}${u.pathname}`;
}

function toResponse(answer: FakeResponse): HttpResponse {
  const headers = Object.fromEntries(
    Object.entries(answer.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])
  );
  let body: Uint8Array;
  if (answer.body === undefined) body = new Uint8Array();
  else if (typeof answer.body === 'string')
    body = new Uint8Array(Buffer.from(answer.body, 'utf8'));
  else if (answer.body instanceof Uint8Array)
    body = Uint8Array.from(answer.body);
  else {
    body = new Uint8Array(Buffer.from(JSON.stringify(answer.body), 'utf8'));
    headers['content-type'] ??= 'application/json';
  }
  return { status: answer.status, headers, body };
}

/** A JSON answer. */
export function json(
  status: number,
  value: unknown,
  headers: Record<string, string> = {}
): FakeResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(value),
  };
}

/** notary / registry error body: `{"errors":[{code,message,detail}]}` plus a newline. */
export function notaryError(
  status: number,
  code: string,
  message: string,
  detail?: unknown,
  headers: Record<string, string> = {}
): FakeResponse {
  const entry: Record<string, unknown> = { code, message };
  if (detail !== undefined) entry.detail = detail;
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: `${JSON.stringify({ errors: [entry] })}\n`,
  };
}

/** Text of a recorded body. */
export function bodyText(req: RecordedRequest): string {
  return Buffer.from(req.body ?? new Uint8Array()).toString('utf8');
}
