// A loopback reverse proxy that both tools talk to instead of the real
// server: it counts and times every HTTP request and can add latency.
//
// Latency model (all delays are added on the proxy side, before the proxy
// reads or forwards anything, so the client sees them as network time):
//   requestDelayMs  waited once per HTTP request, after the whole request has
//                   arrived and before it is forwarded: one request/response
//                   round trip. Keep-alive connections pay it per request.
//   connectDelayMs  waited once per new TCP connection before its first byte
//                   is read: the round trip of the TCP handshake.
//   tlsDelayMs      waited once more per new connection on a TLS listener:
//                   the extra round trip of a TLS 1.3 handshake (TLS 1.2
//                   would cost two).
// Upstream (proxy → real server) uses keep-alive agents on loopback, so the
// proxy itself adds well under a millisecond per request.
import * as http from 'node:http';
import * as https from 'node:https';
import * as net from 'node:net';
import { performance } from 'node:perf_hooks';

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer',
]);

const sleep = (ms) =>
  ms > 0 ? new Promise((r) => setTimeout(r, ms)) : Promise.resolve();

function strip(headers) {
  const out = {};
  for (const [k, v] of Object.entries(headers)) {
    if (!HOP_BY_HOP.has(k.toLowerCase()) && v !== undefined) out[k] = v;
  }
  return out;
}

/**
 * Start a proxy on 127.0.0.1:0 forwarding to `upstream` (http(s)://host:port).
 * `tls` ({cert, key} PEM) makes it an https listener; `upstreamCa` is trusted
 * for an https upstream. Returns {url, entries, connections, handshakes,
 * setLatency(), mark(), since(), close()}; `entries` are
 * {id, conn, connOpenedAt, method, path, status, bytesIn, bytesOut, start,
 * end} with times
 * on this process's performance.now() clock.
 */
export async function startProxy({ upstream, tls, upstreamCa, name }) {
  const target = new URL(upstream);
  const secureUpstream = target.protocol === 'https:';
  const agent = secureUpstream
    ? new https.Agent({ keepAlive: true, ca: upstreamCa })
    : new http.Agent({ keepAlive: true });
  const lib = secureUpstream ? https : http;
  const latency = { requestDelayMs: 0, connectDelayMs: 0, tlsDelayMs: 0 };
  const state = { entries: [], connections: 0, handshakes: 0, nextId: 0 };
  const sockets = new Set();
  // client source port → when its TCP connection was accepted
  const opened = new Map();

  const handler = (req, res) => {
    const entry = {
      id: state.nextId++,
      // the client's source port names its connection during a run
      conn: req.socket.remotePort,
      // set on the first request of a connection: when the proxy accepted it
      // (before any connect / TLS delay), so set-up time shows in a timeline
      connOpenedAt: opened.get(req.socket.remotePort) ?? null,
      method: req.method,
      path: req.url,
      status: 0,
      bytesIn: 0,
      bytesOut: 0,
      start: performance.now(),
      end: NaN,
    };
    opened.delete(req.socket.remotePort);
    state.entries.push(entry);
    const body = [];
    req.on('data', (c) => {
      body.push(c);
      entry.bytesIn += c.length;
    });
    req.on('end', async () => {
      await sleep(latency.requestDelayMs);
      const headers = strip(req.headers);
      headers.host = target.host;
      const up = lib.request(
        {
          protocol: target.protocol,
          hostname: target.hostname,
          port: target.port,
          method: req.method,
          path: req.url,
          headers,
          agent,
        },
        (upRes) => {
          entry.status = upRes.statusCode ?? 0;
          res.writeHead(entry.status, strip(upRes.headers));
          upRes.on('data', (c) => (entry.bytesOut += c.length));
          upRes.pipe(res);
          res.on('finish', () => (entry.end = performance.now()));
        }
      );
      up.on('error', (err) => {
        entry.status = 502;
        entry.end = performance.now();
        if (!res.headersSent) res.writeHead(502);
        res.end(`bench proxy ${name}: ${err.message}`);
      });
      up.end(Buffer.concat(body));
    });
  };

  const front = tls
    ? https.createServer({ cert: tls.cert, key: tls.key }, handler)
    : http.createServer(handler);
  front.keepAliveTimeout = 30_000;
  front.on('secureConnection', () => state.handshakes++);

  // The TCP listener is ours, so a new connection can be held back before the
  // HTTP(S) server sees its first byte (the handshake round trips).
  const listener = net.createServer((socket) => {
    state.connections++;
    opened.set(socket.remotePort, performance.now());
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    const hold = latency.connectDelayMs + (tls ? latency.tlsDelayMs : 0);
    const hand = () => front.emit('connection', socket);
    if (hold > 0) setTimeout(hand, hold);
    else hand();
  });
  await new Promise((resolve, reject) => {
    listener.once('error', reject);
    listener.listen(0, '127.0.0.1', resolve);
  });
  const port = listener.address().port;

  return {
    name,
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    get entries() {
      return state.entries;
    },
    /** Set the latency model (see the file comment); returns the previous one. */
    setLatency(next) {
      const prev = { ...latency };
      Object.assign(
        latency,
        { requestDelayMs: 0, connectDelayMs: 0, tlsDelayMs: 0 },
        next
      );
      return prev;
    },
    /** A bookmark for since(). */
    mark() {
      return {
        entry: state.entries.length,
        connections: state.connections,
        handshakes: state.handshakes,
      };
    },
    /** Requests, new connections and TLS handshakes after a mark. */
    since(m) {
      return {
        entries: state.entries.slice(m.entry),
        connections: state.connections - m.connections,
        handshakes: state.handshakes - m.handshakes,
      };
    },
    async close() {
      for (const s of sockets) s.destroy();
      agent.destroy();
      await new Promise((r) => listener.close(r));
      front.close();
    },
  };
}
