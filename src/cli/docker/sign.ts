import {
  dockerCredentials,
  dockerTrustDir,
  findTrustDirKey,
} from '../../host/index.js';
import { canonicalKeyID } from '../../keys/index.js';
import {
  createNodeTransport,
  withRetries,
  withTokenAuth,
} from '../../net/index.js';
import {
  loadTrustedRepository,
  signImages,
  SYSTEM_CLOCK,
} from '../../ops/index.js';
import {
  RegistryClient,
  defaultRegistryUrl,
  parseImageReference,
  type ImageReference,
} from '../../registry/index.js';
import type { TrustedRepository } from '../../tuf/index.js';
import { loadKeyFile } from '../commands/admin-common.js';
import { connect, rootTrust } from '../connect.js';
import type { CliIO } from '../io.js';
import { quietLogger } from './admin.js';
import type { DockerCommand } from './command.js';
import { trustInfo } from './trust-info.js';

/** `docker trust sign IMAGE:TAG` without a daemon ([C] cli/command/trust/sign.go). */
export const trustSign: DockerCommand = {
  path: 'sign',
  use: 'IMAGE:TAG',
  short: 'Sign an image',
  long: `No docker daemon is used: the tag must already be in the registry, and its
manifest digest and size are read from the registry (as the dct-sign Action
does), never from a local image. The tag is signed into every delegation of
the repository whose key is in $DOCKER_CONFIG/trust (docker's rule). The
repository must have a signer: run docker trust signer add first.`,
  flags: { local: { type: 'boolean' } },
  options:
    '      --local   not supported: there is no daemon; push the image first',
  args: { exactly: 1 },
  async run({ values, args, io }) {
    const remote = args[0];
    if (values.local === true)
      throw new Error(
        '--local needs a docker daemon; push the image, then run sign without --local'
      );
    const ref = parseImageReference(remote);
    if (!ref.tag) {
      throw new Error(
        ref.digest
          ? 'cannot use a digest reference for IMAGE:TAG'
          : `no tag specified for ${remote}`
      );
    }
    const tag = ref.tag;
    const conn = connect(io, remote, {}, 'push,pull');
    try {
      const now = new Date();
      const target = resolveInRegistry(io, ref, tag);
      void target.catch(() => undefined);
      // anchored on the root docker remembered for this GUN (#13)
      const trust = rootTrust(io, {}, ref.gun);
      const { repo } = await loadTrustedRepository(conn.client, {
        referenceTime: now,
        hints: ['targets/releases'],
        ...trust,
      });
      const key = await localDelegationKey(io, repo);
      io.out(`Signing and pushing trust metadata for ${remote}`);
      const existing = trustInfo(repo, tag).rows[0];
      if (existing) {
        io.out(
          `Existing signatures for tag ${existing.tag} digest ${existing.digest} from:\n${[...existing.signers].sort().join(', ')}`
        );
      }
      await signImages({
        gun: ref.gun,
        trustServer: conn.trustServer,
        notary: conn.client,
        key,
        targets: [await target],
        expiryWarnDays: 30,
        dryRun: false,
        logger: quietLogger(io),
        clock: SYSTEM_CLOCK,
        ...trust,
      });
    } catch (err) {
      throw new Error(
        `failed to sign ${ref.gun}:${tag}: ${(err as Error).message}`,
        { cause: err }
      );
    } finally {
      conn.close();
    }
    io.out(`Successfully signed ${ref.gun}:${tag}`);
  },
};

/** The manifest digest and size of the tag, from the registry (HEAD, never a pull). */
async function resolveInRegistry(
  io: CliIO,
  ref: ImageReference,
  tag: string
): Promise<{ tag: string; digest: string; size: number }> {
  const transport = withTokenAuth(
    withRetries(createNodeTransport({ userAgent: 'dct-sign' })),
    {
      credentials: dockerCredentials(ref.domain, io.env),
      scopes: [`repository:${ref.path}:pull`],
    }
  );
  try {
    const registry = new RegistryClient(
      defaultRegistryUrl(ref.domain),
      transport
    );
    const d = await registry.resolve(ref.path, tag);
    return { tag, digest: d.digest, size: d.size };
  } finally {
    transport.close?.();
  }
}

/**
 * The first delegation key of targets held in the trust dir (docker signs
 * with the keys it holds: [C] cli/trust/trust.go GetSignableRoles).
 */
async function localDelegationKey(io: CliIO, repo: TrustedRepository) {
  const targets = repo.targets.metadata.signed;
  const trustDir = dockerTrustDir(io.env);
  for (const d of targets.delegationRoles) {
    for (const id of d.keyIDs) {
      const key = targets.delegationKeys.get(id);
      const hit = key && findTrustDirKey([trustDir], canonicalKeyID(key));
      if (hit)
        return loadKeyFile(
          io,
          hit.path,
          hit.role ?? d.name,
          `the ${d.name} key ${hit.keyID.slice(0, 12)}`
        );
    }
  }
  throw new Error(
    `no valid signing keys for delegation roles: none of the signer keys of ${repo.gun} is in ${trustDir}; load one with docker trust key load, or add a signer with docker trust signer add`
  );
}
