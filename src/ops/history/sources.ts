import type { ChangefeedClient, NotaryClient } from '../../notary/index.js';
import { CHANGEFEED_PAGE, MAX_BYTES } from '../../notary/index.js';
import { SignedMetadata, parseTime } from '../../tuf/index.js';
import { HistoryWalkError } from './errors.js';

/** notary-server signs timestamps for 14 days ([N] server/timestamp/timestamp.go). */
export const TIMESTAMP_LIFETIME_MS = 14 * 24 * 3600 * 1000;

/** A timestamp to read: by hash (changefeed) or by version. Untrusted until loaded. */
export interface TimestampRef {
  version: number;
  /** Hex sha256 of the timestamp file (from the changefeed). */
  sha256?: string;
  /** The changefeed's CreatedAt (unsigned). */
  createdAt?: string;
  /** The file, when listing already fetched it. */
  bytes?: Uint8Array;
}

/** The timestamps to walk, oldest first. */
export interface TimestampList {
  refs: TimestampRef[];
  source: 'changefeed' | 'versions';
  /** True when the list reaches back to the repository's first version. */
  complete: boolean;
}

/** Options of {@link listTimestamps}. */
export interface ListOptions {
  /** Bound on timestamps listed (a hostile server could claim millions). */
  max: number;
  /** Stop after the first timestamp older than this (kept as the baseline). */
  since?: Date;
}

/**
 * Lists the timestamps to walk: from the changefeed when the server has one
 * (newest first, page by page), else by version from the current timestamp
 * down to 1, where missing versions are gaps ([N] 0.7 SQL stores can drop a
 * row, and a migrated repository starts wherever it started).
 */
export async function listTimestamps(
  client: NotaryClient,
  feed: ChangefeedClient | undefined,
  options: ListOptions
): Promise<TimestampList> {
  const fromFeed = feed ? await fromChangefeed(feed, options) : undefined;
  return fromFeed ?? fromVersions(client, options);
}

async function fromChangefeed(
  feed: ChangefeedClient,
  options: ListOptions
): Promise<TimestampList | undefined> {
  const out: TimestampRef[] = [];
  let before = '-1';
  let last: bigint | undefined;
  while (out.length < options.max) {
    const want = Math.min(CHANGEFEED_PAGE, options.max - out.length);
    const page = await feed.before(before, want);
    if (!page) {
      if (before === '-1') return undefined; // no changefeed on this server
      throw new HistoryWalkError(
        'the changefeed stopped answering in the middle of the walk; run the command again'
      );
    }
    for (const record of [...page].reverse()) {
      const id = BigInt(record.id);
      // IDs must fall strictly, or a hostile server could loop us forever.
      if (last !== undefined && id >= last)
        throw new HistoryWalkError(
          `the changefeed returned change ${record.id} after ${last}; refusing an out-of-order feed`
        );
      last = id;
      // Before a deletion lies another repository's history (DELETE wipes it).
      if (record.category === 'deletion')
        return { refs: out.reverse(), source: 'changefeed', complete: true };
      out.push({
        version: record.version,
        sha256: record.sha256,
        createdAt: record.createdAt,
      });
      if (options.since && isBefore(record.createdAt, options.since))
        return { refs: out.reverse(), source: 'changefeed', complete: false };
    }
    if (page.length < want)
      return { refs: out.reverse(), source: 'changefeed', complete: true };
    before = String(last);
  }
  return { refs: out.reverse(), source: 'changefeed', complete: false };
}

async function fromVersions(
  client: NotaryClient,
  options: ListOptions
): Promise<TimestampList> {
  const current = await client.getRole('timestamp');
  if (!current)
    throw new HistoryWalkError(
      `${client.serverUrl} has no trust data for ${client.gun}`
    );
  const newest = peekTimestamp(current)?.version ?? 1;
  const refs: TimestampRef[] = [];
  let v = newest;
  // At most `max` versions are asked for, gaps included: the newest version
  // is the server's claim and could be anything.
  const floor = Math.max(1, newest - options.max + 1);
  while (v >= floor) {
    const batch = Array.from(
      { length: Math.min(PARALLEL, v - floor + 1) },
      (_, i) => v - i
    );
    const files = await Promise.all(
      batch.map((n) =>
        n === newest
          ? Promise.resolve(current)
          : client.getRole(`${n}.timestamp`, { maxBytes: MAX_BYTES.timestamp })
      )
    );
    for (const [i, bytes] of files.entries()) {
      v = batch[i] - 1;
      if (!bytes) continue; // a gap
      refs.push({ version: batch[i], bytes });
      const ts = peekTimestamp(bytes);
      if (options.since && ts && signedAt(ts.expires) < options.since.getTime())
        return { refs: refs.reverse(), source: 'versions', complete: false };
    }
  }
  return { refs: refs.reverse(), source: 'versions', complete: v < 1 };
}

/** Requests in flight at once while probing versions. */
const PARALLEL = 8;

/** When a server-made timestamp was signed: its expiry minus notary's lifetime. */
export function signedAt(expires: string): number {
  return parseTime(expires).getTime() - TIMESTAMP_LIFETIME_MS;
}

function peekTimestamp(bytes: Uint8Array) {
  try {
    return SignedMetadata.parse(bytes, 'timestamp').signed;
  } catch {
    return undefined;
  }
}

function isBefore(time: string, since: Date): boolean {
  const t = Date.parse(time);
  return Number.isFinite(t) && t < since.getTime();
}
