import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { pushImage } from '../../scripts/sandbox/registry-push.mjs';
import { connect } from '../../src/cli/connect.js';
import { processIO, type CliIO } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/main.js';
import {
  createRootCertificate,
  generateKey,
  signerForCertificate,
} from '../../src/keys/index.js';
import type { NotaryClient } from '../../src/notary/index.js';
import {
  DelegatedRole,
  Root,
  RootRole,
  SignedMetadata,
  Targets,
  signMetadata,
  type Key,
} from '../../src/tuf/index.js';
import { tagMeta, tagTarget } from '../helpers/fake-notary.js';
import { TEST_DOCKER_PASSPHRASES } from './helpers/docker-cli.js';
import {
  actionInputs,
  dockerRepository,
  errorLines,
  runBundledAction,
  type DockerRepository,
} from './helpers/docker-repo.js';
import { cleanEnv } from './helpers/exec.js';
import { getSandbox, type SandboxConfig } from './helpers/sandbox.js';

// Issue 13, findings 1 and 2 end to end: the sandbox's token-auth
// notary-server (its own process, its own memory storage) plays the attacker.
// It holds a repository under the victim's GUN whose root lists the victim's
// root certificate and targets key next to the attacker's own (threshold 1),
// signed by the attacker's root key only, with targets/releases delegated to
// the attacker (and to the victim's ci key, so that a CI job fooled by it
// would publish there). `verify --root-key-id`, the Action with `root-key-id`
// and `signer add` (with a remembered root) must refuse it, publishing
// nothing, while the same commands against the honest server work. Each of
// these tests failed with its defence removed (pin threshold counted over
// every listed root key; remembered root ignored by the CLI).

let sandbox: SandboxConfig;
beforeAll(() => {
  sandbox = getSandbox();
});

const YEAR = 365 * 24 * 3600 * 1000;
const ATTACKER_AUTH = () =>
  Buffer.from(`${sandbox.tokenUser}:${sandbox.tokenPassword}`).toString(
    'base64'
  );

function cliIO(env: Record<string, string>, cwd: string) {
  const run = { out: '', err: '' };
  const io: CliIO = {
    ...processIO(),
    out: (t) => (run.out += `${t}\n`),
    err: (t) => (run.err += `${t}\n`),
    env: { ...cleanEnv(), ...env },
    promptSecret: undefined,
    isTTY: false,
    cwd,
  };
  return { io, run };
}

async function dct(args: string[], env: Record<string, string>, cwd: string) {
  const { io, run } = cliIO(env, cwd);
  const code = await runCli(args, io);
  return { code, ...run };
}

/** A notary client for `gun` on the attacker's server (the CLI's own transport). */
function attackerClient(gun: string, cwd: string) {
  const { io } = cliIO({ NOTARY_AUTH: ATTACKER_AUTH() }, cwd);
  return connect(
    io,
    gun,
    {
      'trust-server': sandbox.tokenNotaryServerUrl,
      'trust-server-ca': sandbox.notaryCaFile,
    },
    'push,pull'
  );
}

/** The only key of `role` in `root` (docker's repositories have one each). */
function onlyKey(root: Root, role: string): Key {
  const ids = root.roles.get(role)!.keyIDs;
  expect(ids).toHaveLength(1);
  return root.keys.get(ids[0])!;
}

/**
 * Publishes the forged repository for `victimRoot`'s GUN on the attacker's
 * server: root v1 lists {victim cert, attacker cert} for root and {victim
 * targets key, attacker targets key} for targets, threshold 1 each, signed by
 * the attacker's root key only; targets and targets/releases are the
 * attacker's (targets/releases also lists `victimCI`), with tag v1 pointing
 * at `evil`. Returns the attacker's releases key ID. The server makes
 * snapshot and timestamp with its own keys, as for any docker repository.
 */
async function publishForgery(
  client: NotaryClient,
  victimRoot: Root,
  victimCI: Key,
  evil: ReturnType<typeof tagTarget>
): Promise<string> {
  const gun = client.gun;
  const key = (role: string) =>
    generateKey('ecdsa', { role, gun, passphrase: undefined }).signer;
  const expires = victimRoot.expires;
  const notAfter = new Date(expires);
  const rootKey = key('root');
  const cert = await createRootCertificate(rootKey, gun, {
    notBefore: new Date(notAfter.getTime() - 11 * YEAR),
    notAfter,
  });
  const targetsKey = key('targets');
  const releasesKey = key('releases');
  const snapshot = await client.getServerKey('snapshot');
  const timestamp = await client.getServerKey('timestamp');
  const roles: [string, Key[]][] = [
    ['root', [onlyKey(victimRoot, 'root'), cert]],
    ['targets', [onlyKey(victimRoot, 'targets'), targetsKey.publicKey]],
    ['snapshot', [snapshot]],
    ['timestamp', [timestamp]],
  ];
  const root = new Root({
    version: 1,
    expires,
    keys: new Map(roles.flatMap(([, ks]) => ks.map((k) => [k.keyID, k]))),
    roles: new Map(
      roles.map(([role, ks]) => [
        role,
        new RootRole({ keyIDs: ks.map((k) => k.keyID), threshold: 1 }),
      ])
    ),
  });
  // the victim's ci key is listed too, so that a CI job that trusted this
  // root would sign and publish here (and remember this root)
  const releasesKeys = [releasesKey.publicKey, victimCI];
  const targets = new Targets({ version: 1, expires }).withDelegation(
    new DelegatedRole({
      name: 'targets/releases',
      keyIDs: releasesKeys.map((k) => k.keyID),
      threshold: 1,
      paths: [''],
    }),
    releasesKeys
  );
  const releases = new Targets({
    role: 'targets/releases',
    version: 1,
    expires,
  }).withTarget(evil.tag, tagMeta(evil));
  await client.publish([
    {
      role: 'root',
      bytes: (await signMetadata(root, [signerForCertificate(rootKey, cert)]))
        .bytes,
    },
    {
      role: 'targets',
      bytes: (await signMetadata(targets, [targetsKey])).bytes,
    },
    {
      role: 'targets/releases',
      bytes: (await signMetadata(releases, [releasesKey])).bytes,
    },
  ]);
  return releasesKey.keyID;
}

/** Every file the attacker's server serves for the GUN, as bytes (to prove nothing changed). */
async function serverState(client: NotaryClient) {
  const state: Record<string, string> = {};
  for (const role of [
    'root',
    'targets',
    'targets/releases',
    'targets/ci',
    'targets/bob',
    'snapshot',
    'timestamp',
  ]) {
    const bytes = await client.getRole(role);
    state[role] = bytes ? Buffer.from(bytes).toString('utf8') : '(none)';
  }
  return state;
}

interface Scene {
  r: DockerRepository;
  victimRoot: Root;
  /** the victim root key's full TUF key ID: the pin */
  pin: string;
  evil: ReturnType<typeof tagTarget>;
  /** the key the forged targets.json delegates targets/releases to */
  attackerReleasesKeyID: string;
  attacker: NotaryClient;
  close(): void;
}

async function scene(): Promise<Scene> {
  const r = await dockerRepository(sandbox, { prefix: 'attacked' });
  const victimRoot = SignedMetadata.parse(
    await fetchHonest(r.gun, r.tmp, 'root'),
    'root'
  ).signed;
  const victimTargets = SignedMetadata.parse(
    await fetchHonest(r.gun, r.tmp, 'targets'),
    'targets'
  ).signed;
  const ci = victimTargets.delegationRoles.find(
    (d) => d.name === 'targets/ci'
  )!;
  const victimCI = victimTargets.delegationKeys.get(ci.keyIDs[0])!;
  const pin = onlyKey(victimRoot, 'root').keyID;
  expect(pin).toMatch(/^[0-9a-f]{64}$/);
  const evil = tagTarget('v1', 'evil');
  const conn = attackerClient(r.gun, r.tmp);
  const attackerReleasesKeyID = await publishForgery(
    conn.client,
    victimRoot,
    victimCI,
    evil
  );
  return {
    r,
    victimRoot,
    pin,
    evil,
    attackerReleasesKeyID,
    attacker: conn.client,
    close: () => conn.close(),
  };
}

async function fetchHonest(gun: string, cwd: string, role: string) {
  const { io } = cliIO({}, cwd);
  const conn = connect(
    io,
    gun,
    {
      'trust-server': sandbox.notaryServerUrl,
      'trust-server-ca': sandbox.notaryCaFile,
    },
    'pull'
  );
  try {
    return (await conn.client.getRole(role))!;
  } finally {
    conn.close();
  }
}

const bare = (digest: string) => digest.replace(/^sha256:/, '');

describe('a second notary-server serving a forged root under the victim GUN', () => {
  it('the forgery is a valid repository: without any anchor, verify trusts it on first use and prints its digest', async () => {
    const s = await scene();
    try {
      const root = SignedMetadata.parse(
        (await s.attacker.getRole('root'))!,
        'root'
      ).signed;
      expect(root.roles.get('root')!.keyIDs).toContain(s.pin);
      expect(root.roles.get('targets')!.keyIDs).toContain(
        onlyKey(s.victimRoot, 'targets').keyID
      );
      // the control of the tests below: what they refuse is the anchors'
      // doing, not a malformed forgery
      const tofu = await dct(
        [
          'verify',
          `${s.r.gun}:v1`,
          '--trust-server',
          sandbox.tokenNotaryServerUrl,
          '--trust-server-ca',
          sandbox.notaryCaFile,
          '--trust-dir',
          join(s.r.tmp, 'first-use'),
        ],
        { NOTARY_AUTH: ATTACKER_AUTH() },
        s.r.tmp
      );
      expect(tofu.code, tofu.err).toBe(0);
      expect(tofu.out).toContain(bare(s.evil.digest));
    } finally {
      s.close();
    }
  });

  it('verify --root-key-id: refused on the attacker server, no digest printed; verified on the honest one', async () => {
    const s = await scene();
    try {
      const image = await pushImage({
        registryUrl: sandbox.registryUrl,
        repo: s.r.repo,
        tag: 'v1',
      });
      const signed = await runBundledAction(
        s.r.tmp,
        actionInputs(sandbox, s.r, { tags: `${s.r.gun}:v1` })
      );
      expect(signed.code, signed.transcript).toBe(0);
      const flags = (server: string, dir: string) => [
        '--root-key-id',
        s.pin,
        '--trust-server',
        server,
        '--trust-server-ca',
        sandbox.notaryCaFile,
        '--trust-dir',
        join(s.r.tmp, dir),
      ];
      const env = { NOTARY_AUTH: ATTACKER_AUTH() };

      const attacked = await dct(
        [
          'verify',
          `${s.r.gun}:v1`,
          ...flags(sandbox.tokenNotaryServerUrl, 'verify-a'),
        ],
        env,
        s.r.tmp
      );
      expect(attacked.code).toBe(1);
      expect(attacked.out).toBe('');
      expect(attacked.err.trim().split('\n')).toHaveLength(1);
      expect(attacked.err).toMatch(
        new RegExp(
          `^error: the root of ${s.r.gun} is not signed by the pinned key ${s.pin.slice(0, 12)} \\(root signed by 0/1 keys`
        )
      );
      expect(attacked.err).not.toContain(bare(s.evil.digest));

      const honest = await dct(
        [
          'verify',
          `${s.r.gun}:v1`,
          ...flags(sandbox.notaryServerUrl, 'verify-h'),
        ],
        env,
        s.r.tmp
      );
      expect(honest.code, honest.err).toBe(0);
      expect(honest.out).toContain(bare(image.digest));
      expect(honest.out).not.toContain(bare(s.evil.digest));
    } finally {
      s.close();
    }
  });

  it('the Action with root-key-id: fails on the attacker server publishing nothing; signs on the honest one', async () => {
    const s = await scene();
    try {
      await pushImage({
        registryUrl: sandbox.registryUrl,
        repo: s.r.repo,
        tag: 'v2',
      });
      const before = await serverState(s.attacker);
      const attacked = await runBundledAction(
        s.r.tmp,
        actionInputs(sandbox, s.r, {
          tags: `${s.r.gun}:v2`,
          'root-key-id': s.pin,
          'trust-server': sandbox.tokenNotaryServerUrl,
          username: sandbox.tokenUser,
          password: sandbox.tokenPassword,
        })
      );
      expect(attacked.code, attacked.transcript).not.toBe(0);
      expect(errorLines(attacked).join('\n')).toContain(
        `not signed by the pinned key ${s.pin.slice(0, 12)}`
      );
      expect(await serverState(s.attacker)).toEqual(before);

      const honest = await runBundledAction(
        s.r.tmp,
        actionInputs(sandbox, s.r, {
          tags: `${s.r.gun}:v2`,
          'root-key-id': s.pin,
        })
      );
      expect(honest.code, honest.transcript).toBe(0);
      expect(await s.r.notary.lookup(s.r.gun, 'v2')).toMatchObject({
        name: 'v2',
      });
    } finally {
      s.close();
    }
  });

  it('signer add with the real targets key and a remembered root: refused on the attacker server before signing; works on the honest one', async () => {
    const s = await scene();
    try {
      const bobPub = await s.r.docker.trustKeyGenerate('bob', s.r.tmp);
      const env = {
        DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE: TEST_DOCKER_PASSPHRASES.root,
        DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE:
          TEST_DOCKER_PASSPHRASES.repository,
        NOTARY_AUTH: ATTACKER_AUTH(),
      };
      // docker's trust dir remembered the honest root at `trust signer add`
      const add = (server: string, trustDir = s.r.docker.trustDir) => [
        'signer',
        'add',
        'bob',
        s.r.gun,
        '--key',
        bobPub,
        '--trust-server',
        server,
        '--trust-server-ca',
        sandbox.notaryCaFile,
        '--trust-dir',
        trustDir,
      ];
      const before = await serverState(s.attacker);
      // control: the same keys without the remembered root would sign the
      // attacker's delegations with the real targets key (finding 2)
      const keysOnly = join(s.r.tmp, 'keys-only');
      cpSync(join(s.r.docker.trustDir, 'private'), join(keysOnly, 'private'), {
        recursive: true,
      });
      const unanchored = await dct(
        [...add(sandbox.tokenNotaryServerUrl, keysOnly), '--dry-run', '--json'],
        env,
        s.r.tmp
      );
      expect(unanchored.code, unanchored.err).toBe(0);
      const change = JSON.parse(unanchored.out) as {
        diff: string[];
        published: boolean;
      };
      expect(change.published).toBe(false);
      expect(
        change.diff.some(
          (l) =>
            l.startsWith('=   targets/releases') &&
            l.includes(s.attackerReleasesKeyID.slice(0, 12))
        )
      ).toBe(true);
      const attacked = await dct(
        add(sandbox.tokenNotaryServerUrl),
        env,
        s.r.tmp
      );
      expect(attacked.code).not.toBe(0);
      expect(attacked.err.trim().split('\n')).toHaveLength(1);
      expect(attacked.err).toContain(
        'possible root swap: the root does not chain from the trusted root'
      );
      expect(await serverState(s.attacker)).toEqual(before);

      const honest = await dct(add(sandbox.notaryServerUrl), env, s.r.tmp);
      expect(honest.code, honest.err).toBe(0);
      // the real notary client sees bob on the honest server
      const roles = (await s.r.notary.delegationList(s.r.gun)).map(
        (d) => d.role
      );
      expect(roles).toContain('targets/bob');
    } finally {
      s.close();
    }
  });
});
