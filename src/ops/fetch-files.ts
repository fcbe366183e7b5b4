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
  /** Delegations to ask for in the first round, by name, before we know they exist. */
  hints?: readonly string[];
  /**
   * Files already held (the state before our publish): reused wherever the new
   * snapshot names the same bytes, so a read-back fetches only what changed.
   */
  known?: RepositoryFiles;
}

/**
 * Downloads a repository's metadata for verification in as few round trips as
 * possible: timestamp, snapshot, root, targets and the hinted delegations all
 * at once by current name (issue 7), then, only if the server changed between
 * requests, the files the timestamp really points to by sha256 (as notary
 * fetches: [N] client/tufclient.go), then any delegation not yet seen.
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
  const hints = [...new Set(options.hints ?? [])];
  const [timestamp, snapshot0, root0, targets0, ...hinted] = await Promise.all([
    get('timestamp'),
    get('snapshot'),
    options.known?.root ?? get('root'),
    options.known?.targets ?? get('targets'),
    ...hints.map((h) => get(h)),
  ]);
  if (!root0 || !timestamp) {
    throw new RepositoryNotFoundError(
      `${client.serverUrl} has no trust data for ${client.gun}; a key holder must initialise it (dct-sign signer add NAME ${client.gun} --key PUB.pem)`
    );
  }

  // Re-read by hash whatever is not the version the timestamp / snapshot names.
  const snapshotHash = peek(
    () =>
      SignedMetadata.parse(timestamp, 'timestamp').signed.snapshotMeta.sha256Hex
  );
  const snapshotLength = peek(
    () =>
      SignedMetadata.parse(timestamp, 'timestamp').signed.snapshotMeta.length
  );
  const snapshot = await matching(snapshot0, snapshotHash, () =>
    get('snapshot', snapshotHash, snapshotLength)
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

  const delegations = new Map<string, Uint8Array>();
  await Promise.all(
    hints.map(async (role, i) => {
      const hash = wanted(role);
      if (!hash) return; // listed nowhere in the snapshot: never published
      const bytes = await matching(hinted[i], hash, () =>
        get(role, hash, length(role))
      );
      if (bytes) delegations.set(role, bytes);
    })
  );
  // Walk down: delegations of each fetched targets-type role that the snapshot lists.
  let frontier: Array<[string, Uint8Array | undefined]> = [
    ['targets', targets],
    ...delegations,
  ];
  while (frontier.length > 0) {
    const next = frontier
      .flatMap(([role, bytes]) => childrenOf(role, bytes))
      .filter(
        (child, i, all) =>
          !delegations.has(child) && wanted(child) && all.indexOf(child) === i
      );
    // Bounded: each delegation may be up to the default cap, so a server
    // delegating to a million roles must not make us hold them all.
    if (delegations.size + next.length > MAX_DELEGATIONS) {
      throw new TooManyDelegationsError(
        `${client.gun} delegates to more than ${MAX_DELEGATIONS} roles; refusing to fetch them all`
      );
    }
    const fetched = await Promise.all(
      next.map((child) =>
        matching(options.known?.delegations?.get(child), wanted(child), () =>
          get(child, wanted(child), length(child))
        )
      )
    );
    frontier = [];
    next.forEach((child, i) => {
      const bytes = fetched[i];
      if (!bytes) return;
      delegations.set(child, bytes);
      frontier.push([child, bytes]);
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
