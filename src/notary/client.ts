import { randomBytes } from 'node:crypto';
import { Key, parseJSON } from '../tuf/index.js';
import type { HttpResponse, Transport } from '../net/index.js';
import { NotaryHTTPError, describeDetail, parseErrorBody } from './errors.js';

/** Size caps per document ([N] client/tufclient.go: root 100 MiB, timestamp 1 MiB). */
export const MAX_BYTES = {
  root: 10 * 1024 * 1024,
  timestamp: 1024 * 1024,
  default: 64 * 1024 * 1024,
} as const;

/** Options of {@link NotaryClient}. */
export interface NotaryClientOptions {
  /** e.g. `https://notary.example.com:4443` (no trailing slash needed). */
  serverUrl: string;
  /** The Globally Unique Name, e.g. `registry.example.com/acme/app`. */
  gun: string;
  /** Usually an authenticated, retrying transport (net/). */
  transport: Transport;
}

/** One role file for an atomic upload: the exact bytes the server will store. */
export interface RoleUpload {
  role: string;
  bytes: Uint8Array;
}

/**
 * The notary-server HTTP API for one GUN (notary-protocol.md §1): metadata by
 * current name, checksum or version; server-held keys; the atomic multipart
 * upload. Speaks bytes only: parsing and trust decisions belong to tuf/ and ops/.
 */
export class NotaryClient {
  readonly gun: string;
  readonly serverUrl: string;
  private readonly transport: Transport;

  constructor(options: NotaryClientOptions) {
    this.gun = options.gun;
    this.serverUrl = options.serverUrl.replace(/\/+$/, '');
    this.transport = options.transport;
  }

  private url(tail: string): string {
    return `${this.serverUrl}/v2/${this.gun}/_trust/tuf/${tail}`;
  }

  /**
   * GET a role file: current version, or by sha256 (hex) when given, as notary
   * fetches everything but timestamp ([N] client/tufclient.go). `undefined` on 404.
   */
  async getRole(
    role: string,
    options: { sha256?: string; maxBytes?: number } = {}
  ): Promise<Uint8Array | undefined> {
    const name = options.sha256
      ? `${role}.${options.sha256}.json`
      : `${role}.json`;
    const maxBytes =
      options.maxBytes ??
      (MAX_BYTES as Record<string, number>)[role] ??
      MAX_BYTES.default;
    const res = await this.transport.request({
      method: 'GET',
      url: this.url(name),
      maxBytes,
    });
    if (res.status === 404) return undefined;
    if (res.status !== 200) throw this.error('GET', name, res);
    return res.body;
  }

  /** GET `<version>.root.json`, for walking a root rotation chain. */
  async getRootVersion(version: number): Promise<Uint8Array | undefined> {
    return this.getRole(`${version}.root`, { maxBytes: MAX_BYTES.root });
  }

  /**
   * GET the server-held public key of `timestamp` or `snapshot`. Needs push
   * scope, and creates the key if the server has none ([N] server/handlers/default.go).
   */
  async getServerKey(role: 'timestamp' | 'snapshot'): Promise<Key> {
    const name = `${role}.key`;
    const res = await this.transport.request({
      method: 'GET',
      url: this.url(name),
      maxBytes: 64 * 1024,
    });
    if (res.status !== 200) throw this.error('GET', name, res);
    try {
      return Key.fromJSON(
        parseJSON(res.body, `${role} key`),
        `${role} key from the server`
      );
    } catch (err) {
      throw new NotaryHTTPError(
        200,
        'GET',
        this.path(name),
        undefined,
        `invalid key JSON: ${String(err)}`,
        undefined
      );
    }
  }

  /**
   * POST every role in one multipart request: the server validates and stores
   * all of them in one transaction, then signs snapshot and timestamp
   * ([N] storage/httpstore.go NewMultiPartMetaRequest). The part filename is
   * the bare role name with its slash (`targets/releases`).
   */
  async publish(files: RoleUpload[]): Promise<void> {
    const boundary = `dct-sign-${randomBytes(12).toString('hex')}`;
    const body = encodeMultipart(boundary, files);
    const res = await this.transport.request({
      method: 'POST',
      url: this.url(''),
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      body,
      maxBytes: 1024 * 1024,
    });
    if (res.status !== 200) throw this.error('POST', '', res);
  }

  /** Server and path for messages: errors must name the server (issue 5). */
  private path(tail: string): string {
    return `${this.serverUrl}/v2/${this.gun}/_trust/tuf/${tail}`;
  }

  private error(
    method: string,
    tail: string,
    res: HttpResponse
  ): NotaryHTTPError {
    const parsed = parseErrorBody(res.body);
    const detail = describeDetail(parsed.detail);
    const text = [
      parsed.message ?? (res.status === 404 ? 'not found' : 'request failed'),
      detail,
    ]
      .filter(Boolean)
      .join(': ');
    return new NotaryHTTPError(
      res.status,
      method,
      this.path(tail),
      parsed.code,
      text,
      parsed.detail
    );
  }
}

/** multipart/form-data with one `files` part per role; nothing after each JSON body. */
export function encodeMultipart(
  boundary: string,
  files: RoleUpload[]
): Uint8Array {
  // One copy of the role bytes, into the body: views, not copies, until then
  // (big roles are megabytes).
  const chunks: Uint8Array[] = [];
  for (const file of files) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\n` +
          `Content-Disposition: form-data; name="files"; filename="${file.role}"\r\n` +
          'Content-Type: application/octet-stream\r\n\r\n'
      ),
      file.bytes,
      Buffer.from('\r\n')
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}
