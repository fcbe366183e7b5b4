import { withContext } from '../errors.js';
import type { NotaryClient } from '../notary/index.js';
import {
  SignedMetadata,
  sha256Hex as hex,
  type RepositoryFiles,
} from '../tuf/index.js';
import { RepositoryNotFoundError, TooManyDelegationsError } from './errors.js';

/**
 * Most delegations fetched for one repository. Notary sets no bound; docker
 * repositories hold `targets/releases` plus one role per signer, so a
 * thousand leaves room for any real one while capping memory.
 */
export const MAX_DELEGATIONS = 1000;

/** Options of {@link fetchRepositoryFiles}. */
export interface FetchOptions {
  /**
   * Delegations wanted even if no fetched role names them yet; fetched (by
   * hash) in the first round after the snapshot, and only if it lists them.
   */
  hints?: readonly string[];
  /**
   * Files already held (the state before our publish): reused wherever the new
   * snapshot names the same bytes, so a read-back fetches only what changed.
   */
  known?: RepositoryFiles;
}

/**
 * Downloads a repository's metadata for verification in few round trips:
 * timestamp, snapshot, root and targets all at once by current name (issue 7),
 * then, only if the server changed between requests, the files the timestamp
 * really points to by sha256, then the delegations, by the sha256 the
 * snapshot gives, level by level. A delegation the snapshot does not list is
 * never asked for: it was never published (version 0), and notary-server on
 * SQL storage answers 500, not 404, for it (issue 12), which is why notary's
 * own client reads the snapshot first too ([N] client/tufclient.go).
 * Nothing here is trusted: verifyRepository checks every byte afterwards.
 */
export async function fetchRepositoryFiles(
  client: NotaryClient,
  options: FetchOptions = {}
): Promise<RepositoryFiles> {
  // By hash, the download is capped at the length signed metadata records
  // for it ([N] client/tufclient.go GetSized), not only at the default cap.
  const get = (role: string, sha256Hex?: string, length?: number) =>
    client
      .getRole(role, {
        ...(sha256Hex ? { sha256: sha256Hex } : {}),
        ...(length !== undefined ? { maxBytes: length } : {}),
      })
      .catch((err: unknown) => {
        throw withContext(`fetching ${role} of ${client.gun}`, err);
      });
  const [timestamp, snapshot0, root0, targets0] = await Promise.all([
    get('timestamp'),
    get('snapshot'),
    options.known?.root ?? get('root'),
    options.known?.targets ?? get('targets'),
  ]);
  if (!root0 || !timestamp) {
    throw new RepositoryNotFoundError(
      `${client.serverUrl} has no trust data for ${client.gun}; a key holder must initialise it (dct-sign signer add NAME ${client.gun} --key PUB.pem)`
    );
  }

  // Re-read by hash whatever is not the version the timestamp / snapshot names.
  const snapshotMeta = peek(
    () => SignedMetadata.parse(timestamp, 'timestamp').signed.snapshotMeta
  );
  const snapshot = await matching(snapshot0, snapshotMeta?.sha256Hex, () =>
    get('snapshot', snapshotMeta?.sha256Hex, snapshotMeta?.length)
  );
  const meta = peek(() => SignedMetadata.parse(snapshot!, 'snapshot').signed);
  const wanted = (role: string) => meta?.meta.get(role)?.sha256Hex;
  const length = (role: string) => meta?.meta.get(role)?.length;
  const [root, targets] = await Promise.all([
    matching(root0, wanted('root'), () =>
      get('root', wanted('root'), length('root'))
    ),
    matching(targets0, wanted('targets'), () =>
      get('targets', wanted('targets'), length('targets'))
    ),
  ]);

  // Walk down, one level per round: the delegations of each fetched
  // targets-type role (and the hints), only those the snapshot lists.
  const delegations = new Map<string, Uint8Array>();
  let next = [...childrenOf('targets', targets), ...(options.hints ?? [])];
  while (next.length > 0) {
    const level = next.filter(
      (role, i, all) =>
        !delegations.has(role) && wanted(role) && all.indexOf(role) === i
    );
    // Bounded: each delegation may be up to the default cap, so a server
    // delegating to a million roles must not make us hold them all.
    if (delegations.size + level.length > MAX_DELEGATIONS) {
      throw new TooManyDelegationsError(
        `${client.gun} delegates to more than ${MAX_DELEGATIONS} roles; refusing to fetch them all`
      );
    }
    const fetched = await Promise.all(
      level.map((role) =>
        matching(options.known?.delegations?.get(role), wanted(role), () =>
          get(role, wanted(role), length(role))
        )
      )
    );
    next = [];
    level.forEach((role, i) => {
      const bytes = fetched[i];
      if (!bytes) return;
      delegations.set(role, bytes);
      next.push(...childrenOf(role, bytes));
    });
  }
  return {
    root: root ?? root0,
    timestamp,
    snapshot: snapshot ?? new Uint8Array(),
    targets: targets ?? new Uint8Array(),
    delegations,
  };
}

/** The bytes if their sha256 is `hash` (or no hash is known), else a re-fetch by hash. */
async function matching(
  bytes: Uint8Array | undefined,
  hash: string | undefined,
  refetch: () => Promise<Uint8Array | undefined>
): Promise<Uint8Array | undefined> {
  if (!hash || (bytes && hex(bytes) === hash)) return bytes;
  return (await refetch()) ?? bytes;
}

/** Parses for navigation only; a failure is left for verification to report. */
function peek<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}

function childrenOf(role: string, bytes: Uint8Array | undefined): string[] {
  if (!bytes) return [];
  const parsed = peek(
    () => SignedMetadata.parse(bytes, 'targets', role).signed
  );
  return parsed ? parsed.delegationRoles.map((r) => r.name) : [];
}
