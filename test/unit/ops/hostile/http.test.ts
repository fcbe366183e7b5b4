import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  RedirectError,
  ResponseTooLargeError,
  createNodeTransport,
  type Transport,
} from '../../../../src/net/index.js';
import { MAX_BYTES, NotaryClient } from '../../../../src/notary/index.js';
import { signImages } from '../../../../src/ops/index.js';
import {
  FakeNotary,
  createDockerRepository,
  recordingLogger,
  tagTarget,
  type DockerRepo,
} from '../../../helpers/fake-notary.js';

// Endless data and redirects need the real node:http transport: a loopback
// server (127.0.0.1:0) in front of the fake notary, answering hostile bytes
// for some paths. Nothing leaves the machine.

const NOW = new Date('2026-11-22T03:00:00Z');
const GUN = 'registry.test/acme/app';

type Hostile = (req: http.IncomingMessage, res: http.ServerResponse) => boolean;

interface Loopback {
  repo: DockerRepo;
  client: NotaryClient;
  posts: () => number;
}

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

/** A real HTTP notary on loopback: `hostile` answers first, the fake the rest. */
async function loopback(hostile: Hostile): Promise<Loopback> {
  let posts = 0;
  const server = http.createServer((req, res) => {
    if (req.method === 'POST') posts++;
    if (hostile(req, res)) return;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void notary
        .request({
          method: req.method as 'GET' | 'POST',
          url: `${notary.serverUrl}${req.url}`,
          headers: req.headers as Record<string, string>,
          body: chunks.length
            ? new Uint8Array(Buffer.concat(chunks))
            : undefined,
        })
        .then((answer) => {
          res.writeHead(answer.status, answer.headers);
          res.end(Buffer.from(answer.body));
        });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The handler runs only after this line, once requests arrive.
  const notary = new FakeNotary({ serverUrl: url, now: () => NOW });
  const repo = await createDockerRepository(notary, {
    gun: GUN,
    tags: [tagTarget('v1')],
  });
  const transport: Transport = createNodeTransport({ timeoutMs: 10_000 });
  cleanups.push(async () => {
    transport.close?.();
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });
  const client = new NotaryClient({ serverUrl: url, gun: GUN, transport });
  return { repo, client, posts: () => posts };
}

const sign = (l: Loopback) =>
  signImages({
    gun: GUN,
    trustServer: l.client.serverUrl,
    notary: l.client,
    key: l.repo.signer,
    signerName: 'ci',
    targets: [tagTarget('v2')],
    expiryWarnDays: 30,
    dryRun: false,
    logger: recordingLogger(),
    clock: { now: () => NOW },
    sleep: () => Promise.resolve(),
  });

/** Writes 64 KiB chunks until the client hangs up. */
function endless(res: http.ServerResponse, declared?: number): void {
  res.writeHead(200, {
    'content-type': 'application/json',
    ...(declared ? { 'content-length': String(declared) } : {}),
  });
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  const pump = () => {
    while (!res.destroyed && res.write(chunk));
    if (!res.destroyed) res.once('drain', pump);
  };
  res.on('close', () => res.removeAllListeners('drain'));
  pump();
}

describe('signImages over HTTP against a hostile server', () => {
  describe('when the timestamp never ends', () => {
    it('stops at the 1 MiB timestamp cap before any upload', async () => {
      const l = await loopback((req, res) => {
        if (!req.url?.endsWith('/timestamp.json')) return false;
        endless(res);
        return true;
      });
      const err = await sign(l).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ResponseTooLargeError);
      expect((err as Error).message).toContain(
        `timestamp.json: response exceeds the ${MAX_BYTES.timestamp}-byte limit`
      );
      expect(l.posts()).toBe(0);
    });
  });

  describe('when a response declares a length above the cap', () => {
    it('refuses it from the Content-Length alone', async () => {
      const l = await loopback((req, res) => {
        if (!req.url?.endsWith('/targets.json')) return false;
        endless(res, 200 * 1024 * 1024);
        return true;
      });
      const err = await sign(l).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ResponseTooLargeError);
      expect((err as Error).message).toContain(
        `targets.json: response of ${200 * 1024 * 1024} bytes exceeds the ${MAX_BYTES.default}-byte limit`
      );
      expect(l.posts()).toBe(0);
    });
  });

  describe('when the server redirects to another host', () => {
    it('throws RedirectError and uploads nothing', async () => {
      const l = await loopback((req, res) => {
        res.writeHead(302, { location: `http://evil.invalid${req.url}` });
        res.end();
        return true;
      });
      const err = await sign(l).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(RedirectError);
      expect((err as Error).message).toContain(
        'the server redirected (302); refusing to follow redirects'
      );
      expect(l.posts()).toBe(0);
    });
  });

  describe('when the server is honest', () => {
    it('signs over the same loopback path (control)', async () => {
      const l = await loopback(() => false);
      const result = await sign(l);
      expect(result.published).toBe(true);
      expect(l.posts()).toBe(1);
    });
  });
});
