import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  NetworkError,
  createNodeTransport,
  type Transport,
} from '../../../src/net/index.js';

// The transport through a real (node:http) forward proxy on 127.0.0.1: https
// through a CONNECT tunnel with TLS to the origin inside it, http in
// absolute form. The origin is named origin.test, a name only the proxy
// resolves (to 127.0.0.1), so nothing can reach it except through the proxy.

const ORIGIN = 'origin.test';

interface ProxyLog {
  connects: string[];
  plain: string[];
  authorizations: (string | undefined)[];
}

/** A forward proxy: CONNECT tunnels and absolute-form http, origin.test → 127.0.0.1. */
function startProxy(
  log: ProxyLog,
  policy: { refuse?: boolean; password?: string } = {}
) {
  const server = http.createServer((req, res) => {
    log.plain.push(`${req.method} ${req.url}`);
    log.authorizations.push(req.headers['proxy-authorization']);
    const url = new URL(req.url ?? '');
    const up = http.request(
      {
        host: '127.0.0.1',
        port: url.port,
        path: url.pathname + url.search,
        method: req.method,
        headers: req.headers,
      },
      (upRes) => {
        res.writeHead(upRes.statusCode ?? 502, upRes.headers);
        upRes.pipe(res);
      }
    );
    req.pipe(up);
  });
  server.on('connect', (req, socket: net.Socket, head) => {
    log.connects.push(req.url ?? '');
    log.authorizations.push(req.headers['proxy-authorization']);
    const wanted = policy.password
      ? `Basic ${Buffer.from(`user:${policy.password}`).toString('base64')}`
      : undefined;
    if (policy.refuse) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    if (wanted && req.headers['proxy-authorization'] !== wanted) {
      socket.end('HTTP/1.1 407 Proxy Authentication Required\r\n\r\n');
      return;
    }
    const [host, port] = (req.url ?? '').split(':');
    const up = net.connect(Number(port), host === ORIGIN ? '127.0.0.1' : host);
    up.on('connect', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      up.write(head);
      up.pipe(socket);
      socket.pipe(up);
    });
    up.on('error', () => socket.destroy());
    socket.on('error', () => up.destroy());
  });
  return server;
}

async function listen(server: net.Server): Promise<number> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return (server.address() as net.AddressInfo).port;
}

async function stop(server: http.Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((done) => server.close(() => done()));
}

describe('#createNodeTransport with a proxy', () => {
  let dir: string;
  let ca: string;
  let otherCA: string;
  let origin: https.Server;
  let plainOrigin: http.Server;
  let originPort: number;
  let plainPort: number;
  let transport: Transport | undefined;
  const servers: http.Server[] = [];
  const log: ProxyLog = { connects: [], plain: [], authorizations: [] };

  const proxy = async (policy?: { refuse?: boolean; password?: string }) => {
    const server = startProxy(log, policy);
    servers.push(server);
    return `http://127.0.0.1:${await listen(server)}`;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dct-sign-proxy-'));
    const ssl = (cmdline: string) =>
      execFileSync('openssl', cmdline.split(/\s+/), {
        cwd: dir,
        stdio: 'pipe',
      });
    writeFileSync(
      join(dir, 'leaf.cnf'),
      `subjectAltName=DNS:${ORIGIN}\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n`
    );
    for (const name of ['ca', 'other']) {
      ssl(`ecparam -name prime256v1 -genkey -noout -out ${name}.key`);
      ssl(
        `req -x509 -new -key ${name}.key -sha256 -days 2 -subj /CN=dct-${name}-CA ` +
          '-addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign ' +
          `-out ${name}.crt`
      );
    }
    ssl('ecparam -name prime256v1 -genkey -noout -out leaf.key');
    ssl(`req -new -key leaf.key -subj /CN=${ORIGIN} -out leaf.csr`);
    ssl(
      'x509 -req -in leaf.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 -sha256 -extfile leaf.cnf -out leaf.crt'
    );
    ca = readFileSync(join(dir, 'ca.crt'), 'utf8');
    otherCA = readFileSync(join(dir, 'other.crt'), 'utf8');
    const hello: http.RequestListener = (req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(`hello ${req.url}`);
    };
    origin = https.createServer(
      {
        key: readFileSync(join(dir, 'leaf.key')),
        cert: readFileSync(join(dir, 'leaf.crt')),
      },
      hello
    );
    plainOrigin = http.createServer(hello);
    originPort = await listen(origin);
    plainPort = await listen(plainOrigin);
  });
  afterAll(async () => {
    for (const s of [origin, plainOrigin, ...servers]) await stop(s);
    rmSync(dir, { recursive: true, force: true });
  });
  afterEach(() => {
    transport?.close?.();
    log.connects.length = 0;
    log.plain.length = 0;
    log.authorizations.length = 0;
  });

  const originURL = () => `https://${ORIGIN}:${originPort}`;
  const get = (path: string) =>
    transport!.request({ method: 'GET', url: `${originURL()}${path}` });
  const failure = (path: string) => get(path).catch((e: unknown) => e);

  describe('when https goes through the CONNECT tunnel', () => {
    it('reaches the origin with the pinned CA, one tunnel for several requests', async () => {
      transport = createNodeTransport({
        ca,
        caOrigin: originURL(),
        proxy: { httpsProxy: await proxy() },
      });
      expect(Buffer.from((await get('/a')).body).toString()).toBe('hello /a');
      expect(Buffer.from((await get('/b')).body).toString()).toBe('hello /b');
      expect(log.connects).toEqual([`${ORIGIN}:${originPort}`]);
    });

    it('checks the origin certificate inside the tunnel (a pin to another CA fails)', async () => {
      transport = createNodeTransport({
        ca: otherCA,
        caOrigin: originURL(),
        proxy: { httpsProxy: await proxy() },
      });
      const err = await failure('/a');
      expect(err).toBeInstanceOf(NetworkError);
      expect((err as Error).message).toContain('TLS certificate not trusted');
      expect(log.connects).toHaveLength(1);
    });

    it('checks the origin certificate against the system roots without a CA', async () => {
      transport = createNodeTransport({
        proxy: { httpsProxy: await proxy() },
      });
      expect((await failure('/a')) as Error).toBeInstanceOf(NetworkError);
    });

    it('trusts extraCA (NODE_EXTRA_CA_CERTS) next to a CA pinned to another origin', async () => {
      transport = createNodeTransport({
        ca: otherCA,
        caOrigin: 'https://notary.invalid',
        extraCA: [ca],
        proxy: { httpsProxy: await proxy() },
      });
      expect((await get('/a')).status).toBe(200);
    });

    it('never lets extraCA weaken the pin of the trust server', async () => {
      transport = createNodeTransport({
        ca: otherCA,
        caOrigin: originURL(),
        extraCA: [ca],
        proxy: { httpsProxy: await proxy() },
      });
      expect(((await failure('/a')) as Error).message).toContain(
        'TLS certificate not trusted'
      );
    });

    it('sends the credentials of the proxy URL as Proxy-Authorization', async () => {
      transport = createNodeTransport({
        ca,
        proxy: {
          httpsProxy: (await proxy({ password: 'pa:ss' })).replace(
            '//',
            '//user:pa%3Ass@'
          ),
        },
      });
      expect((await get('/a')).status).toBe(200);
      expect(log.authorizations).toEqual([
        `Basic ${Buffer.from('user:pa:ss').toString('base64')}`,
      ]);
    });
  });

  describe('when the proxy refuses', () => {
    it('fails with one line naming the proxy, never its credentials', async () => {
      const url = await proxy({ refuse: true });
      transport = createNodeTransport({
        ca,
        proxy: { httpsProxy: url.replace('//', '//user:s3cret@') },
      });
      const err = (await failure('/a')) as NetworkError;
      expect(err).toBeInstanceOf(NetworkError);
      expect(err.retryable).toBe(false);
      expect(err.message).toBe(
        `GET ${originURL()}/a: the proxy ${url} refused to connect to ${ORIGIN}:${originPort} (403 Forbidden)`
      );
      expect(err.message).not.toContain('s3cret');
    });

    it('says 407 when the proxy wants credentials', async () => {
      transport = createNodeTransport({
        ca,
        proxy: { httpsProxy: await proxy({ password: 'x' }) },
      });
      expect(((await failure('/a')) as Error).message).toContain(
        '(407 Proxy Authentication Required)'
      );
    });
  });

  describe('when nothing listens at the proxy', () => {
    it('fails naming the proxy', async () => {
      const closed = net.createServer();
      const port = await listen(closed);
      await new Promise<void>((done) => closed.close(() => done()));
      transport = createNodeTransport({
        ca,
        proxy: { httpsProxy: `http://user:s3cret@127.0.0.1:${port}` },
      });
      const err = (await failure('/a')) as Error;
      expect(err.message).toBe(
        `GET ${originURL()}/a: cannot connect to the proxy http://127.0.0.1:${port} (ECONNREFUSED); check HTTPS_PROXY and NO_PROXY`
      );
    });
  });

  describe('when plain http goes through the proxy', () => {
    it('sends the absolute URL to the proxy', async () => {
      transport = createNodeTransport({
        proxy: { httpProxy: await proxy() },
      });
      const res = await transport.request({
        method: 'GET',
        url: `http://${ORIGIN}:${plainPort}/x?y=1`,
      });
      expect(Buffer.from(res.body).toString()).toBe('hello /x?y=1');
      expect(log.plain).toEqual([`GET http://${ORIGIN}:${plainPort}/x?y=1`]);
    });
  });

  describe('when the origin is loopback or in NO_PROXY', () => {
    it('connects directly', async () => {
      transport = createNodeTransport({
        proxy: { httpProxy: await proxy(), noProxy: ORIGIN },
      });
      const res = await transport.request({
        method: 'GET',
        url: `http://127.0.0.1:${plainPort}/direct`,
      });
      expect(res.status).toBe(200);
      const bypass = await transport
        .request({ method: 'GET', url: `http://${ORIGIN}:${plainPort}/` })
        .catch((e: unknown) => e);
      // origin.test resolves nowhere but at the proxy: a direct attempt fails
      expect(bypass).toBeInstanceOf(NetworkError);
      expect(log.plain).toEqual([]);
    });
  });
});
