import {
  BlobSASPermissions,
  BlobServiceClient,
  StorageSharedKeyCredential,
  generateBlobSASQueryParameters,
} from '@azure/storage-blob';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import * as http from 'node:http';
import { tmpdir } from 'node:os';
import type { AddressInfo, Socket } from 'node:net';
import { join, resolve } from 'node:path';

/**
 * The Actions cache as a runner offers it to @actions/cache 6 (protocol v2):
 * a Twirp JSON endpoint (CreateCacheEntry, FinalizeCacheEntryUpload,
 * GetCacheEntryDownloadURL under ACTIONS_RESULTS_URL, bearer
 * ACTIONS_RUNTIME_TOKEN) served here, and the archives in Azure Blob storage
 * through signed (SAS) URLs, played by the real Azurite emulator.
 */

/** Azurite's fixed development account (documented, not a secret). */
const ACCOUNT = 'devstoreaccount1';
const ACCOUNT_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const CONTAINER = 'actions-cache';
const SERVICE = 'github.actions.results.api.v1.CacheService';
/** SAS expiry: fixed and far, so no test reads the wall clock. */
const SAS_EXPIRY = new Date('2099-01-01T00:00:00Z');

const CONFLICT = { conflict: true };

/** One Twirp call the endpoint received. */
export interface TwirpCall {
  method: string;
  body: Record<string, unknown>;
  authorization?: string;
}

/** A cache entry: key + version, the blob holding its archive. */
export interface CacheEntry {
  key: string;
  version: string;
  blob: string;
  finalized: boolean;
  /** creation order; "newest" is the highest */
  seq: number;
}

/**
 * How the endpoint behaves: `ok`; `unavailable` answers 503 to every call
 * (@actions/cache retries that for ~25 s); `hang` never answers.
 */
export type CacheServiceMode = 'ok' | 'unavailable' | 'hang';

export class ActionsCacheService {
  readonly calls: TwirpCall[] = [];
  readonly entries: CacheEntry[] = [];
  mode: CacheServiceMode = 'ok';
  readonly token = `runtime-token-${randomUUID()}`;
  private seq = 0;
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly server: http.Server,
    private readonly azurite: ChildProcess,
    private readonly azuriteDir: string,
    private readonly blobUrl: string,
    private readonly credential: StorageSharedKeyCredential
  ) {}

  /** Starts Azurite (blob only, in memory) and the Twirp endpoint on loopback. */
  static async start(): Promise<ActionsCacheService> {
    const azuriteDir = mkdtempSync(join(tmpdir(), 'dct-azurite-'));
    const { child, url } = await startAzurite(azuriteDir);
    const credential = new StorageSharedKeyCredential(ACCOUNT, ACCOUNT_KEY);
    const blobUrl = `${url}/${ACCOUNT}`;
    await new BlobServiceClient(blobUrl, credential)
      .getContainerClient(CONTAINER)
      .create();
    const server = http.createServer();
    const service = new ActionsCacheService(
      server,
      child,
      azuriteDir,
      blobUrl,
      credential
    );
    server.on('connection', (s) => {
      service.sockets.add(s);
      s.on('close', () => service.sockets.delete(s));
    });
    server.on('request', (req, res) => service.handle(req, res));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    return service;
  }

  /** What the runner sets for a job: cache service v2 at this endpoint. */
  env(): Record<string, string> {
    const { port } = this.server.address() as AddressInfo;
    return {
      ACTIONS_CACHE_SERVICE_V2: 'true',
      ACTIONS_RESULTS_URL: `http://127.0.0.1:${port}/`,
      ACTIONS_RUNTIME_TOKEN: this.token,
      // github.com: v2 is chosen only there (not on GHES)
      GITHUB_SERVER_URL: 'https://github.com',
    };
  }

  /** The Twirp methods called since the last reset, in order. */
  methods(): string[] {
    return this.calls.map((c) => c.method);
  }

  reset(): void {
    this.calls.length = 0;
    this.mode = 'ok';
    for (const s of this.sockets) s.destroy();
  }

  /** The cache forgets everything (GitHub evicts entries unused for 7 days). */
  evictAll(): void {
    this.entries.length = 0;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((done) => this.server.close(() => done()));
    this.azurite.kill('SIGTERM');
    rmSync(this.azuriteDir, { recursive: true, force: true });
  }

  private sasUrl(blob: string, permissions: string): string {
    const sas = generateBlobSASQueryParameters(
      {
        containerName: CONTAINER,
        blobName: blob,
        permissions: BlobSASPermissions.parse(permissions),
        expiresOn: SAS_EXPIRY,
      },
      this.credential
    ).toString();
    return `${this.blobUrl}/${CONTAINER}/${blob}?${sas}`;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const method = (req.url ?? '').replace(`/twirp/${SERVICE}/`, '');
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
      } catch {
        // recorded as {}; the method then fails on missing fields
      }
      this.calls.push({
        method,
        body,
        authorization: req.headers.authorization,
      });
      if (this.mode === 'hang') return;
      if (this.mode === 'unavailable')
        return reply(res, 503, { code: 'unavailable', msg: 'injected' });
      if (req.headers.authorization !== `Bearer ${this.token}`)
        return reply(res, 401, { code: 'unauthenticated', msg: 'bad token' });
      const answer = this.answer(method, body);
      if (answer === CONFLICT)
        return reply(res, 409, {
          code: 'already_exists',
          msg: 'cache entry with the same key, version, and scope already exists',
        });
      reply(res, 200, answer);
    });
  }

  private answer(method: string, body: Record<string, unknown>): object {
    const key = typeof body.key === 'string' ? body.key : '';
    const version = typeof body.version === 'string' ? body.version : '';
    switch (method) {
      case 'CreateCacheEntry': {
        // entries are immutable: a second create of a key is a twirp 409
        if (this.entries.some((e) => e.key === key && e.version === version))
          return CONFLICT;
        const blob = `${randomUUID()}.tzst`;
        this.entries.push({
          key,
          version,
          blob,
          finalized: false,
          seq: ++this.seq,
        });
        return { ok: true, signed_upload_url: this.sasUrl(blob, 'cw') };
      }
      case 'FinalizeCacheEntryUpload': {
        const entry = this.entries.find(
          (e) => e.key === key && e.version === version
        );
        if (!entry) return { ok: false, message: 'no such entry' };
        entry.finalized = true;
        return { ok: true, entry_id: String(entry.seq) };
      }
      case 'GetCacheEntryDownloadURL': {
        const hit = this.lookup(
          key,
          (body.restore_keys as string[] | undefined) ?? [],
          version
        );
        if (!hit) return { ok: false };
        return {
          ok: true,
          signed_download_url: this.sasUrl(hit.blob, 'r'),
          matched_key: hit.key,
        };
      }
      default:
        return { ok: false, message: `unknown method ${method}` };
    }
  }

  /** GitHub's rule: the exact key, else each restore key as a prefix, newest first. */
  private lookup(
    key: string,
    restoreKeys: string[],
    version: string
  ): CacheEntry | undefined {
    const usable = this.entries
      .filter((e) => e.finalized && e.version === version)
      .sort((a, b) => b.seq - a.seq);
    return (
      usable.find((e) => e.key === key) ??
      restoreKeys
        .map((prefix) => usable.find((e) => e.key.startsWith(prefix)))
        .find((e) => e !== undefined)
    );
  }
}

function reply(res: http.ServerResponse, status: number, body: object): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** Starts azurite-blob on a free loopback port; resolves with its URL. */
async function startAzurite(
  dir: string
): Promise<{ child: ChildProcess; url: string }> {
  const bin = resolve('node_modules/.bin/azurite-blob');
  const child = spawn(
    bin,
    [
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      '0',
      '--inMemoryPersistence',
      '--skipApiVersionCheck',
      '--disableTelemetry',
      '--extentMemoryLimit',
      '256',
    ],
    // in memory: nothing is written, but any debug file lands in `dir`
    { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] }
  );
  let output = '';
  return new Promise((done, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      fail(new Error(`azurite-blob did not start in 30 s:\n${output}`));
    }, 30_000);
    const onData = (d: Buffer) => {
      output += d.toString('utf8');
      const m = /listens on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        done({ child, url: m[1] });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`azurite-blob exited (${code}):\n${output}`));
    });
  });
}
