import { readFileSync } from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';

/**
 * What the proxy does to the request it is told to fault:
 * - `503`: answers 503 itself; the request never reaches notary
 * - `reset`: sends a TCP RST instead of an answer; never forwarded
 * - `hang`: never answers (the client must time out); never forwarded
 * - `lost-answer`: forwards the request, lets notary complete it, then
 *   resets the connection instead of relaying the answer (for a POST: the
 *   upload landed but the client cannot know)
 */
export type FaultKind = '503' | 'reset' | 'hang' | 'lost-answer';

export const FAULT_KINDS: readonly FaultKind[] = [
  '503',
  'reset',
  'hang',
  'lost-answer',
];

/** One request the proxy saw, in order. */
export interface ProxiedRequest {
  /** 1-based position since the last reset() */
  position: number;
  method: string;
  /** path and query, as the client sent it */
  path: string;
  /** the fault applied, if any */
  fault?: FaultKind;
  /** the status relayed to the client (undefined for reset/hang/lost-answer) */
  status?: number;
}

export interface FaultProxyOptions {
  /** https://127.0.0.1:PORT of the real notary-server */
  upstream: string;
  /** CA file that signed the upstream's TLS certificate */
  caFile: string;
}

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer',
  'content-length',
  'host',
]);

/**
 * A loopback proxy that speaks plain HTTP to the client (the Action's
 * `trust-server` is `http://127.0.0.1:<port>`) and HTTPS to the real
 * notary-server, and can fault exactly one request position.
 * Requests are buffered whole in both directions, so what the client sees
 * for an unfaulted request is byte for byte what notary answered.
 */
export class FaultProxy {
  /** Every request since the last reset(), in arrival order. */
  readonly requests: ProxiedRequest[] = [];
  private fault?: { position: number; kind: FaultKind };
  private readonly sockets = new Set<Socket>();
  private readonly agent: https.Agent;

  private constructor(
    private readonly server: http.Server,
    private readonly upstream: URL,
    ca: Buffer
  ) {
    this.agent = new https.Agent({ keepAlive: false, ca });
  }

  static async start(options: FaultProxyOptions): Promise<FaultProxy> {
    const server = http.createServer();
    const proxy = new FaultProxy(
      server,
      new URL(options.upstream),
      readFileSync(options.caFile)
    );
    server.on('connection', (s) => {
      proxy.sockets.add(s);
      s.on('close', () => proxy.sockets.delete(s));
    });
    server.on('request', (req, res) => proxy.handle(req, res));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    return proxy;
  }

  /** http://127.0.0.1:PORT */
  get url(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  /** Forget the recorded requests and fault request `position` (1-based) with `kind`, or nothing. */
  reset(fault?: { position: number; kind: FaultKind }): void {
    this.requests.length = 0;
    this.fault = fault;
    // a client's kept-alive socket from an earlier run must not carry over
    for (const s of this.sockets) s.destroy();
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    this.agent.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const record: ProxiedRequest = {
      position: this.requests.length + 1,
      method: req.method ?? '?',
      path: req.url ?? '/',
    };
    this.requests.push(record);
    const kind =
      this.fault?.position === record.position ? this.fault.kind : undefined;
    record.fault = kind;

    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      switch (kind) {
        case '503':
          record.status = 503;
          res.writeHead(503, { 'content-type': 'text/plain' });
          res.end('injected fault: service unavailable\n');
          return;
        case 'reset':
          req.socket.resetAndDestroy();
          return;
        case 'hang':
          return; // the socket stays open until the client gives up
        case 'lost-answer':
          this.forward(req, body).then(
            () => req.socket.resetAndDestroy(),
            () => req.socket.resetAndDestroy()
          );
          return;
        default:
          this.forward(req, body).then(
            (up) => {
              record.status = up.status;
              res.writeHead(up.status, up.headers);
              res.end(up.body);
            },
            (err: Error) => {
              record.status = 502;
              res.writeHead(502, { 'content-type': 'text/plain' });
              res.end(`fault proxy: upstream failed: ${err.message}\n`);
            }
          );
      }
    });
  }

  private forward(
    req: http.IncomingMessage,
    body: Buffer
  ): Promise<{
    status: number;
    headers: http.OutgoingHttpHeaders;
    body: Buffer;
  }> {
    const headers: http.OutgoingHttpHeaders = {};
    for (const [k, v] of Object.entries(req.headers)) {
      if (!HOP_BY_HOP.has(k.toLowerCase()) && v !== undefined) headers[k] = v;
    }
    headers.host = this.upstream.host;
    headers['content-length'] = String(body.length);
    return new Promise((resolve, reject) => {
      const up = https.request(
        new URL(req.url ?? '/', this.upstream),
        { method: req.method, headers, agent: this.agent, timeout: 30_000 },
        (upRes) => {
          const parts: Buffer[] = [];
          upRes.on('data', (c: Buffer) => parts.push(c));
          upRes.on('error', reject);
          upRes.on('end', () => {
            const out: http.OutgoingHttpHeaders = {};
            for (const [k, v] of Object.entries(upRes.headers)) {
              if (!HOP_BY_HOP.has(k.toLowerCase()) && v !== undefined)
                out[k] = v;
            }
            const answer = Buffer.concat(parts);
            out['content-length'] = String(answer.length);
            resolve({
              status: upRes.statusCode ?? 502,
              headers: out,
              body: answer,
            });
          });
        }
      );
      up.on('timeout', () => up.destroy(new Error('upstream timeout')));
      up.on('error', reject);
      up.end(body);
    });
  }
}
