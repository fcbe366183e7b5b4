import { NetworkError } from './errors.js';
import type { HttpRequest, HttpResponse, Transport } from './transport.js';

/** Options of {@link withRetries}. */
export interface RetryOptions {
  /** Further attempts after the first (default 3). */
  retries?: number;
  /** Base delay in ms, doubled each attempt, with full jitter (default 200). */
  baseDelayMs?: number;
  /** Injected for tests; defaults to setTimeout. */
  sleep?: (ms: number) => Promise<void>;
  /** Told about each retry, for the log. */
  onRetry?: (what: string, attempt: number, reason: string) => void;
}

/**
 * Retries idempotent requests (GET, HEAD) on network failures, timeouts and
 * 5xx answers with bounded, jittered exponential backoff. POST is never
 * retried here: a publish that may have landed is re-checked by ops/ instead.
 */
export function withRetries(
  inner: Transport,
  options: RetryOptions = {}
): Transport {
  const retries = options.retries ?? 3;
  const base = options.baseDelayMs ?? 200;
  const sleep =
    options.sleep ??
    ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  return {
    get requestCount() {
      return inner.requestCount;
    },
    close: () => inner.close?.(),
    async request(req: HttpRequest): Promise<HttpResponse> {
      const idempotent = req.method === 'GET' || req.method === 'HEAD';
      for (let attempt = 0; ; attempt++) {
        const last = !idempotent || attempt >= retries;
        let reason: string;
        try {
          const res = await inner.request(req);
          if (res.status < 500 || last) return res;
          reason = `HTTP ${res.status}`;
        } catch (err) {
          if (last || !(err instanceof NetworkError) || !err.retryable)
            throw err;
          reason = err.message;
        }
        options.onRetry?.(
          `${req.method} ${new URL(req.url).pathname}`,
          attempt + 1,
          reason
        );
        await sleep(Math.random() * base * 2 ** attempt);
      }
    },
  };
}
