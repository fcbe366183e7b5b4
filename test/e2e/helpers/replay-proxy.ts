import { readFileSync } from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';

interface Recorded {
  status: number;
  contentType: string;
  body: Buffer;
}

/**
 * A trust server that lies by replaying the past: in `record` mode it
 * forwards to the real notary-server (plain HTTP to the client, HTTPS
 * upstream) and keeps the FIRST answer to each GET path; in `replay` mode it
 * serves those answers and nothing else (uploads refused). A run recorded
 * before it published therefore sees, on replay, an older but correctly
 * signed repository: a rollback only remembered versions can catch.
 */
export class ReplayProxy {
  mode: 'record' | 'replay' = 'record';
  readonly recorded = new Map<string, Recorded>();
  private readonly sockets = new Set<Socket>();
  private readonly agent: https.Agent;

  private constructor(
    private readonly server: http.Server,
    private readonly upstream: URL,
    ca: Buffer
  ) {
    this.agent = new https.Agent({ keepAlive: false, ca });
  }

  static async start(options: {
    upstream: string;
    caFile: string;
  }): Promise<ReplayProxy> {
    const server = http.createServer();
    const proxy = new ReplayProxy(
      server,
      new URL(options.upstream),
      readFileSync(options.caFile)
    );
    server.on('connection', (s) => {
      proxy.sockets.add(s);
      s.on('close', () => proxy.sockets.delete(s));
    });
    server.on('request', (req, res) => proxy.handle(req, res));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    return proxy;
  }

  /** http://127.0.0.1:PORT */
  get url(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    this.agent.destroy();
    await new Promise<void>((done) => this.server.close(() => done()));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const path = req.url ?? '/';
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (this.mode === 'replay') {
        const hit = req.method === 'GET' ? this.recorded.get(path) : undefined;
        if (!hit) {
          res.writeHead(404, { 'content-type': 'application/json' });
          res.end('{"errors":[{"code":"METADATA_NOT_FOUND"}]}');
          return;
        }
        res.writeHead(hit.status, { 'content-type': hit.contentType });
        res.end(hit.body);
        return;
      }
      this.forward(req, Buffer.concat(chunks), res, path);
    });
  }

  private forward(
    req: http.IncomingMessage,
    body: Buffer,
    res: http.ServerResponse,
    path: string
  ): void {
    const headers: http.OutgoingHttpHeaders = { 'content-length': body.length };
    if (req.headers['content-type'])
      headers['content-type'] = req.headers['content-type'];
    if (req.headers.authorization)
      headers.authorization = req.headers.authorization;
    const up = https.request(
      new URL(path, this.upstream),
      { method: req.method, headers, agent: this.agent },
      (upRes) => {
        const parts: Buffer[] = [];
        upRes.on('data', (c: Buffer) => parts.push(c));
        upRes.on('end', () => {
          const answer: Recorded = {
            status: upRes.statusCode ?? 502,
            contentType: String(
              upRes.headers['content-type'] ?? 'application/octet-stream'
            ),
            body: Buffer.concat(parts),
          };
          if (req.method === 'GET' && !this.recorded.has(path))
            this.recorded.set(path, answer);
          res.writeHead(answer.status, { 'content-type': answer.contentType });
          res.end(answer.body);
        });
      }
    );
    up.on('error', (err) => {
      res.writeHead(502);
      res.end(String(err));
    });
    up.end(body);
  }
}
