import { withContext } from '../../errors.js';
import { NotaryHTTPError, type NotaryClient } from '../../notary/index.js';
import {
  formatExpires,
  Targets,
  type SignedMetadata,
  type TrustedRepository,
} from '../../tuf/index.js';
import {
  explainRejection,
  isVersionConflict,
  PublishConflictError,
  ReadBackError,
  RepositoryNotFoundError,
  RootPinError,
} from '../errors.js';
import {
  checkPinnedRoot,
  loadTrustedRepository,
  type TrustOptions,
} from '../load-trusted.js';
import type { Logger } from '../types.js';
import { applySignerChange, changeResult } from './apply-change.js';
import { diffDelegations } from './diff.js';
import { targetsExpiry } from './expiry.js';
import { createRepository } from './init-repository.js';
import { addSignerKeys } from './signer-edit.js';
import type { ChangeResult, KeyRing, SignerChange } from './types.js';

/** Options of {@link changeSigner}. */
export interface ChangeSignerOptions extends RootTrust {
  keyring: KeyRing;
  now: Date;
  logger: Logger;
  dryRun?: boolean;
}

/** The root anchors of a change: pin, remembered root, and where to remember the next one. */
export type RootTrust = Pick<
  TrustOptions,
  'rootKeyID' | 'trustedRoot' | 'remember'
>;

/**
 * `signer add|remove|rotate` online: fetch and verify the repository (or,
 * for `add` on a GUN without trust data, initialise it as docker does),
 * apply the change, upload every changed role in ONE request, then read the
 * repository back and check the server serves exactly our bytes.
 */
export async function changeSigner(
  client: NotaryClient,
  change: SignerChange,
  options: ChangeSignerOptions
): Promise<ChangeResult> {
  const gun = client.gun;
  const existing = await client.getRole('root').catch((err: unknown) => {
    throw withContext(`fetching root of ${gun}`, err);
  });
  if (!existing) return initialise(client, change, options);

  const { repo } = await loadTrustedRepository(client, {
    referenceTime: options.now,
    rootKeyID: options.rootKeyID,
    trustedRoot: options.trustedRoot,
    remember: options.remember,
  });
  const applied = await applySignerChange(repo, change, options);
  const result = changeResult(gun, applied);
  if (options.dryRun) return result;
  await upload(client, applied.uploads);
  // The read-back is anchored on the root just verified, not on first use.
  await readBack(client, applied.uploads, {
    ...options,
    trustedRoot: repo.root.bytes,
  });
  options.logger.info(
    `published ${result.roles.map((r) => `${r.role} v${r.version}`).join(', ')} for ${gun}`
  );
  return { ...result, published: true };
}

/** A GUN without root.json: only `add` can create it (docker's first `signer add`). */
async function initialise(
  client: NotaryClient,
  change: SignerChange,
  options: ChangeSignerOptions
): Promise<ChangeResult> {
  const gun = client.gun;
  // A GUN we verified before cannot lose its trust data: a server that says
  // so wants a new root (one it may know more about) in place of the old.
  if (options.trustedRoot) {
    throw new RootPinError(
      `${client.serverUrl} has no trust data for ${gun}, but a verified root of it is remembered: refusing to initialise it again (a server that lost or hides the repository); if the repository really was deleted, remove the remembered root.json of ${gun} from the trust dir (tuf/${gun}/metadata) and run again`
    );
  }
  if (change.kind !== 'add') {
    throw new RepositoryNotFoundError(
      `${client.serverUrl} has no trust data for ${gun}: nothing to ${change.kind}`
    );
  }
  const edit = (t: Targets) => addSignerKeys(t, change.name, change.keys);
  const diff = [
    `+ root v1  new repository: root key certificate CN=${gun} (10 years), new targets key, snapshot and timestamp keys held by the server`,
    ...diffDelegations(
      undefined,
      edit(
        new Targets({
          version: 1,
          expires: formatExpires(targetsExpiry(options.now)),
        })
      )
    ),
  ];
  const base: ChangeResult = {
    gun,
    initialised: true,
    roles: [
      { role: 'root', version: 1 },
      { role: 'targets', version: 1 },
    ],
    diff,
    warnings: [],
    published: false,
  };
  if (options.dryRun) return base;
  const created = await createRepository(
    client,
    options.keyring,
    edit,
    options.now
  );
  // A pin that does not match the new root must stop us before anything
  // exists on the server, not after (a root created against the pin would
  // make every later run refuse the repository).
  if (options.rootKeyID)
    checkPinnedRoot(created.root, options.rootKeyID, gun, options.now);
  // root + targets in one POST, no snapshot: the server makes it (server-managed snapshot).
  await upload(client, [created.root, created.targets]);
  await readBack(client, [created.targets], {
    ...options,
    trustedRoot: created.root.bytes,
  });
  return { ...base, published: true, createdKeys: created.createdKeys };
}

/** One atomic POST; refusals become one line saying what to do. */
export async function upload(
  client: NotaryClient,
  files: SignedMetadata[]
): Promise<void> {
  const roles = files.map((f) => f.role);
  try {
    await client.publish(files.map((f) => ({ role: f.role, bytes: f.bytes })));
  } catch (err) {
    if (isVersionConflict(err)) {
      throw new PublishConflictError(
        `${client.gun}: another publisher updated the repository while we worked; run the command again`,
        { cause: err }
      );
    }
    if (err instanceof NotaryHTTPError && err.status === 400)
      throw explainRejection(err, client.gun, roles);
    throw withContext(`publishing ${roles.join(', ')} of ${client.gun}`, err);
  }
}

/**
 * After a 200, the server must serve a repository that verifies and holds
 * exactly our bytes (a 0.7 SQL server can drop an update; §1.7).
 */
export async function readBack(
  client: NotaryClient,
  uploaded: readonly SignedMetadata[],
  options: { now: Date } & RootTrust
): Promise<TrustedRepository> {
  const hints = uploaded
    .map((u) => u.role)
    .filter((r) => r.startsWith('targets/'));
  const { repo } = await loadTrustedRepository(client, {
    referenceTime: options.now,
    rootKeyID: options.rootKeyID,
    trustedRoot: options.trustedRoot,
    remember: options.remember,
    hints,
  });
  for (const file of uploaded) {
    const served = repo.role(file.role)?.metadata.bytes;
    if (
      !served ||
      Buffer.compare(Buffer.from(served), Buffer.from(file.bytes)) !== 0
    ) {
      throw new ReadBackError(
        `${client.gun}: the server accepted the upload but serves another ${file.role}; check the trust server's storage and run the command again`
      );
    }
  }
  return repo;
}
