import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../../src/errors.js';
import {
  AuthError,
  withTokenAuth,
  type HttpRequest,
  type Transport,
} from '../../../../src/net/index.js';
import { readFileSync } from 'node:fs';
import {
  RootCertificateError,
  canonicalKeyID,
  checkRootCertificate,
} from '../../../../src/keys/index.js';
import {
  RootPinError,
  TooManyDelegationsError,
  loadTrustedRepository,
  signImages,
  type SignImagesOptions,
} from '../../../../src/ops/index.js';
import {
  FakeNotary,
  createDockerRepository,
  newDelegationKey,
  recordingLogger,
  tagTarget,
  type DockerRepo,
  type TamperHook,
} from '../../../helpers/fake-notary.js';
import {
  changeSigner,
  fetchBundle,
  verifyBundle,
  type ChangeSignerOptions,
} from '../../../../src/ops/admin/index.js';
import {
  RollbackError,
  DelegatedRole,
  FileMeta,
  Key,
  MetadataError,
  Targets,
  Root,
  RootRole,
  RootRotationError,
  Signature,
  SignedMetadata,
  Snapshot,
  ThresholdError,
  encodeEnvelope,
  type JSONObject,
  type SigningKey,
  signMetadata,
} from '../../../../src/tuf/index.js';
import { emptyGun, keyRing, newKey } from '../../../helpers/admin-fixtures.js';
import { attackerRepository, forgeRoot } from './attacker.js';

// Issue 13: trust anchors against a hostile trust server. Every test here
// failed on the code before the fix (see the findings).

const NOW = new Date('2026-11-22T03:00:00Z');
const GUN = 'registry.test/acme/app';

async function victim(): Promise<DockerRepo> {
  const notary = new FakeNotary({ now: () => NOW });
  return createDockerRepository(notary, { gun: GUN, tags: [tagTarget('v1')] });
}

function signOptions(
  repo: DockerRepo,
  over: Partial<SignImagesOptions> = {}
): SignImagesOptions {
  return {
    gun: repo.gun,
    trustServer: repo.notary.serverUrl,
    notary: repo.client,
    key: repo.signer,
    signerName: 'ci',
    targets: [tagTarget('v2')],
    expiryWarnDays: 30,
    dryRun: false,
    logger: recordingLogger(),
    clock: { now: () => NOW },
    sleep: () => Promise.resolve(),
    ...over,
  };
}

const parseTargets = (bytes: Uint8Array, role: string) =>
  SignedMetadata.parse(bytes, 'targets', role);

const failure = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as Error
  );

describe('finding 1: a pin means signed, not listed', () => {
  it('refuses a root that lists the pinned certificate but is signed only by the attacker', async () => {
    const real = await victim();
    const evil = await attackerRepository(real, NOW);
    await forgeRoot(evil, { root: [real.rootCert] });
    for (const pin of [real.rootCert.keyID, canonicalKeyID(real.rootCert)]) {
      const err = await failure(
        signImages(signOptions(evil, { rootKeyID: pin }))
      );
      expect(err).toBeInstanceOf(RootPinError);
      expect(err?.message).toContain(
        `not signed by the pinned key ${pin.slice(0, 12)}`
      );
      expect(err?.message).toContain('root signed by 0/1 keys');
    }
    expect(evil.notary.posts).toHaveLength(0);
  });

  it('refuses the same forged root when read by inspect or verify (loadTrustedRepository)', async () => {
    const real = await victim();
    const evil = await attackerRepository(real, NOW);
    await forgeRoot(evil, { root: [real.rootCert] });
    const err = await failure(
      loadTrustedRepository(evil.client, {
        referenceTime: NOW,
        rootKeyID: real.rootCert.keyID,
      })
    );
    expect(err).toBeInstanceOf(RootPinError);
  });

  it('accepts the honest repository under either ID of its root key', async () => {
    const real = await victim();
    for (const pin of [real.rootCert.keyID, canonicalKeyID(real.rootCert)]) {
      const { repo } = await loadTrustedRepository(real.client, {
        referenceTime: NOW,
        rootKeyID: pin.toUpperCase(),
      });
      expect(repo.findTarget('v1')).toHaveLength(2);
    }
  });

  it('refuses a 12-hex prefix as a pin, saying where to find the full ID', async () => {
    const real = await victim();
    const err = await failure(
      signImages(
        signOptions(real, { rootKeyID: real.rootCert.keyID.slice(0, 12) })
      )
    );
    expect(err).toBeInstanceOf(UsageError);
    expect(err?.message).toContain('not a full key ID');
    expect(err?.message).toContain('dct-sign inspect GUN');
    expect(real.notary.posts).toHaveLength(0);
  });
});

describe('finding 2: the CLI keeps a trusted root', () => {
  /** The attack of the issue: a root listing the real targets key next to the attacker's. */
  async function hijacked() {
    const real = await victim();
    const remembered = real.notary.current(GUN, 'root')!;
    const evil = await attackerRepository(real, NOW);
    await forgeRoot(evil, { targets: [real.targetsKey.publicKey] });
    return { real, evil, remembered };
  }
  const addBob = (over: Partial<ChangeSignerOptions> = {}) => ({
    keyring: keyRing([]),
    now: NOW,
    logger: recordingLogger(),
    ...over,
  });
  const bob = {
    kind: 'add' as const,
    name: 'bob',
    keys: [newKey('bob').publicKey],
  };

  it('refuses signer add against a root that does not chain from the remembered one, signing nothing', async () => {
    const { real, evil, remembered } = await hijacked();
    const ring = keyRing([real.targetsKey]);
    const err = await failure(
      changeSigner(
        evil.client,
        bob,
        addBob({ keyring: ring, trustedRoot: remembered })
      )
    );
    expect(err).toBeInstanceOf(RootRotationError);
    expect(err?.message).toContain('root swap');
    expect(ring.calls).toEqual([]);
    expect(evil.notary.posts).toHaveLength(0);
  });

  it('shows every delegation the targets key is about to sign, not only the new signer', async () => {
    const { real, evil } = await hijacked();
    const result = await changeSigner(
      evil.client,
      bob,
      addBob({ keyring: keyRing([real.targetsKey]), dryRun: true })
    );
    const evilKey = canonicalKeyID(evil.signer.publicKey).slice(0, 12);
    expect(result.diff).toContain(
      `=   targets/releases  threshold 1  paths ""  keys ${evilKey}, ${canonicalKeyID(bob.keys[0]).slice(0, 12)}`
    );
  });

  it('remembers the verified root, and anchors the read-back on it', async () => {
    const real = await victim();
    const remembered: Uint8Array[] = [];
    await changeSigner(
      real.client,
      bob,
      addBob({
        keyring: keyRing([real.targetsKey]),
        remember: (r) => void remembered.push(r),
      })
    );
    const root = real.notary.current(GUN, 'root')!;
    expect(remembered).toEqual([root, root]);
  });

  it('refuses to initialise a GUN whose remembered root the server no longer serves', async () => {
    const real = await victim();
    const { client, notary } = emptyGun(GUN);
    const err = await failure(
      changeSigner(
        client,
        bob,
        addBob({ trustedRoot: real.notary.current(GUN, 'root')! })
      )
    );
    expect(err).toBeInstanceOf(RootPinError);
    expect(err?.message).toContain('refusing to initialise it again');
    expect(notary.posts).toHaveLength(0);
  });

  it('fetch: a bundle is anchored on the pin and carries it to the offline machine', async () => {
    const real = await victim();
    const evil = await attackerRepository(real, NOW);
    await forgeRoot(evil, { root: [real.rootCert] });
    const pin = real.rootCert.keyID;
    expect(
      await failure(fetchBundle(evil.client, NOW, { rootKeyID: pin }))
    ).toBeInstanceOf(RootPinError);
    // An unpinned fetch of the forged root, carried offline, is refused there
    // by the pin or by the offline machine's remembered root.
    const { bundle } = await fetchBundle(evil.client, NOW);
    expect(() => verifyBundle(bundle, { rootKeyID: pin })).toThrow(
      RootPinError
    );
    expect(() =>
      verifyBundle(bundle, { trustedRoot: real.notary.current(GUN, 'root')! })
    ).toThrow(RootRotationError);
    const { bundle: honest } = await fetchBundle(real.client, NOW, {
      rootKeyID: pin,
    });
    expect(honest.rootKeyID).toBe(pin);
    expect(() => verifyBundle({ ...bundle, rootKeyID: pin })).toThrow(
      RootPinError
    );
  });
});

describe('finding 3: rollback floors never go down', () => {
  /** The server drops `role` from a new snapshot it signs (it holds the snapshot key). */
  async function dropFromSnapshot(repo: DockerRepo, role: string) {
    const cur = SignedMetadata.parse(
      repo.notary.current(GUN, 'snapshot')!,
      'snapshot'
    ).signed;
    const meta = new Map(cur.meta);
    meta.delete(role);
    const forged = await signMetadata(
      new Snapshot({ version: cur.version + 1, expires: cur.expires, meta }),
      [repo.notary.serverSigner(GUN, 'snapshot')]
    );
    await repo.notary.commit(GUN, [{ role: 'snapshot', bytes: forged.bytes }]);
  }

  it('refuses, naming it, a remembered role the snapshot no longer lists; nothing is re-created', async () => {
    const repo = await victim();
    await dropFromSnapshot(repo, 'targets/releases');
    const err = await failure(
      signImages(
        signOptions(repo, {
          previousVersions: { 'targets/releases': 3, 'targets/ci': 1 },
        })
      )
    );
    expect(err).toBeInstanceOf(RollbackError);
    expect(err?.message).toContain('rollback');
    expect(err?.message).toContain(
      'targets/releases: trusted before at version 3, but the snapshot no longer lists it'
    );
    expect(repo.notary.posts).toHaveLength(0);
  });

  it('drops the floor of a delegation no trusted role delegates to any more (its removal was signed)', async () => {
    const repo = await victim();
    const ok = await signImages(
      signOptions(repo, {
        previousVersions: { 'targets/releases': 1, 'targets/gone': 9 },
      })
    );
    expect(ok.versions['targets/releases']).toBe(2);
    expect(ok.versions['targets/gone']).toBeUndefined();
  });

  it('keeps the floor of a role skipped this time (below threshold), never lowering it', async () => {
    const repo = await victim();
    const other = newDelegationKey('ci');
    const bad = await signMetadata(
      parseTargets(
        repo.notary.current(GUN, 'targets/ci')!,
        'targets/ci'
      ).signed.bumpVersion(),
      [other]
    );
    await repo.notary.commit(GUN, [{ role: 'targets/ci', bytes: bad.bytes }]);
    const ok = await signImages(
      signOptions(repo, {
        roles: ['targets/releases'],
        previousVersions: { 'targets/ci': 1 },
      })
    );
    expect(ok.versions['targets/ci']).toBe(1);
  });
});

describe('finding 5: the root rotation walk is checked and bounded', () => {
  /** Serves `bytes` for every `<n>.root.json`. */
  const serveEveryVersion =
    (bytes: Uint8Array): TamperHook =>
    (req, res) =>
      req.method === 'GET' && /^\d+\.root\.json$/.test(req.tail)
        ? { ...res, status: 200, body: bytes }
        : res;

  it('refuses <v>.root.json that holds another version (a skipped link)', async () => {
    const repo = await victim();
    const v1 = repo.notary.current(GUN, 'root')!;
    await repo.rotateRoot();
    const { bytes: v3 } = await repo.rotateRoot();
    await repo.rotateRoot();
    repo.notary.tamper = serveEveryVersion(v3);
    const err = await failure(
      signImages(signOptions(repo, { trustedRoot: v1 }))
    );
    expect(err).toBeInstanceOf(RootRotationError);
    expect(err?.message).toContain('2.root.json of');
    expect(err?.message).toContain('holds root v3, not v2');
    expect(repo.notary.posts).toHaveLength(0);
  });

  it('refuses a root too many versions ahead before fetching any link', async () => {
    const repo = await victim();
    const v1 = repo.notary.current(GUN, 'root')!;
    const cur = SignedMetadata.parse(v1, 'root').signed;
    const far = await signMetadata(
      new Root({
        version: 1000,
        expires: cur.expires,
        keys: cur.keys,
        roles: cur.roles,
      }),
      [repo.rootSigner]
    );
    await repo.notary.commit(GUN, [{ role: 'root', bytes: far.bytes }]);
    repo.notary.tamper = serveEveryVersion(v1);
    const err = await failure(
      signImages(signOptions(repo, { trustedRoot: v1 }))
    );
    expect(err).toBeInstanceOf(RootRotationError);
    expect(err?.message).toContain('more than 100 rotations');
    expect(
      repo.notary.requests.filter((r) => /^\d+\.root/.test(r.tail))
    ).toHaveLength(0);
  });
});

describe('finding 7: one key, one vote, whatever its spelling', () => {
  /**
   * Root lists `twin` next to `key` in `role` with threshold 2; `file` is
   * re-served with its one signature by `key` copied under the twin's ID.
   */
  async function doubleVote(
    repo: DockerRepo,
    role: 'root' | 'targets',
    key: Key,
    twin: Key,
    signer: SigningKey
  ) {
    const cur = SignedMetadata.parse(
      repo.notary.current(GUN, 'root')!,
      'root'
    ).signed;
    const roles = new Map(cur.roles);
    roles.set(
      role,
      new RootRole({ keyIDs: [key.keyID, twin.keyID], threshold: 2 })
    );
    const root = new Root({
      version: cur.version + 1,
      expires: cur.expires,
      keys: new Map([...cur.keys, [twin.keyID, twin]]),
      roles,
    });
    const twice = (signed: { toJSON(): JSONObject }, sig: Signature) =>
      encodeEnvelope(signed.toJSON(), [
        sig,
        new Signature(twin.keyID, sig.method, sig.sigB64),
      ]);
    const rootSigned = await signMetadata(root, [repo.rootSigner]);
    const files = [
      {
        role: 'root',
        bytes:
          role === 'root'
            ? twice(root, rootSigned.signatures[0])
            : rootSigned.bytes,
      },
    ];
    if (role === 'targets') {
      const t = parseTargets(
        repo.notary.current(GUN, 'targets')!,
        'targets'
      ).signed.bumpVersion();
      const signed = await signMetadata(t, [signer]);
      files.push({ role: 'targets', bytes: twice(t, signed.signatures[0]) });
    }
    await repo.notary.commit(GUN, files);
    // Served as a fresh copy: a client parses what it downloads (the fake
    // stored the array signMetadata already knows as parsed).
    const stored = repo.notary.current(GUN, 'root')!;
    repo.notary.tamper = (req, res) =>
      req.method === 'GET' && /^root(\.[0-9a-f]{64})?\.json$/.test(req.tail)
        ? { ...res, status: 200, body: Uint8Array.from(stored) }
        : res;
  }

  it('refuses a key written in a second base64 spelling (it would get a second ID)', async () => {
    const repo = await victim();
    const key = repo.targetsKey.publicKey;
    const b64 = key.publicB64;
    expect(b64.endsWith('==')).toBe(true);
    const i = b64.length - 3;
    const alphabet =
      'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const respelled = `${b64.slice(0, i)}${alphabet[alphabet.indexOf(b64[i]) + 1]}==`;
    expect(Buffer.from(respelled, 'base64')).toEqual(
      Buffer.from(b64, 'base64')
    );
    const twin = new Key({ keyType: key.keyType, publicB64: respelled });
    await doubleVote(repo, 'targets', key, twin, repo.targetsKey);
    const err = await failure(signImages(signOptions(repo)));
    expect(err).toBeInstanceOf(MetadataError);
    expect(err?.message).toContain('base64 as Go writes it');
    expect(repo.notary.posts).toHaveLength(0);
  });

  it('counts two PEM spellings of one root certificate once', async () => {
    const repo = await victim();
    const cert = repo.rootCert;
    const pem = Buffer.from(cert.publicB64, 'base64').toString();
    const respelled = `${pem.trimEnd()}\n\n`;
    expect(respelled).not.toBe(pem);
    const twin = new Key({
      keyType: cert.keyType,
      publicB64: Buffer.from(respelled).toString('base64'),
    });
    await doubleVote(repo, 'root', cert, twin, repo.rootSigner);
    const err = await failure(signImages(signOptions(repo)));
    expect(err).toBeInstanceOf(ThresholdError);
    expect(err?.message).toContain('root signed by 1/2 keys');
    expect(repo.notary.posts).toHaveLength(0);
  });
});

describe('finding 6: a tag named __proto__ survives parse and re-sign', () => {
  it('keeps __proto__ in every role it re-signs', async () => {
    const notary = new FakeNotary({ now: () => NOW });
    const repo = await createDockerRepository(notary, {
      gun: GUN,
      tags: [tagTarget('__proto__'), tagTarget('v1')],
    });
    const { repo: trusted } = await loadTrustedRepository(repo.client, {
      referenceTime: NOW,
    });
    expect(trusted.findTarget('__proto__')).toHaveLength(2);
    await signImages(signOptions(repo));
    expect(repo.notary.posts).toHaveLength(1);
    for (const role of ['targets/releases', 'targets/ci']) {
      const t = parseTargets(
        Uint8Array.from(repo.notary.current(GUN, role)!),
        role
      ).signed;
      expect([...t.targets.keys()].sort()).toEqual(['__proto__', 'v1', 'v2']);
    }
  });
});

describe('finding 8: no credentials in clear text off this machine', () => {
  /** A server at `origin` that asks for `challenge` and records every request. */
  function asking(challenge: string) {
    const seen: HttpRequest[] = [];
    const inner: Transport = {
      request(req) {
        seen.push(req);
        const authed = req.headers?.authorization !== undefined;
        const token = req.url.startsWith('https://auth.example.com/');
        return Promise.resolve({
          status: authed || token ? 200 : 401,
          headers: { 'www-authenticate': challenge },
          body: new TextEncoder().encode('{"token":"t0ken"}'),
        });
      },
    };
    return { seen, inner };
  }
  const credentials = { username: 'ci', password: 's3cret' };

  for (const [scheme, challenge] of [
    ['Basic', 'Basic realm="notary"'],
    ['Bearer', 'Bearer realm="https://auth.example.com/token",service="n"'],
  ]) {
    it(`refuses ${scheme} auth to a plain-http host off this machine, sending nothing secret`, async () => {
      const { seen, inner } = asking(challenge);
      const t = withTokenAuth(inner, { credentials, scopes: ['x'] });
      const err = await failure(
        t.request({ method: 'GET', url: 'http://notary.example.com/v2/' })
      );
      expect(err).toBeInstanceOf(AuthError);
      expect(err?.message).toContain(
        'refusing to send credentials to http://notary.example.com over plain http'
      );
      expect(seen.filter((r) => r.headers?.authorization)).toEqual([]);
    });
  }

  it('still authenticates to a loopback http server (the sandbox)', async () => {
    const { seen, inner } = asking('Basic realm="notary"');
    const t = withTokenAuth(inner, { credentials, scopes: ['x'] });
    const res = await t.request({
      method: 'GET',
      url: 'http://127.0.0.1:4443/v2/',
    });
    expect(res.status).toBe(200);
    expect(seen[1].headers?.authorization).toMatch(/^Basic /);
  });
});

describe('finding 10: root certificates are leaves', () => {
  it('refuses a CA certificate as a root key, even with the right CN and validity', () => {
    const pem = readFileSync('test/fixtures/ca-root/ca.crt');
    const ca = new Key({
      keyType: 'ecdsa-x509',
      publicB64: pem.toString('base64'),
    });
    const at = new Date('2027-06-01T00:00:00Z');
    expect(() => checkRootCertificate(ca, GUN, at)).toThrow(
      RootCertificateError
    );
    expect(() => checkRootCertificate(ca, GUN, at)).toThrow(
      'is a CA certificate (basicConstraints CA:TRUE)'
    );
  });
});

describe('finding 9: an expired delegation is not revived', () => {
  it('does not re-sign the tags of an old expired version the server chose to serve', async () => {
    const DAY = 24 * 3600 * 1000;
    const notary = new FakeNotary({ now: () => NOW });
    // v1 of targets/releases held "revoked", and expired yesterday.
    const repo = await createDockerRepository(notary, {
      gun: GUN,
      tags: [tagTarget('revoked')],
      releasesExpires: new Date(NOW.getTime() - DAY),
    });
    const result = await signImages(
      signOptions(repo, { roles: ['targets/releases'] })
    );
    const t = parseTargets(
      Uint8Array.from(repo.notary.current(GUN, 'targets/releases')!),
      'targets/releases'
    ).signed;
    expect([...t.targets.keys()]).toEqual(['v2']);
    expect(t.version).toBe(2);
    expect(result.warnings.join('\n')).toContain(
      'its 1 old tag(s) are not re-signed'
    );
  });
});

describe('finding 10: downloads bounded by signed metadata', () => {
  it('caps a delegation fetched by hash at the length the snapshot records', async () => {
    const repo = await victim();
    const old = repo.notary.current(GUN, 'targets/releases')!;
    await repo.notary.publishAs(GUN, 'targets/releases', repo.signer, [
      tagTarget('v1.1'),
    ]);
    const length = repo.notary.current(GUN, 'targets/releases')!.length;
    // The current name answers stale bytes: the client re-fetches by hash.
    repo.notary.tamper = (req, res) =>
      req.method === 'GET' && req.tail === 'targets/releases.json'
        ? { ...res, status: 200, body: old }
        : res;
    await loadTrustedRepository(repo.client, {
      referenceTime: NOW,
      hints: ['targets/releases'],
    });
    const byHash = repo.notary.requests.filter((r) =>
      /^targets\/releases\.[0-9a-f]{64}\.json$/.test(r.tail)
    );
    expect(byHash.map((r) => r.maxBytes)).toEqual([length]);
  });

  it('refuses to fetch more than 1000 delegations', async () => {
    const repo = await victim();
    const root = SignedMetadata.parse(
      repo.notary.current(GUN, 'root')!,
      'root'
    ).signed;
    let targets = parseTargets(
      repo.notary.current(GUN, 'targets')!,
      'targets'
    ).signed.bumpVersion();
    const names = Array.from({ length: 1001 }, (_, i) => `targets/r${i}`);
    targets = new Targets({
      version: targets.version,
      expires: targets.expires,
      delegationKeys: new Map([[repo.signer.keyID, repo.signer.publicKey]]),
      delegationRoles: names.map(
        (name) =>
          new DelegatedRole({
            name,
            keyIDs: [repo.signer.keyID],
            threshold: 1,
            paths: [''],
          })
      ),
    });
    const signedTargets = await signMetadata(targets, [repo.targetsKey]);
    const fake = FileMeta.fromBytes(new Uint8Array([1]));
    const snap = SignedMetadata.parse(
      repo.notary.current(GUN, 'snapshot')!,
      'snapshot'
    ).signed;
    const meta = new Map(snap.meta);
    meta.set('targets', FileMeta.fromBytes(signedTargets.bytes));
    for (const n of names) meta.set(n, fake);
    const snapshot = await signMetadata(
      new Snapshot({ version: snap.version + 1, expires: snap.expires, meta }),
      [repo.notary.serverSigner(GUN, 'snapshot')]
    );
    await repo.notary.commit(GUN, [
      { role: 'targets', bytes: signedTargets.bytes },
      { role: 'snapshot', bytes: snapshot.bytes },
    ]);
    expect(root.version).toBe(1);
    const err = await failure(
      loadTrustedRepository(repo.client, { referenceTime: NOW })
    );
    expect(err).toBeInstanceOf(TooManyDelegationsError);
    expect(
      repo.notary.requests.filter((r) => /^targets\/r\d+/.test(r.tail))
    ).toHaveLength(0);
  });
});
