import { createHash } from 'node:crypto';
import {
  createRootCertificate,
  generateKey,
  signerForCertificate,
  verifySignature,
  type PrivateKeySigner,
} from '../../src/keys/index.js';
import type {
  HttpRequest,
  HttpResponse,
  Transport,
} from '../../src/net/index.js';
import { NotaryClient } from '../../src/notary/index.js';
import type { Logger, TagTarget } from '../../src/ops/index.js';
import {
  DelegatedRole,
  FileMeta,
  Key,
  MetadataError,
  ROOT_ROLE,
  Root,
  RootRole,
  SNAPSHOT_ROLE,
  SignedMetadata,
  Snapshot,
  TARGETS_ROLE,
  TIMESTAMP_ROLE,
  Targets,
  Timestamp,
  formatExpires,
  isExpiredAt,
  isValidRoleName,
  parentRole,
  parseJSON,
  signMetadata,
  verifyFileMeta,
  verifyThreshold,
  type SigningKey,
} from '../../src/tuf/index.js';

// An in-memory notary-server 0.7 (STYLE §7 "HTTP"), after go-tuf's simulator
// and sigstore-js's mock: it serves the routes of notary-protocol.md §1.1,
// validates uploads as §1.5 says, makes snapshot + timestamp with its own
// ed25519 keys (§1.6) and records every request. Hooks let hostile tests
// tamper with answers and concurrency tests inject another publisher.

const DAY = 24 * 3600 * 1000;
const YEAR = 365 * DAY;
const hex256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const text = (b: Uint8Array) => Buffer.from(b).toString('utf8');

/** A request as the fake saw it. */
export interface NotaryRequest {
  method: HttpRequest['method'];
  url: string;
  /** GUN and the path after `/_trust/tuf/` (`''` for the upload). */
  gun: string;
  tail: string;
  maxBytes?: number;
  body?: Uint8Array;
}

/** Changes an answer before it leaves the server (hostile tests). */
export type TamperHook = (
  request: NotaryRequest,
  response: HttpResponse
) => HttpResponse | Promise<HttpResponse>;

/** One role file for an out-of-band commit or an upload. */
export interface RoleFile {
  role: string;
  bytes: Uint8Array;
}

interface Stored {
  version: number;
  bytes: Uint8Array;
  /** Server clock when stored (the changefeed's CreatedAt). */
  createdAt: string;
  /** Changefeed ID of a stored timestamp (0 for other roles). */
  changeID: number;
}

interface GunState {
  files: Map<string, Stored[]>;
  timestampKey: PrivateKeySigner;
  snapshotKey: PrivateKeySigner;
  /** False for `notary init` repos without `key rotate snapshot -r` (§1.6). */
  holdsSnapshotKey: boolean;
  /** Who signs snapshots made out of band (the server's key unless a client holds it). */
  snapshotSigner: SigningKey;
}

/** Options of {@link FakeNotary}. */
export interface FakeNotaryOptions {
  serverUrl?: string;
  /** The server's clock (expiry of new snapshot/timestamp). */
  now: () => Date;
  /**
   * `sql`: answer as notary-server 0.7 on PostgreSQL does (issue 12): 500
   * UNKNOWN for a delegation asked by name that the snapshot does not list,
   * and 500 UPDATING, not 400 VERSION, for a colliding upload (both passed
   * the version check; the second INSERT hit the unique key). Default `memory`.
   */
  storage?: 'memory' | 'sql';
}

/** notary's error body (§1.4). */
export function notaryErrorResponse(
  status: number,
  code: string,
  message: string,
  detail?: unknown
): HttpResponse {
  const entry: Record<string, unknown> = { code, message };
  if (detail !== undefined) entry.detail = detail;
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: new Uint8Array(
      Buffer.from(`${JSON.stringify({ errors: [entry] })}\n`)
    ),
  };
}

const ok = (body: Uint8Array): HttpResponse => ({
  status: 200,
  headers: { 'content-type': 'application/json' },
  body,
});
const notFound = () =>
  notaryErrorResponse(
    404,
    'METADATA_NOT_FOUND',
    'You have requested metadata that does not exist.',
    {}
  );
const invalidUpdate = (name: string, msg: string, extra = {}) =>
  notaryErrorResponse(
    400,
    'INVALID_UPDATE',
    'Update sent by the client is invalid.',
    { Name: name, Error: { Msg: msg, ...extra } }
  );

/** Thrown inside the upload path to answer with a 400. */
class Reject extends Error {
  constructor(readonly response: HttpResponse) {
    super('rejected');
  }
}

/** The in-memory notary-server: a {@link Transport} for NotaryClient. */
export class FakeNotary implements Transport {
  readonly serverUrl: string;
  readonly requests: NotaryRequest[] = [];
  /** Rewrites answers (hostile server). */
  tamper: TamperHook | undefined;
  /** Runs before each upload is validated: a concurrent publisher goes here. */
  beforePublish: ((gun: string, call: number) => Promise<void>) | undefined;
  /** Uploads to answer 200 without storing (the 0.7 SQL race, §1.7). */
  dropUploads = 0;
  /** False: no changefeed route (404), as a server without one answers. */
  changefeed = true;
  private changeIDs = 0;
  now: () => Date;
  readonly storage: 'memory' | 'sql';
  private readonly guns = new Map<string, GunState>();
  private publishCalls = 0;

  constructor(options: FakeNotaryOptions) {
    this.serverUrl = options.serverUrl ?? 'https://notary.test:4443';
    this.now = options.now;
    this.storage = options.storage ?? 'memory';
  }

  get requestCount(): number {
    return this.requests.length;
  }

  /** Every POST (upload) received. */
  get posts(): NotaryRequest[] {
    return this.requests.filter((r) => r.method === 'POST');
  }

  /** Request lines `GET tail` in order, for round-trip assertions. */
  get log(): string[] {
    return this.requests.map((r) => `${r.method} ${r.tail}`);
  }

  /** A NotaryClient for `gun` on this server. */
  client(gun: string): NotaryClient {
    return new NotaryClient({
      serverUrl: this.serverUrl,
      gun,
      transport: this,
    });
  }

  async request(req: HttpRequest): Promise<HttpResponse> {
    const prefix = `${this.serverUrl}/v2/`;
    const feed = req.url.indexOf('/_trust/changefeed?');
    if (req.url.startsWith(prefix) && feed > 0) {
      const gun = req.url.slice(prefix.length, feed);
      const query = req.url.slice(feed + '/_trust/changefeed?'.length);
      this.requests.push({
        method: req.method,
        url: req.url,
        gun,
        tail: `changefeed?${query}`,
        maxBytes: req.maxBytes,
      });
      const answer = this.changefeedAnswer(gun, new URLSearchParams(query));
      return this.tamper
        ? this.tamper(this.requests[this.requests.length - 1], answer)
        : answer;
    }
    const marker = '/_trust/tuf/';
    const at = req.url.indexOf(marker);
    if (!req.url.startsWith(prefix) || at < 0) return notFound();
    const seen: NotaryRequest = {
      method: req.method,
      url: req.url,
      gun: req.url.slice(prefix.length, at),
      tail: req.url.slice(at + marker.length),
      maxBytes: req.maxBytes,
      body: req.body ? Uint8Array.from(req.body) : undefined,
    };
    this.requests.push(seen);
    await Promise.resolve(); // interleave like a socket would
    const answer = await this.route(seen, req.headers ?? {});
    return this.tamper ? this.tamper(seen, answer) : answer;
  }

  private async route(
    req: NotaryRequest,
    headers: Record<string, string>
  ): Promise<HttpResponse> {
    const state = this.guns.get(req.gun);
    if (req.method === 'POST' && req.tail === '') {
      const type = Object.entries(headers).find(
        ([k]) => k.toLowerCase() === 'content-type'
      )?.[1];
      return this.handleUpload(req.gun, type ?? '', req.body);
    }
    if (req.method !== 'GET' || !state) return notFound();
    const key = /^(timestamp|snapshot)\.key$/.exec(req.tail);
    if (key) {
      const k = (
        key[1] === 'timestamp' ? state.timestampKey : state.snapshotKey
      ).publicKey;
      // Go's struct order: public before private (§1.3).
      return ok(
        new Uint8Array(
          Buffer.from(
            `{"keytype":"${k.keyType}","keyval":{"public":"${k.publicB64}","private":null}}`
          )
        )
      );
    }
    const byVersion = /^(\d+)\.(.+)\.json$/.exec(req.tail);
    if (byVersion) {
      const v = Number(byVersion[1]);
      const hit = state.files.get(byVersion[2])?.find((s) => s.version === v);
      return hit ? ok(hit.bytes) : notFound();
    }
    const byHash = /^(.+)\.([0-9a-f]{64})\.json$/.exec(req.tail);
    if (byHash) {
      const hit = state.files
        .get(byHash[1])
        ?.find((s) => hex256(s.bytes) === byHash[2]);
      return hit ? ok(hit.bytes) : notFound();
    }
    const current = /^(.+)\.json$/.exec(req.tail);
    if (!current) return notFound();
    const role = current[1];
    if (role === TIMESTAMP_ROLE) await this.refreshTimestamp(req.gun);
    if (role === SNAPSHOT_ROLE) {
      // The snapshot the current timestamp points to (§1.1).
      const ts = this.current(req.gun, TIMESTAMP_ROLE);
      if (!ts) return notFound();
      const want = SignedMetadata.parse(ts, 'timestamp').signed.snapshotMeta
        .sha256Hex;
      const hit = state.files
        .get(SNAPSHOT_ROLE)
        ?.find((s) => hex256(s.bytes) === want);
      return hit ? ok(hit.bytes) : notFound();
    }
    const bytes = this.current(req.gun, role);
    if (!bytes && this.storage === 'sql' && role.startsWith('targets/')) {
      // [N] server/storage/tuf_store.go follows the snapshot's checksum;
      // with none listed it errors: "no checksums for supported algorithms".
      return notaryErrorResponse(500, 'UNKNOWN', 'unknown error', {
        Role: role,
      });
    }
    return bytes ? ok(bytes) : notFound();
  }

  // [N] server/handlers/changefeed.go, as measured on 0.7: records=-N reads
  // the N before change_id (-1: the newest), records=N the N after it; always
  // oldest first. Without change_id the real server crashes; we answer 400.
  private changefeedAnswer(gun: string, query: URLSearchParams): HttpResponse {
    const id = query.get('change_id');
    const n = Number(query.get('records') ?? '100');
    if (!this.changefeed) return notFound();
    if (id === null || !/^-?\d+$/.test(id) || !Number.isInteger(n))
      return notaryErrorResponse(400, 'INVALID_CHANGEFEED', 'bad query');
    const all = (this.guns.get(gun)?.files.get(TIMESTAMP_ROLE) ?? []).filter(
      (s) => s.changeID > 0
    );
    const from = Number(id);
    const picked =
      n < 0
        ? all.filter((s) => from === -1 || s.changeID < from).slice(n)
        : all.filter((s) => s.changeID > from).slice(0, n);
    const records = picked.map((s) => ({
      ID: String(s.changeID),
      CreatedAt: s.createdAt,
      GUN: gun,
      Version: s.version,
      SHA256: hex256(s.bytes),
      Category: 'update',
    }));
    return ok(
      new Uint8Array(
        Buffer.from(JSON.stringify({ count: records.length, records }))
      )
    );
  }

  /** Deletes one stored version of a role (a gap, as a lost SQL row leaves). */
  dropVersion(gun: string, role: string, version: number): void {
    const list = this.state(gun).files.get(role) ?? [];
    this.state(gun).files.set(
      role,
      list.filter((s) => s.version !== version)
    );
  }

  // --- state -------------------------------------------------------------

  /** Creates the GUN's server keys (as the first GET of timestamp.key would). */
  init(gun: string): GunState {
    let state = this.guns.get(gun);
    if (!state) {
      const timestampKey = generateKey('ed25519', {
        passphrase: undefined,
        role: 'timestamp',
        gun,
      }).signer;
      const snapshotKey = generateKey('ed25519', {
        passphrase: undefined,
        role: 'snapshot',
        gun,
      }).signer;
      state = {
        files: new Map(),
        timestampKey,
        snapshotKey,
        holdsSnapshotKey: true,
        snapshotSigner: snapshotKey,
      };
      this.guns.set(gun, state);
    }
    return state;
  }

  private state(gun: string): GunState {
    const state = this.guns.get(gun);
    if (!state) throw new Error(`fake notary: no repository ${gun}`);
    return state;
  }

  /** The server-held public key of timestamp or snapshot. */
  serverKey(gun: string, role: 'timestamp' | 'snapshot'): Key {
    const s = this.init(gun);
    return (role === 'timestamp' ? s.timestampKey : s.snapshotKey).publicKey;
  }

  /** The server's signer for timestamp (hostile tests forge with it). */
  serverSigner(gun: string, role: 'timestamp' | 'snapshot'): PrivateKeySigner {
    const s = this.state(gun);
    return role === 'timestamp' ? s.timestampKey : s.snapshotKey;
  }

  /** Marks the snapshot key as client-held: delegation-only uploads then fail (§1.6). */
  setClientHeldSnapshot(gun: string, signer: SigningKey): void {
    const s = this.init(gun);
    s.holdsSnapshotKey = false;
    s.snapshotSigner = signer;
  }

  /** The newest stored bytes of a role. */
  current(gun: string, role: string): Uint8Array | undefined {
    const list = this.guns.get(gun)?.files.get(role);
    return list?.[list.length - 1]?.bytes;
  }

  /** Every stored version of a role, oldest first. */
  versions(gun: string, role: string): Uint8Array[] {
    return (this.guns.get(gun)?.files.get(role) ?? []).map((s) => s.bytes);
  }

  /** The verified-free parse of the newest version of a targets-type role. */
  currentTargets(gun: string, role: string): Targets | undefined {
    const bytes = this.current(gun, role);
    return bytes
      ? SignedMetadata.parse(bytes, 'targets', role).signed
      : undefined;
  }

  private put(gun: string, role: string, bytes: Uint8Array): void {
    const state = this.state(gun);
    const kind = kindOf(role);
    const version = SignedMetadata.parse(bytes, kind, role).signed.version;
    const list = state.files.get(role) ?? [];
    list.push({
      version,
      bytes,
      createdAt: this.now().toISOString(),
      changeID: role === TIMESTAMP_ROLE ? ++this.changeIDs : 0,
    });
    state.files.set(role, list);
  }

  /**
   * Stores files without validation and makes a new snapshot + timestamp over
   * them, as the server does after an upload. The builder and hostile tests
   * (a server holds these keys, so it can do this) use it.
   */
  async commit(gun: string, files: readonly RoleFile[]): Promise<void> {
    this.init(gun);
    for (const f of files) this.put(gun, f.role, f.bytes);
    if (!files.some((f) => f.role === SNAPSHOT_ROLE))
      await this.makeSnapshot(
        gun,
        files.map((f) => f.role)
      );
    await this.makeTimestamp(gun);
  }

  /** Stores one file as it is (no new snapshot/timestamp). */
  putRaw(gun: string, role: string, bytes: Uint8Array): void {
    this.put(gun, role, bytes);
  }

  private async makeSnapshot(gun: string, changed: string[]): Promise<void> {
    const state = this.state(gun);
    const old = this.current(gun, SNAPSHOT_ROLE);
    const base = old ? SignedMetadata.parse(old, 'snapshot').signed : undefined;
    const meta = new Map(base?.meta ?? []);
    for (const role of new Set([ROOT_ROLE, TARGETS_ROLE, ...changed])) {
      const bytes = this.current(gun, role);
      if (bytes && role !== TIMESTAMP_ROLE && role !== SNAPSHOT_ROLE)
        meta.set(role, FileMeta.fromBytes(bytes));
    }
    const snapshot = new Snapshot({
      version: (base?.version ?? 0) + 1,
      expires: formatExpires(new Date(this.now().getTime() + 3 * YEAR)),
      meta,
    });
    const signed = await signMetadata(snapshot, [state.snapshotSigner]);
    this.put(gun, SNAPSHOT_ROLE, signed.bytes);
  }

  /** Signs a new timestamp over the newest snapshot (version + 1, now + 14 days). */
  async makeTimestamp(
    gun: string,
    options: { expires?: Date } = {}
  ): Promise<Uint8Array> {
    const state = this.state(gun);
    const snap = this.current(gun, SNAPSHOT_ROLE)!;
    const old = this.current(gun, TIMESTAMP_ROLE);
    const version = old
      ? SignedMetadata.parse(old, 'timestamp').signed.version + 1
      : 1;
    const ts = new Timestamp({
      version,
      expires: formatExpires(
        options.expires ?? new Date(this.now().getTime() + 14 * DAY)
      ),
      meta: new Map([[SNAPSHOT_ROLE, FileMeta.fromBytes(snap)]]),
    });
    const signed = await signMetadata(ts, [state.timestampKey]);
    this.put(gun, TIMESTAMP_ROLE, signed.bytes);
    return signed.bytes;
  }

  // [N] server/timestamp: an expired timestamp is re-signed during the GET.
  private async refreshTimestamp(gun: string): Promise<void> {
    const ts = this.current(gun, TIMESTAMP_ROLE);
    if (!ts) return;
    const parsed = SignedMetadata.parse(ts, 'timestamp').signed;
    if (isExpiredAt(parsed.expires, this.now())) await this.makeTimestamp(gun);
  }

  // --- upload (§1.2, §1.5, §1.6) --------------------------------------------

  private async handleUpload(
    gun: string,
    contentType: string,
    body: Uint8Array | undefined
  ): Promise<HttpResponse> {
    const call = this.publishCalls++;
    if (this.beforePublish) await this.beforePublish(gun, call);
    const boundary = /boundary=([^;]+)/.exec(contentType)?.[1];
    if (!boundary || !body)
      return notaryErrorResponse(400, 'MALFORMED_UPLOAD', 'malformed upload');
    let parts: RoleFile[];
    try {
      parts = parseMultipart(Buffer.from(body), boundary);
    } catch (err) {
      if (err instanceof Reject) return err.response;
      throw err;
    }
    return this.upload(gun, parts);
  }

  /**
   * Validates and stores an upload exactly as a POST would (without the
   * request record and hooks): the concurrent publisher calls this.
   */
  async upload(gun: string, parts: readonly RoleFile[]): Promise<HttpResponse> {
    try {
      return await this.validateAndStore(gun, parts);
    } catch (err) {
      if (err instanceof Reject) return err.response;
      throw err;
    }
  }

  private async validateAndStore(
    gun: string,
    parts: readonly RoleFile[]
  ): Promise<HttpResponse> {
    const state = this.guns.get(gun);
    // A role sent twice is stored once, the last part wins; timestamp is ignored.
    const roles = new Map<string, Uint8Array>();
    for (const p of parts) {
      const role = p.role.replace(/\.json$/, '');
      if (!isValidRoleName(role))
        throw new Reject(
          notaryErrorResponse(
            400,
            'INVALID_ROLE',
            'The role you are attempting to operate on is invalid.',
            role
          )
        );
      if (role !== TIMESTAMP_ROLE) roles.set(role, p.bytes);
    }
    const parsed = new Map<string, SignedMetadata>();
    for (const [role, bytes] of roles) {
      try {
        parseJSON(bytes, role);
      } catch {
        throw new Reject(
          notaryErrorResponse(400, 'MALFORMED_JSON', 'JSON is malformed')
        );
      }
      try {
        parsed.set(role, SignedMetadata.parse(bytes, kindOf(role), role));
      } catch (err) {
        if (!(err instanceof MetadataError)) throw err;
        throw new Reject(invalidUpdate(errName(role), err.message));
      }
    }
    const root = this.validateRoot(gun, parsed);
    const now = this.now();
    // Targets-type roles shallow-first, each against its parent (§1.5 step 3).
    const targetsRoles = [...parsed.keys()]
      .filter((r) => kindOf(r) === 'targets')
      .sort((a, b) => a.split('/').length - b.split('/').length);
    for (const role of targetsRoles) {
      const md = parsed.get(role) as SignedMetadata<Targets>;
      let keys;
      if (role === TARGETS_ROLE) keys = root.roleKeys(TARGETS_ROLE);
      else {
        const parentName = parentRole(role)!;
        const parent =
          (parsed.get(parentName)?.signed as Targets | undefined) ??
          this.currentTargets(gun, parentName);
        if (!parent?.delegation(role))
          throw new Reject(
            invalidUpdate(
              'ErrBadTargets',
              `tuf: invalid role ${role}. delegation does not exist`
            )
          );
        keys = parent.roleKeys(role);
      }
      try {
        verifyThreshold(md.signedBytes, md.signatures, keys, verifySignature);
      } catch {
        throw new Reject(
          invalidUpdate(
            'ErrBadTargets',
            `valid signatures did not meet threshold for ${role}`
          )
        );
      }
      if (isExpiredAt(md.signed.expires, now))
        throw new Reject(
          invalidUpdate(
            'ErrBadTargets',
            `${role} expired at ${md.signed.expires}`
          )
        );
    }
    const snapshot = parsed.get(SNAPSHOT_ROLE);
    if (snapshot) {
      try {
        verifyThreshold(
          snapshot.signedBytes,
          snapshot.signatures,
          root.roleKeys(SNAPSHOT_ROLE),
          verifySignature
        );
        const meta = (snapshot.signed as Snapshot).meta;
        for (const role of new Set([
          ROOT_ROLE,
          TARGETS_ROLE,
          ...roles.keys(),
        ])) {
          const bytes = roles.get(role) ?? this.current(gun, role);
          if (role === SNAPSHOT_ROLE || !bytes) continue;
          verifyFileMeta(role, bytes, meta.get(role)!);
        }
      } catch (err) {
        throw new Reject(invalidUpdate('ErrBadSnapshot', String(err)));
      }
    } else if (state && !state.holdsSnapshotKey) {
      throw new Reject(
        invalidUpdate(
          'ErrBadHierarchy',
          'no snapshot was included in update and server does not hold current snapshot key for repository',
          { Missing: 'snapshot' }
        )
      );
    }
    // Every new version strictly above every stored one (§1.5 step 6).
    for (const [role, md] of parsed) {
      const stored = state?.files.get(role) ?? [];
      if (stored.some((s) => s.version >= md.signed.version))
        throw new Reject(
          this.storage === 'sql'
            ? notaryErrorResponse(
                500,
                'UPDATING',
                'An error has occurred while updating the TUF repository.',
                null
              )
            : notaryErrorResponse(
                400,
                'VERSION',
                'A newer version of metadata is already available.',
                {}
              )
        );
    }
    if (this.dropUploads > 0) {
      this.dropUploads--;
      return ok(new Uint8Array());
    }
    await this.commit(
      gun,
      [...roles].map(([role, bytes]) => ({ role, bytes }))
    );
    return ok(new Uint8Array());
  }

  private validateRoot(gun: string, parsed: Map<string, SignedMetadata>): Root {
    const storedBytes = this.current(gun, ROOT_ROLE);
    const stored = storedBytes
      ? SignedMetadata.parse(storedBytes, 'root')
      : undefined;
    const upload = parsed.get(ROOT_ROLE) as SignedMetadata<Root> | undefined;
    if (!upload) {
      if (!stored)
        throw new Reject(
          invalidUpdate(
            'ErrValidation',
            'no pre-existing root and no root provided in update.'
          )
        );
      return stored.signed;
    }
    const current = stored?.signed.version ?? 1;
    const v = upload.signed.version;
    if (v !== current && v !== current + 1)
      throw new Reject(
        invalidUpdate(
          'ErrBadRoot',
          `Root modifications must increment the version. Current ${current}, new ${v}`
        )
      );
    try {
      for (const r of [stored?.signed, upload.signed]) {
        if (r)
          verifyThreshold(
            upload.signedBytes,
            upload.signatures,
            r.roleKeys(ROOT_ROLE),
            verifySignature
          );
      }
    } catch (err) {
      throw new Reject(invalidUpdate('ErrBadRoot', String(err)));
    }
    return upload.signed;
  }

  // --- helpers for tests -------------------------------------------------------

  /**
   * Another publisher signs `targets` into `role` with `signer` and uploads it
   * through the same validation as a POST (stored version + 1).
   */
  async publishAs(
    gun: string,
    role: string,
    signer: SigningKey,
    targets: readonly TagTarget[]
  ): Promise<HttpResponse> {
    const base =
      this.currentTargets(gun, role) ??
      new Targets({ role, version: 1, expires: '2000-01-01T00:00:00Z' });
    const hadRole = this.current(gun, role) !== undefined;
    let next = base;
    for (const t of targets) next = next.withTarget(t.tag, tagMeta(t));
    next = next
      .withVersion(hadRole ? base.version + 1 : 1)
      .withExpires(new Date(this.now().getTime() + 3 * YEAR));
    const signed = await signMetadata(next, [signer]);
    return this.upload(gun, [{ role, bytes: signed.bytes }]);
  }
}

/** The target entry docker writes for a tag (§3.4). */
export function tagMeta(t: TagTarget): FileMeta {
  return FileMeta.fromSha256Hex(t.digest.replace(/^sha256:/, ''), t.size);
}

/** A tag with a digest derived from its name (a synthetic manifest). */
export function tagTarget(tag: string, salt = ''): TagTarget {
  const manifest = `{"schemaVersion":2,"tag":"${tag}${salt}"}`;
  return {
    tag,
    digest: `sha256:${hex256(new Uint8Array(Buffer.from(manifest)))}`,
    size: manifest.length,
  };
}

function kindOf(role: string): 'root' | 'targets' | 'snapshot' | 'timestamp' {
  if (role === ROOT_ROLE || role === SNAPSHOT_ROLE || role === TIMESTAMP_ROLE)
    return role;
  return 'targets';
}

function errName(role: string): string {
  const kind = kindOf(role);
  return kind === 'root'
    ? 'ErrBadRoot'
    : kind === 'snapshot'
      ? 'ErrBadSnapshot'
      : 'ErrBadTargets';
}

/** Parts of a multipart/form-data body: filename → exact bytes. */
export function parseMultipart(raw: Buffer, boundary: string): RoleFile[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const out: RoleFile[] = [];
  let at = raw.indexOf(delimiter);
  while (at >= 0) {
    const after = at + delimiter.length;
    if (raw.subarray(after, after + 2).toString() === '--') break;
    const next = raw.indexOf(
      Buffer.concat([Buffer.from('\r\n'), delimiter]),
      after
    );
    if (next < 0) break;
    const part = raw.subarray(after + 2, next);
    const split = part.indexOf('\r\n\r\n');
    const head = part.subarray(0, split).toString();
    const filename = /filename="([^"]*)"/.exec(head)?.[1];
    if (!filename)
      throw new Reject(
        notaryErrorResponse(400, 'NO_FILENAME', 'no filename in part')
      );
    out.push({
      role: filename,
      bytes: new Uint8Array(part.subarray(split + 4)),
    });
    at = next + 2;
  }
  return out;
}

// --- docker-style repository builder ---------------------------------------

/** Options of {@link createDockerRepository}. */
export interface DockerRepoOptions {
  gun: string;
  /** Delegation name: `targets/<signerName>` (default `ci`). */
  signerName?: string;
  /** The delegate's key (default: a new ecdsa key). */
  signer?: PrivateKeySigner;
  /** Tags already signed into both delegations. */
  tags?: readonly TagTarget[];
  /** Publish targets/releases (default true). */
  publishReleases?: boolean;
  /** Publish targets/<signer> (default true). */
  publishSigner?: boolean;
  /** Key that signs the published targets/releases (default: the signer). */
  releasesSignedBy?: SigningKey;
  /** Expiry of the published targets/releases (default: 3 years after `now`). */
  releasesExpires?: Date;
  releasesPaths?: string[];
  signerPaths?: string[];
  /** Repo creation time (default: the server clock). */
  now?: Date;
  rootExpires?: Date;
  certNotAfter?: Date;
  targetsExpires?: Date;
  /** Extra targets keys; the targets threshold becomes 1 + extra.length when `targetsThreshold` is unset. */
  extraTargetsKeys?: PrivateKeySigner[];
  targetsThreshold?: number;
  /** `notary init` style: the snapshot key stays with the client (§1.6). */
  clientHeldSnapshot?: boolean;
}

/** A repository made by {@link createDockerRepository}, with its keys. */
export interface DockerRepo {
  gun: string;
  notary: FakeNotary;
  client: NotaryClient;
  rootKey: PrivateKeySigner;
  /** Root key filed under its certificate's TUF ID (signs root.json). */
  rootSigner: PrivateKeySigner;
  rootCert: Key;
  targetsKey: PrivateKeySigner;
  signer: PrivateKeySigner;
  signerRole: string;
  /** Makes root v+1 (optionally with a new root key), stored with a new snapshot/timestamp. */
  rotateRoot(options?: {
    newRootKey?: PrivateKeySigner;
    /** Which root keys sign the new root (default both: a valid rotation). */
    signedBy?: 'both' | 'old' | 'new';
  }): Promise<{ bytes: Uint8Array; rootKey: PrivateKeySigner }>;
  /** Re-signs targets after `edit` at version + 1 and commits it. */
  editTargets(edit: (t: Targets) => Targets): Promise<Uint8Array>;
}

const ecdsa = (role: string) =>
  generateKey('ecdsa', { passphrase: undefined, role, gun: 'x' }).signer;

/** A fresh ecdsa delegation key. */
export function newDelegationKey(name = 'ci'): PrivateKeySigner {
  return ecdsa(name);
}

/**
 * A repository as `docker trust signer add` leaves it (§7): root with an
 * x509 root certificate, a targets key, server-managed snapshot/timestamp,
 * delegations targets/releases and targets/<signer> (paths [""]) listing the
 * signer's key, optionally already holding tags.
 */
export async function createDockerRepository(
  notary: FakeNotary,
  options: DockerRepoOptions
): Promise<DockerRepo> {
  const { gun } = options;
  const now = options.now ?? notary.now();
  const signerName = options.signerName ?? 'ci';
  const signerRole = `targets/${signerName}`;
  const signer = options.signer ?? ecdsa(signerName);
  const state = notary.init(gun);
  let rootKey = ecdsa('root');
  const certFor = (k: PrivateKeySigner) =>
    createRootCertificate(k, gun, {
      notBefore: new Date(now.getTime() - DAY),
      notAfter: options.certNotAfter ?? new Date(now.getTime() + 10 * YEAR),
    });
  let rootCert = await certFor(rootKey);
  let rootSigner = signerForCertificate(rootKey, rootCert);
  const targetsKey = ecdsa('targets');
  const targetsKeys = [targetsKey, ...(options.extraTargetsKeys ?? [])];
  let snapshotKey = state.snapshotKey.publicKey;
  if (options.clientHeldSnapshot) {
    const own = generateKey('ed25519', {
      passphrase: undefined,
      role: 'snapshot',
      gun,
    }).signer;
    notary.setClientHeldSnapshot(gun, own);
    snapshotKey = own.publicKey;
  }
  const makeRoot = (version: number, cert: Key) =>
    new Root({
      version,
      expires: formatExpires(
        options.rootExpires ?? new Date(now.getTime() + 10 * YEAR)
      ),
      keys: new Map([
        [cert.keyID, cert],
        ...targetsKeys.map((k) => [k.keyID, k.publicKey] as const),
        [snapshotKey.keyID, snapshotKey],
        [state.timestampKey.keyID, state.timestampKey.publicKey],
      ]),
      roles: new Map([
        [ROOT_ROLE, new RootRole({ keyIDs: [cert.keyID], threshold: 1 })],
        [
          TARGETS_ROLE,
          new RootRole({
            keyIDs: targetsKeys.map((k) => k.keyID),
            threshold: options.targetsThreshold ?? targetsKeys.length,
          }),
        ],
        [
          SNAPSHOT_ROLE,
          new RootRole({ keyIDs: [snapshotKey.keyID], threshold: 1 }),
        ],
        [
          TIMESTAMP_ROLE,
          new RootRole({ keyIDs: [state.timestampKey.keyID], threshold: 1 }),
        ],
      ]),
    });
  const root = await signMetadata(makeRoot(1, rootCert), [rootSigner]);
  const delegation = (name: string, paths: string[] | undefined) =>
    new DelegatedRole({
      name,
      keyIDs: [signer.keyID],
      threshold: 1,
      paths: paths ?? [''],
    });
  const targetsExpires =
    options.targetsExpires ?? new Date(now.getTime() + 3 * YEAR);
  const targets = new Targets({
    version: 1,
    expires: formatExpires(targetsExpires),
  })
    .withDelegation(delegation('targets/releases', options.releasesPaths), [
      signer.publicKey,
    ])
    .withDelegation(delegation(signerRole, options.signerPaths), [
      signer.publicKey,
    ]);
  const files: RoleFile[] = [
    { role: ROOT_ROLE, bytes: root.bytes },
    {
      role: TARGETS_ROLE,
      bytes: (await signMetadata(targets, targetsKeys)).bytes,
    },
  ];
  const delegate = async (role: string, by: SigningKey, expires?: Date) => {
    let t = new Targets({
      role,
      version: 1,
      expires: formatExpires(expires ?? new Date(now.getTime() + 3 * YEAR)),
    });
    for (const tag of options.tags ?? [])
      t = t.withTarget(tag.tag, tagMeta(tag));
    files.push({ role, bytes: (await signMetadata(t, [by])).bytes });
  };
  if (options.publishReleases ?? true)
    await delegate(
      'targets/releases',
      options.releasesSignedBy ?? signer,
      options.releasesExpires
    );
  if (options.publishSigner ?? true) await delegate(signerRole, signer);
  await notary.commit(gun, files);

  const repo: DockerRepo = {
    gun,
    notary,
    client: notary.client(gun),
    get rootKey() {
      return rootKey;
    },
    get rootSigner() {
      return rootSigner;
    },
    get rootCert() {
      return rootCert;
    },
    targetsKey,
    signer,
    signerRole,
    async rotateRoot(o = {}) {
      const old = SignedMetadata.parse(notary.current(gun, ROOT_ROLE)!, 'root');
      const newKey = o.newRootKey ?? rootKey;
      const cert = newKey === rootKey ? rootCert : await certFor(newKey);
      const newSigner = signerForCertificate(newKey, cert);
      const next = makeRoot(old.signed.version + 1, cert);
      const by = o.signedBy ?? 'both';
      const signed = await signMetadata(next, [
        ...(by === 'new' ? [] : [rootSigner]),
        ...(by === 'old' ? [] : [newSigner]),
      ]);
      await notary.commit(gun, [{ role: ROOT_ROLE, bytes: signed.bytes }]);
      rootKey = newKey;
      rootCert = cert;
      rootSigner = newSigner;
      return { bytes: signed.bytes, rootKey: newKey };
    },
    async editTargets(edit) {
      const cur = notary.currentTargets(gun, TARGETS_ROLE)!;
      const signed = await signMetadata(edit(cur.bumpVersion()), targetsKeys);
      await notary.commit(gun, [{ role: TARGETS_ROLE, bytes: signed.bytes }]);
      return signed.bytes;
    },
  };
  return repo;
}

/** Text of a stored or served file (for assertions). */
export function fileText(bytes: Uint8Array | undefined): string {
  return bytes ? text(bytes) : '';
}

/** A Logger that keeps every line, for assertions. */
export interface RecordingLogger extends Logger {
  infos: string[];
  warnings: string[];
  groups: string[];
}

/** A fresh {@link RecordingLogger}. */
export function recordingLogger(): RecordingLogger {
  const log: RecordingLogger = {
    infos: [],
    warnings: [],
    groups: [],
    info: (m) => void log.infos.push(m),
    warn: (m) => void log.warnings.push(m),
    debug: () => undefined,
    group: (name, fn) => {
      log.groups.push(name);
      return fn();
    },
  };
  return log;
}

/** The role files of a recorded upload, in part order. */
export function uploadedFiles(req: NotaryRequest): RoleFile[] {
  const raw = Buffer.from(req.body ?? new Uint8Array());
  const first = raw.subarray(0, raw.indexOf('\r\n')).toString();
  return parseMultipart(raw, first.slice(2));
}
