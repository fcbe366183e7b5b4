import {
  canonicalKeyID,
  createRootCertificate,
  signerForCertificate,
} from '../../keys/index.js';
import type { NotaryClient } from '../../notary/index.js';
import {
  formatExpires,
  Root,
  RootRole,
  signMetadata,
  Targets,
  type Key,
  type SignedMetadata,
} from '../../tuf/index.js';
import { rootExpiry, targetsExpiry } from './expiry.js';
import type { KeyRing } from './types.js';

/** A new repository's first files and the keys made for it. */
export interface NewRepository {
  root: SignedMetadata<Root>;
  /** targets.json v1 with `edit` applied, signed by the new targets key. */
  targets: SignedMetadata<Targets>;
  createdKeys: { role: string; keyID: string }[];
}

/**
 * Initialises a repository as docker does on its first `trust signer add`
 * ([C] cli/trust/trust.go + [N] client.Initialize with server-managed
 * snapshot): the root key (the key ring's choice: first local root key or a
 * new one) wrapped in an X.509 certificate CN=GUN valid 10 years; a new
 * targets key; snapshot and timestamp keys held by the server. root v1
 * expires in 10 years, targets v1 in 3 (notary-protocol.md §3.3).
 */
export async function createRepository(
  client: NotaryClient,
  keyring: KeyRing,
  edit: (targets: Targets) => Targets,
  now: Date
): Promise<NewRepository> {
  const gun = client.gun;
  // Server keys first: without push access this fails before any key is made.
  const snapshotKey = await client.getServerKey('snapshot');
  const timestampKey = await client.getServerKey('timestamp');
  const rootSigner = await keyring.rootSigner();
  const notAfter = rootExpiry(now);
  const certificate = await createRootCertificate(rootSigner, gun, {
    notBefore: now,
    notAfter,
  });
  const targetsSigner = await keyring.createKey('targets', gun);
  const entries: [string, Key][] = [
    ['root', certificate],
    ['targets', targetsSigner.publicKey],
    ['snapshot', snapshotKey],
    ['timestamp', timestampKey],
  ];
  const root = new Root({
    version: 1,
    expires: formatExpires(notAfter),
    keys: new Map(entries.map(([, k]) => [k.keyID, k])),
    roles: new Map(
      entries.map(([role, k]) => [
        role,
        new RootRole({ keyIDs: [k.keyID], threshold: 1 }),
      ])
    ),
  });
  const targets = edit(
    new Targets({ version: 1, expires: formatExpires(targetsExpiry(now)) })
  );
  return {
    root: await signMetadata(root, [
      signerForCertificate(rootSigner, certificate),
    ]),
    targets: await signMetadata(targets, [targetsSigner]),
    createdKeys: [
      { role: 'root', keyID: canonicalKeyID(certificate) },
      { role: 'targets', keyID: targetsSigner.keyID },
    ],
  };
}
