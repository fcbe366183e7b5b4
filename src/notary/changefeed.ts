import type { Transport } from '../net/index.js';
import { parseJSON, type JSONValue } from '../tuf/index.js';
import { NotaryHTTPError, describeDetail, parseErrorBody } from './errors.js';

/**
 * One changefeed record: a timestamp the server stored (or a deletion of the
 * GUN). Untrusted: the server may say anything here; the timestamp it names
 * is fetched by `sha256` and verified before anything in it is believed.
 */
export interface ChangeRecord {
  /** Decimal change ID, increasing with time (the SQL/memory row ID). */
  id: string;
  /** When the server says it stored the timestamp (RFC 3339, unsigned). */
  createdAt: string;
  version: number;
  /** Hex sha256 of the timestamp file (measured on notary-server 0.7). */
  sha256: string;
  /** `update` for a new timestamp, `deletion` when the GUN was deleted. */
  category: 'update' | 'deletion';
}

/** At most this many records per request; notary's own default page is 100. */
export const CHANGEFEED_PAGE = 100;

/**
 * The changefeed of one GUN ([N] server/handlers/changefeed.go):
 * `GET /v2/<gun>/_trust/changefeed?change_id=<id>&records=<n>`. Measured on
 * 0.7: `change_id=-1&records=-N` is the newest N, `change_id=X&records=-N`
 * the N before X; records always come oldest first. `change_id` must always
 * be sent. `undefined` when the server has no changefeed (404, 400, 405).
 */
export class ChangefeedClient {
  constructor(
    private readonly options: {
      serverUrl: string;
      gun: string;
      transport: Transport;
    }
  ) {}

  /** The `count` records before `changeID` (`-1`: the newest), oldest first. */
  async before(
    changeID: string,
    count: number = CHANGEFEED_PAGE
  ): Promise<ChangeRecord[] | undefined> {
    const base = this.options.serverUrl.replace(/\/+$/, '');
    const path = `${base}/v2/${this.options.gun}/_trust/changefeed`;
    const url = `${path}?change_id=${encodeURIComponent(changeID)}&records=-${count}`;
    const res = await this.options.transport.request({
      method: 'GET',
      url,
      // ~250 bytes a record; a bigger answer is not a changefeed page.
      maxBytes: 64 * 1024 + count * 1024,
    });
    if ([400, 404, 405].includes(res.status)) return undefined;
    if (res.status !== 200) {
      const parsed = parseErrorBody(res.body);
      const text = [
        parsed.message ?? 'request failed',
        describeDetail(parsed.detail),
      ]
        .filter(Boolean)
        .join(': ');
      throw new NotaryHTTPError(
        res.status,
        'GET',
        path,
        parsed.code,
        text,
        parsed.detail
      );
    }
    return parseChangefeed(res.body, this.options.gun, count);
  }
}

/** Parses `{"count":N,"records":[…]}`; anything off-shape, or another GUN's record, is refused. */
export function parseChangefeed(
  body: Uint8Array,
  gun: string,
  limit: number
): ChangeRecord[] {
  const fail = (why: string): never => {
    throw new NotaryHTTPError(
      200,
      'GET',
      `changefeed of ${gun}`,
      undefined,
      `invalid changefeed answer: ${why}`,
      undefined
    );
  };
  let doc: JSONValue;
  try {
    doc = parseJSON(body, 'changefeed');
  } catch (err) {
    return fail((err as Error).message);
  }
  const records = (doc as { records?: JSONValue } | null)?.records;
  if (!Array.isArray(records)) return fail('no records array');
  if (records.length > limit)
    return fail(`${records.length} records, asked for ${limit}`);
  return records.map((r, i) => {
    const o = (
      typeof r === 'object' && r !== null && !Array.isArray(r) ? r : {}
    ) as Record<string, JSONValue>;
    const { ID, CreatedAt, GUN, Version, SHA256, Category } = o;
    if (typeof ID !== 'string' || !/^\d{1,18}$/.test(ID))
      fail(`record ${i}: bad ID`);
    if (typeof CreatedAt !== 'string') fail(`record ${i}: bad CreatedAt`);
    if (GUN !== gun) fail(`record ${i} is for another GUN`);
    if (Category !== 'update' && Category !== 'deletion')
      fail(`record ${i}: bad Category`);
    const deletion = Category === 'deletion';
    if (
      !deletion &&
      (typeof Version !== 'number' ||
        !Number.isSafeInteger(Version) ||
        Version < 1)
    )
      fail(`record ${i}: bad Version`);
    if (
      !deletion &&
      (typeof SHA256 !== 'string' || !/^[0-9a-f]{64}$/.test(SHA256))
    )
      fail(`record ${i}: bad SHA256`);
    return {
      id: ID as string,
      createdAt: CreatedAt as string,
      version: deletion ? 0 : (Version as number),
      sha256: deletion ? '' : (SHA256 as string),
      category: Category as 'update' | 'deletion',
    };
  });
}
