import type { ChangefeedClient, NotaryClient } from '../../notary/index.js';
import { loadTrustedRepository, type TrustOptions } from '../load-trusted.js';
import type { Logger } from '../types.js';
import { diffViews, viewOf, type VersionView } from './diff.js';
import { VersionLoader, type VersionState } from './load-version.js';
import { trustedRootChain } from './root-chain.js';
import { listTimestamps } from './sources.js';
import type { HistoryEvent, HistoryReport } from './types.js';

/** Default bound on the versions one walk reads. */
export const DEFAULT_MAX_VERSIONS = 1000;

/** Options of {@link readHistory}. */
export interface HistoryOptions extends TrustOptions {
  /** Judges the current repository (which anchors the walk). */
  now: Date;
  logger: Logger;
  /** The server's changefeed; without it, or when it 404s, versions are walked. */
  feed?: ChangefeedClient;
  /** Bound on timestamps and roots read (default 1000). */
  maxVersions?: number;
  /** Only events at or after this time. */
  since?: Date;
  /** Only tag events for this tag. */
  tag?: string;
}

/**
 * The signing history of a repository: verifies the current repository (root
 * pinned or remembered as for every command), follows the root chain back,
 * lists the published timestamps, verifies each version and reports what
 * changed from one verified version to the next.
 */
export async function readHistory(
  client: NotaryClient,
  options: HistoryOptions
): Promise<HistoryReport> {
  const max = options.maxVersions ?? DEFAULT_MAX_VERSIONS;
  const { repo } = await loadTrustedRepository(client, {
    referenceTime: options.now,
    rootKeyID: options.rootKeyID,
    trustedRoot: options.trustedRoot,
  });
  const roots = await trustedRootChain(client, repo.root, max);
  if (roots.stoppedBecause)
    options.logger.warn(
      `${client.gun}: ${roots.stoppedBecause}; older versions are reported as unverified`
    );
  const list = await listTimestamps(client, options.feed, {
    max,
    since: options.since,
  });
  const loader = new VersionLoader(client, roots);
  const events: HistoryEvent[] = [];
  let view: VersionView | undefined;
  let read = 0;
  // Loaded a few at a time (network), diffed strictly in order.
  for (let i = 0; i < list.refs.length; i += LOADS_IN_FLIGHT) {
    const batch = list.refs.slice(i, i + LOADS_IN_FLIGHT);
    const loaded = await Promise.all(
      batch.map((ref) =>
        loader.load(ref).then(
          (state): VersionState | Error => state,
          (err: unknown) =>
            err instanceof Error ? err : new Error(String(err))
        )
      )
    );
    loaded.forEach((state, j) => {
      const ref = batch[j];
      if (state instanceof Error) {
        events.push({
          kind: 'unverified',
          time: ref.createdAt ?? '',
          timestampVersion: ref.version,
          message: state.message,
        });
        return;
      }
      read++;
      const next = viewOf(state.repo, state.time, view);
      events.push(...diffViews(view, next));
      view = next;
    });
  }
  return {
    schema: 'dct-sign/history/v1',
    gun: client.gun,
    source: list.source,
    versionsRead: read,
    complete: list.complete,
    oldestTrustedRoot: roots.oldest,
    events: events.filter((e) => keep(e, options)),
  };
}

const LOADS_IN_FLIGHT = 4;

function keep(event: HistoryEvent, options: HistoryOptions): boolean {
  if (
    options.tag !== undefined &&
    !('tag' in event && event.tag === options.tag)
  )
    return false;
  if (options.since) {
    const t = Date.parse(event.time);
    if (!Number.isFinite(t) || t < options.since.getTime()) return false;
  }
  return true;
}
