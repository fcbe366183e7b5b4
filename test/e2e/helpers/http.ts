import { readFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { request as httpRequest } from 'node:http';

/** A raw HTTP answer, for tests that look at status codes and challenges. */
export interface HttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * One HTTP(S) request trusting `caFile` (node's global fetch has no CA option
 * in Node 20 without undici's Agent, which is not a dependency of ours).
 */
export function httpGet(
  url: string,
  options: { caFile?: string; headers?: Record<string, string> } = {}
): Promise<HttpResponse> {
  const target = new URL(url);
  const ca = options.caFile ? readFileSync(options.caFile) : undefined;
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      target,
      { method: 'GET', headers: options.headers, ca, timeout: 10_000 },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (body += d));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body })
        );
      }
    );
    req.on('timeout', () => req.destroy(new Error(`timeout: GET ${url}`)));
    req.on('error', reject);
    req.end();
  });
}

/** HTTP Basic header value for user:password. */
export function basicAuth(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}
