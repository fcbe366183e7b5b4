import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { stopwatch } from '../../helpers/stopwatch.js';
import {
  NetworkError,
  RedirectError,
  ResponseTooLargeError,
  createNodeTransport,
  describeURL,
  type Transport,
} from '../../../src/net/index.js';

/** What the loopback server saw. */
interface Seen {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function handler(seen: Seen[]): http.RequestListener {
  return (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '';
      seen.push({
        method: req.method ?? '',
        path,
        headers: req.headers,
        body: Buffer.concat(chunks),
      });
      switch (path) {
        case '/hello':
          res.writeHead(200, {
            'Content-Type': 'text/plain',
            'Content-Length': '11',
            'X-Mixed-Case': 'yes',
          });
          res.end('hello world');
          return;
        case '/echo':
          res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
          res.end(Buffer.concat(chunks));
          return;
        case '/big-declared':
          res.writeHead(200, { 'Content-Length': '2048' });
          res.end(Buffer.alloc(2048, 0x61));
          return;
        case '/big-streamed': {
          // Chunked: no Content-Length, so only counting bytes can stop it.
          res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
          let sent = 0;
          const tick = () => {
            if (res.destroyed || sent >= 64) return void res.end();
            sent++;
            res.write(Buffer.alloc(512, 0x62), () => setImmediate(tick));
          };
          tick();
          return;
        }
        case '/redirect':
          res.writeHead(302, { Location: '/target' });
          res.end();
          return;
        case '/hang':
          return; // never answer
        default:
          res.writeHead(404);
          res.end();
      }
    });
  };
}

async function listen(server: http.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

async function stop(server: http.Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

describe('#createNodeTransport', () => {
  const seen: Seen[] = [];
  let connections = 0;
  let server: http.Server;
  let base: string;
  let transport: Transport;

  beforeAll(async () => {
    server = http.createServer(handler(seen));
    server.on('connection', () => connections++);
    base = `http://127.0.0.1:${await listen(server)}`;
  });
  afterAll(() => stop(server));
  afterEach(() => {
    transport?.close?.();
    seen.length = 0;
  });

  describe('when sending a GET', () => {
    it('returns status, body and lower-cased headers', async () => {
      transport = createNodeTransport({ userAgent: 'dct-sign/test' });
      const res = await transport.request({
        method: 'GET',
        url: `${base}/hello`,
      });
      expect(res.status).toBe(200);
      expect(Buffer.from(res.body).toString()).toBe('hello world');
      expect(res.headers['x-mixed-case']).toBe('yes');
      expect(res.headers['content-type']).toBe('text/plain');
      expect(seen[0].headers['user-agent']).toBe('dct-sign/test');
      expect(transport.requestCount).toBe(1);
    });

    it('returns 404 as a response rather than an error', async () => {
      transport = createNodeTransport();
      const res = await transport.request({
        method: 'GET',
        url: `${base}/missing`,
      });
      expect(res.status).toBe(404);
    });
  });

  describe('when sending a HEAD', () => {
    it('returns the headers and an empty body', async () => {
      transport = createNodeTransport();
      const res = await transport.request({
        method: 'HEAD',
        url: `${base}/hello`,
      });
      expect(res.status).toBe(200);
      expect(res.headers['content-length']).toBe('11');
      expect(res.body).toHaveLength(0);
      expect(seen[0].method).toBe('HEAD');
    });

    it('returns the headers even when Content-Length exceeds maxBytes', async () => {
      transport = createNodeTransport();
      const res = await transport.request({
        method: 'HEAD',
        url: `${base}/big-declared`,
        maxBytes: 1024,
      });
      expect(res.status).toBe(200);
      expect(res.headers['content-length']).toBe('2048');
    });
  });

  describe('when sending a POST with a binary body', () => {
    it('returns after the server received the exact bytes', async () => {
      transport = createNodeTransport();
      const body = new Uint8Array(randomBytes(200_000));
      const res = await transport.request({
        method: 'POST',
        url: `${base}/echo`,
        headers: { 'content-type': 'application/octet-stream' },
        body,
      });
      expect(res.status).toBe(200);
      expect(Buffer.compare(seen[0].body, Buffer.from(body))).toBe(0);
      expect(seen[0].headers['content-length']).toBe(String(body.length));
      expect(Buffer.compare(Buffer.from(res.body), Buffer.from(body))).toBe(0);
    });
  });

  describe('when sending several requests in sequence', () => {
    it('returns them all over one kept-alive connection', async () => {
      transport = createNodeTransport();
      const before = connections;
      for (let i = 0; i < 4; i++) {
        expect(
          (await transport.request({ method: 'GET', url: `${base}/hello` }))
            .status
        ).toBe(200);
      }
      await transport.request({
        method: 'POST',
        url: `${base}/echo`,
        body: new Uint8Array([1, 2]),
      });
      expect(seen).toHaveLength(5);
      expect(connections - before).toBe(1);
    });
  });

  describe('when Content-Length exceeds maxBytes', () => {
    it('throws ResponseTooLargeError', async () => {
      transport = createNodeTransport();
      const err = await transport
        .request({ method: 'GET', url: `${base}/big-declared`, maxBytes: 1024 })
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ResponseTooLargeError);
      expect((err as Error).message).toContain(
        '2048 bytes exceeds the 1024-byte limit'
      );
    });
  });

  describe('when a body without Content-Length streams past maxBytes', () => {
    it('throws ResponseTooLargeError', async () => {
      transport = createNodeTransport();
      const err = await transport
        .request({ method: 'GET', url: `${base}/big-streamed`, maxBytes: 4096 })
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ResponseTooLargeError);
      expect((err as Error).message).toContain('4096-byte limit');
    });

    it('returns the body when the cap is large enough', async () => {
      transport = createNodeTransport();
      const res = await transport.request({
        method: 'GET',
        url: `${base}/big-streamed`,
        maxBytes: 64 * 512,
      });
      expect(res.body).toHaveLength(64 * 512);
    });
  });

  describe('when the server redirects', () => {
    it('throws RedirectError without requesting the Location', async () => {
      transport = createNodeTransport();
      const err = await transport
        .request({ method: 'GET', url: `${base}/redirect` })
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(RedirectError);
      expect((err as Error).message).toContain('(302)');
      await new Promise((r) => setTimeout(r, 50));
      expect(seen.map((s) => s.path)).toEqual(['/redirect']);
    });
  });

  describe('when the server does not answer in time', () => {
    it('throws a retryable NetworkError', async () => {
      transport = createNodeTransport({ timeoutMs: 10_000 });
      const elapsed = stopwatch();
      const err = await transport
        .request({ method: 'GET', url: `${base}/hang`, timeoutMs: 150 })
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(NetworkError);
      expect((err as NetworkError).retryable).toBe(true);
      expect((err as Error).message).toContain('no answer within 150 ms');
      expect(elapsed.ms()).toBeLessThan(5_000);
    });
  });

  describe('when nothing listens on the port', () => {
    it('throws a retryable NetworkError saying connection refused', async () => {
      const closed = http.createServer();
      const port = await listen(closed);
      await stop(closed);
      transport = createNodeTransport();
      const err = await transport
        .request({ method: 'GET', url: `http://127.0.0.1:${port}/x` })
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(NetworkError);
      expect((err as Error).message).toContain('connection refused');
      expect((err as NetworkError).retryable).toBe(true);
    });
  });

  describe('when the server uses a certificate from a private CA', () => {
    let dir: string;
    let ca: string;
    /** A second CA that signed nothing the servers send. */
    let otherCA: string;
    const servers: https.Server[] = [];
    /** Leaf signed by the CA, served alone. */
    let directBase: string;
    /** Leaf signed by an intermediate, served with the intermediate. */
    let chainBase: string;

    const serve = async (key: string, cert: string) => {
      const server = https.createServer(
        { key: readFileSync(join(dir, key)), cert },
        handler(seen)
      );
      servers.push(server);
      return `https://127.0.0.1:${await listen(server)}`;
    };

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'dct-sign-ca-'));
      const ssl = (cmdline: string) =>
        execFileSync('openssl', cmdline.split(/\s+/), {
          cwd: dir,
          stdio: 'pipe',
        });
      const caExt =
        'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n';
      const leafExt =
        'subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n';
      writeFileSync(join(dir, 'ca.cnf'), caExt);
      writeFileSync(join(dir, 'leaf.cnf'), leafExt);
      const key = (name: string) =>
        ssl(`ecparam -name prime256v1 -genkey -noout -out ${name}.key`);
      const issue = (name: string, cn: string, by: string, ext: string) => {
        key(name);
        ssl(`req -new -key ${name}.key -subj /CN=${cn} -out ${name}.csr`);
        ssl(
          `x509 -req -in ${name}.csr -CA ${by}.crt -CAkey ${by}.key -CAcreateserial -days 2 -sha256 -extfile ${ext} -out ${name}.crt`
        );
      };
      // EC P-256 CA, then a server cert for IP:127.0.0.1 and an intermediate chain.
      key('ca');
      ssl(
        'req -x509 -new -key ca.key -sha256 -days 2 -subj /CN=dct-sign-test-CA ' +
          '-addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign -out ca.crt'
      );
      issue('server', '127.0.0.1', 'ca', 'leaf.cnf');
      issue('int', 'dct-sign-test-intermediate', 'ca', 'ca.cnf');
      issue('leaf2', '127.0.0.1', 'int', 'leaf.cnf');
      ca = readFileSync(join(dir, 'ca.crt'), 'utf8');
      key('other');
      ssl(
        'req -x509 -new -key other.key -sha256 -days 2 -subj /CN=dct-sign-other-CA ' +
          '-addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign -out other.crt'
      );
      otherCA = readFileSync(join(dir, 'other.crt'), 'utf8');
      const pem = (name: string) =>
        readFileSync(join(dir, `${name}.crt`), 'utf8');
      directBase = await serve('server.key', pem('server'));
      chainBase = await serve('leaf2.key', pem('leaf2') + pem('int'));
    });
    afterAll(async () => {
      for (const server of servers) await stop(server);
      rmSync(dir, { recursive: true, force: true });
    });

    for (const [what, base] of [
      ['the leaf alone', () => directBase],
      ['the leaf and an intermediate', () => chainBase],
    ] as const) {
      describe(`and it sends ${what}`, () => {
        describe('and no ca is given', () => {
          it('throws a NetworkError saying the certificate is not trusted', async () => {
            transport = createNodeTransport();
            const err = await transport
              .request({ method: 'GET', url: `${base()}/hello` })
              .catch((e: unknown) => e);
            expect(err).toBeInstanceOf(NetworkError);
            expect((err as Error).message).toContain(
              'TLS certificate not trusted'
            );
            expect((err as NetworkError).retryable).toBe(false);
            expect(seen).toHaveLength(0);
          });
        });

        describe('and the CA is given as ca', () => {
          it('returns the response', async () => {
            transport = createNodeTransport({ ca });
            const res = await transport.request({
              method: 'GET',
              url: `${base()}/hello`,
            });
            expect(res.status).toBe(200);
            expect(Buffer.from(res.body).toString()).toBe('hello world');
          });

          it('returns POST bodies intact', async () => {
            transport = createNodeTransport({ ca });
            const body = new Uint8Array(randomBytes(50_000));
            const res = await transport.request({
              method: 'POST',
              url: `${base()}/echo`,
              body,
            });
            expect(
              Buffer.compare(Buffer.from(res.body), Buffer.from(body))
            ).toBe(0);
          });
        });

        describe('and the CA is pinned to this origin', () => {
          it('returns the response', async () => {
            transport = createNodeTransport({ ca, caOrigin: base() });
            const res = await transport.request({
              method: 'GET',
              url: `${base()}/hello`,
            });
            expect(res.status).toBe(200);
          });
        });

        describe('and the CA is pinned to another origin', () => {
          it('still trusts it here, next to the system roots', async () => {
            transport = createNodeTransport({
              ca,
              caOrigin: 'https://notary.invalid:4443',
            });
            const res = await transport.request({
              method: 'GET',
              url: `${base()}/hello`,
            });
            expect(res.status).toBe(200);
          });
        });

        describe('and the origin is pinned to another CA', () => {
          it('throws a NetworkError saying the certificate is not trusted', async () => {
            transport = createNodeTransport({
              ca: otherCA,
              caOrigin: base(),
            });
            const err = await transport
              .request({ method: 'GET', url: `${base()}/hello` })
              .catch((e: unknown) => e);
            expect((err as Error).message).toContain(
              'TLS certificate not trusted'
            );
          });
        });
      });
    }
  });
});

describe('#describeURL', () => {
  describe('when the URL has userinfo and a query', () => {
    it('returns scheme, host and path only', () => {
      expect(
        describeURL('https://user:pw@h.example:444/v2/x?token=abc#f')
      ).toBe('https://h.example:444/v2/x');
    });
  });

  describe('when the URL is invalid', () => {
    it('returns a placeholder', () => {
      expect(describeURL('not a url')).toBe('<invalid URL>');
    });
  });
});
