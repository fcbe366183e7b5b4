import {
  ROOT_ROLE,
  Root,
  RootRole,
  SignedMetadata,
  signMetadata,
  type Key,
} from '../../../../src/tuf/index.js';
import {
  FakeNotary,
  createDockerRepository,
  tagTarget,
  type DockerRepo,
} from '../../../helpers/fake-notary.js';

/**
 * The attacker's own server, holding a repository under the victim's GUN,
 * made with the attacker's own root, targets and delegation keys.
 */
export async function attackerRepository(
  victim: DockerRepo,
  now: Date
): Promise<DockerRepo> {
  const notary = new FakeNotary({ now: () => now });
  return createDockerRepository(notary, {
    gun: victim.gun,
    tags: [tagTarget('v1', 'evil')],
  });
}

/**
 * Re-publishes `repo`'s root at version + 1 with `extra` keys listed as root
 * keys next to its own (threshold unchanged), signed by `repo`'s root key
 * only: the root swap of finding 1 when `extra` is the victim's certificate.
 * Other roles (e.g. targets) may list extra keys too.
 */
export async function forgeRoot(
  repo: DockerRepo,
  extra: { root?: Key[]; targets?: Key[] }
): Promise<Uint8Array> {
  const cur = SignedMetadata.parse(
    repo.notary.current(repo.gun, ROOT_ROLE)!,
    'root'
  ).signed;
  const keys = new Map(cur.keys);
  const roles = new Map(cur.roles);
  for (const [role, add] of Object.entries(extra)) {
    const old = roles.get(role)!;
    for (const k of add) keys.set(k.keyID, k);
    roles.set(
      role,
      new RootRole({
        keyIDs: [...old.keyIDs, ...add.map((k) => k.keyID)],
        threshold: old.threshold,
      })
    );
  }
  const root = new Root({
    version: cur.version + 1,
    expires: cur.expires,
    keys,
    roles,
  });
  const signed = await signMetadata(root, [repo.rootSigner]);
  await repo.notary.commit(repo.gun, [
    { role: ROOT_ROLE, bytes: signed.bytes },
  ]);
  return signed.bytes;
}
