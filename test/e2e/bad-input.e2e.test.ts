import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushImage } from '../../scripts/sandbox/registry-push.mjs';
import { findTrustDirKey, runBundledAction } from './helpers/action.js';
import {
  closedPort,
  runBundledCli,
  stackLines,
  throwawayCA,
  unsupportedKeys,
  uploadsFor,
  writeFile,
} from './helpers/bad-input.js';
import { DockerCli, TEST_DOCKER_PASSPHRASES } from './helpers/docker-cli.js';
import { randomGun } from './helpers/gun.js';
import { getSandbox, type SandboxConfig } from './helpers/sandbox.js';

// Issue 5, "Bad input": a table of wrong inputs to the bundled Action and the
// bundled CLI, against the real sandbox servers. Every row: exit 1 (2 for
// command-line syntax errors), exactly one error line that names the thing
// and says what to do, no stack trace, no secret in any output, and nothing
// published to any repository of the run.

let sandbox: SandboxConfig;
let tmp: string;

/** Everything the rows share: repositories made the docker way, keys, files. */
interface World {
  /** docker-made repo: `ci` (our key) and `other` signers; v1 pushed, nothing signed */
  gun: string;
  repo: string;
  ciKey: string;
  dockerConfig: string;
  ciPub: string;
  /** a second repository with its own `ci` key (not delegated in `gun`) */
  otherRepoKey: string;
  /** a docker-made repo on the token-auth notary server, v1 pushed */
  tokenGun: string;
  /** its `ci` key (delegated there) */
  tokenKey: string;
  digest: string;
  otherCA: string;
  closed: number;
  rsa: string;
  p384: string;
  empty: string;
}
let w: World;

async function dockerRepo(
  dir: string,
  server: 'plain' | 'token',
  extraSigner?: string
) {
  const { gun, repo } = randomGun(sandbox, 'bad');
  const docker = await DockerCli.create(sandbox, {
    configDir: join(dir, 'docker'),
    tokenAuth: server === 'token',
  });
  const pub = await docker.trustKeyGenerate('ci', dir);
  await docker.signerAdd('ci', pub, gun);
  if (extraSigner) {
    const otherPub = await docker.trustKeyGenerate(extraSigner, dir);
    await docker.signerAdd(extraSigner, otherPub, gun);
  }
  return {
    gun,
    repo,
    pub,
    docker,
    ciKey: findTrustDirKey(docker.trustDir, 'ci'),
  };
}

beforeAll(async () => {
  sandbox = getSandbox();
  tmp = await mkdtemp(join(tmpdir(), 'dct-bad-input-'));
  const dirs = ['a', 'b', 'token', 'empty'].map((d) => join(tmp, d));
  dirs.forEach((d) => mkdirSync(d));
  const [a, b, token] = await Promise.all([
    dockerRepo(dirs[0], 'plain', 'other'),
    dockerRepo(dirs[1], 'plain'),
    dockerRepo(dirs[2], 'token'),
  ]);
  const image = await pushImage({
    registryUrl: sandbox.registryUrl,
    repo: a.repo,
    tag: 'v1',
  });
  await pushImage({
    registryUrl: sandbox.registryUrl,
    repo: token.repo,
    tag: 'v1',
  });
  w = {
    gun: a.gun,
    repo: a.repo,
    ciKey: a.ciKey,
    dockerConfig: a.docker.configDir,
    ciPub: a.pub,
    otherRepoKey: b.ciKey,
    tokenGun: token.gun,
    tokenKey: token.ciKey,
    digest: image.digest,
    otherCA: throwawayCA(tmp),
    closed: await closedPort(),
    ...unsupportedKeys(),
    empty: dirs[3],
  };
  allGuns.push(a.gun, b.gun);
  tokenGuns.push(token.gun);
  postsBefore = countPosts();
}, 300_000);

afterAll(async () => {
  if (tmp && process.env.DCT_E2E_KEEP_TMP !== '1')
    await rm(tmp, { recursive: true, force: true });
});

const allGuns: string[] = [];
const tokenGuns: string[] = [];
let postsBefore: number[] = [];
const countPosts = (): number[] => [
  ...allGuns.map((g) => uploadsFor(sandbox, g)),
  ...tokenGuns.map((g) => uploadsFor(sandbox, g, 'token-notary-server')),
];

/** Passphrases, passwords and key bodies that must never appear in any output. */
function secrets(): string[] {
  const bodies = [w.ciKey, w.otherRepoKey, w.tokenKey, w.rsa, w.p384].flatMap(
    (pem) =>
      pem
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => /^[A-Za-z0-9+/=]{16,}$/.test(l))
  );
  return [
    TEST_DOCKER_PASSPHRASES.root,
    TEST_DOCKER_PASSPHRASES.repository,
    sandbox.tokenPassword,
    Buffer.from(`${sandbox.tokenUser}:${sandbox.tokenPassword}`).toString(
      'base64'
    ),
    ...bodies,
  ];
}

/** What a row produced, whichever surface ran it. */
interface Outcome {
  code: number;
  /** the failure lines: `::error::…` (Action) or `error: …` (CLI) */
  errors: string[];
  /** everything a user or a log reader sees */
  transcript: string;
  /** stderr lines other than the error line (the CLI's "unexpected error" hint) */
  extra: string[];
}

async function action(inputs: Record<string, string>): Promise<Outcome> {
  const run = await runBundledAction(tmp, {
    'delegation-key': w.ciKey,
    'delegation-passphrase': TEST_DOCKER_PASSPHRASES.repository,
    'trust-server': sandbox.notaryServerUrl,
    'trust-server-ca': readFileSync(sandbox.notaryCaFile, 'utf8'),
    'registry-url': sandbox.registryUrl,
    tags: `${w.gun}:v1`,
    ...inputs,
  });
  return {
    code: run.code,
    errors: run.stdout.split('\n').filter((l) => l.startsWith('::error::')),
    transcript: run.transcript,
    extra: [],
  };
}

async function cli(
  args: string[],
  env: Record<string, string> = {}
): Promise<Outcome> {
  const run = await runBundledCli(
    args,
    {
      DOCKER_CONFIG: w.dockerConfig,
      DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE: TEST_DOCKER_PASSPHRASES.root,
      DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE:
        TEST_DOCKER_PASSPHRASES.repository,
      ...env,
    },
    tmp
  );
  const lines = run.stderr.split('\n').filter((l) => l.trim() !== '');
  return {
    code: run.code,
    errors: lines.filter((l) => l.startsWith('error: ')),
    transcript: `${run.stdout}\n${run.stderr}`,
    extra: lines.filter((l) => /unexpected error/.test(l)),
  };
}

const server = (): string[] => [
  '--trust-server',
  sandbox.notaryServerUrl,
  '--trust-server-ca',
  sandbox.notaryCaFile,
];

interface Row {
  name: string;
  run: () => Promise<Outcome>;
  /** a fragment of the one error line: names the thing, says what to do */
  message: RegExp;
  code?: 1 | 2;
}

const truncate = (pem: string) => pem.slice(0, Math.floor(pem.length / 2));
/** Replaces body characters with ones base64 does not have. */
const garble = (pem: string) =>
  pem.replace(/\n([A-Za-z0-9+/]{10})/, '\n**********');
/** Swaps body characters for other base64 ones: valid base64, corrupt ciphertext. */
const corrupt = (pem: string) => {
  const lines = pem.split('\n');
  const i = lines.findIndex((l) => /^[A-Za-z0-9+/]{64}$/.test(l)) + 1;
  lines[i] = [...lines[i]].reverse().join('');
  return lines.join('\n');
};

const ACTION_ROWS: Row[] = [
  {
    name: 'a wrong passphrase',
    run: () => action({ 'delegation-passphrase': 'not-the-passphrase' }),
    message: /wrong passphrase for key .*/,
  },
  {
    name: 'the key of another repository (not delegated here)',
    run: () => action({ 'delegation-key': w.otherRepoKey }),
    message: /key [0-9a-f]{12} is not a signer of .*dct-sign signer add/,
  },
  {
    name: 'a truncated PEM',
    run: () => action({ 'delegation-key': truncate(w.ciKey) }),
    message: /delegation-key|truncated/,
  },
  {
    name: 'a PEM with non-base64 characters in its body',
    run: () => action({ 'delegation-key': garble(w.ciKey) }),
    message: /malformed base64/,
  },
  {
    name: 'a PEM whose base64 body was scrambled (valid base64, corrupt key)',
    run: () => action({ 'delegation-key': corrupt(w.ciKey) }),
    message: /delegation-key.*corrupt|corrupt.*delegation-key/,
  },
  {
    name: 'an RSA private key under 2048 bits',
    run: () => action({ 'delegation-key': w.rsa }),
    message:
      /delegation-key: RSA key of 1024 bits refused: notary needs at least 2048/,
  },
  {
    name: 'a P-384 private key',
    run: () => action({ 'delegation-key': w.p384 }),
    message: /P-384.*P-256/,
  },
  {
    name: 'an empty key',
    run: () => action({ 'delegation-key': '' }),
    message: /delegation-key/,
  },
  {
    name: 'a key that is not PEM at all',
    run: () => action({ 'delegation-key': 'hunter2-not-a-key' }),
    message: /neither PEM nor base64/,
  },
  {
    name: 'a digest with bad syntax',
    run: () => action({ digest: 'sha256:XYZ' }),
    message: /digest: .* pass sha256:<64 lower-case hex digits>/,
  },
  {
    name: 'a digest the registry does not have',
    run: () =>
      action({
        digest: `sha256:${createHash('sha256').update('nothing').digest('hex')}`,
      }),
    message: /not in the registry|push it/,
  },
  {
    name: 'a tag missing in the registry',
    run: () => action({ tags: `${w.gun}:missing-tag` }),
    message: /missing-tag is not in the registry .*push it before signing/,
  },
  {
    name: 'a reference without a tag',
    run: () => action({ tags: w.gun }),
    message: /has no tag; DCT signs tags/,
  },
  {
    name: 'an upper-case repository name',
    run: () => action({ tags: `${sandbox.registryHost}/e2e/UPPER:v1` }),
    message: /UPPER.*lower.?case/i,
  },
  {
    name: 'a GUN that is not a repository name',
    run: () => action({ tags: `${sandbox.registryHost}/e2e/bad name!:v1` }),
    message: /bad name!/,
  },
  {
    name: 'a CA that did not sign the trust server certificate',
    run: () => action({ 'trust-server-ca': w.otherCA }),
    message: /TLS certificate.*not trusted.*trust-server-ca/,
  },
  {
    name: 'an unreachable trust server',
    run: () => action({ 'trust-server': `https://127.0.0.1:${w.closed}` }),
    message: /127\.0\.0\.1:\d+/,
  },
  {
    name: 'an unreachable registry',
    run: () => action({ 'registry-url': `http://127.0.0.1:${w.closed}` }),
    message: /registry|127\.0\.0\.1/,
  },
  {
    name: 'a token-auth trust server and no credentials (401 for a push)',
    run: () =>
      action({
        'trust-server': sandbox.tokenNotaryServerUrl,
        tags: `${w.tokenGun}:v1`,
        'delegation-key': w.tokenKey,
      }),
    message: /credentials|username|401|403|push/,
  },
  {
    name: 'a token-auth trust server and a wrong password',
    run: () =>
      action({
        'trust-server': sandbox.tokenNotaryServerUrl,
        tags: `${w.tokenGun}:v1`,
        'delegation-key': w.tokenKey,
        username: sandbox.tokenUser,
        password: 'not-the-password',
      }),
    message: /refused|credentials/,
  },
  {
    name: 'a trust server URL that is not http(s)',
    run: () => action({ 'trust-server': 'ftp://127.0.0.1:21' }),
    message: /trust-server.*https?:\/\//,
  },
  {
    name: 'expiry-warn-days that is not a number',
    run: () => action({ 'expiry-warn-days': 'soon' }),
    message: /expiry-warn-days: "soon" is not a whole number of days/,
  },
  {
    name: 'dry-run that is not a boolean',
    run: () => action({ 'dry-run': 'maybe' }),
    message: /dry-run: "maybe" is not true or false/,
  },
  {
    name: 'roles naming a role that does not exist',
    run: () => action({ roles: 'targets/nope' }),
    message: /targets\/nope/,
  },
  {
    name: 'roles naming a role that does not list the key',
    run: () => action({ roles: 'targets/other' }),
    message: /targets\/other/,
  },
  {
    name: 'a root-key-id the root does not list',
    run: () => action({ 'root-key-id': 'ab'.repeat(32) }),
    message: /pinned key/,
  },
];

const CLI_ROWS: Row[] = [
  {
    name: 'an unknown command',
    run: () => cli(['frobnicate']),
    message: /unknown command "frobnicate"; run dct-sign --help/,
    code: 2,
  },
  {
    name: 'an unknown flag',
    run: () => cli(['verify', `${w.gun}:v1`, '--frobnicate']),
    message: /--frobnicate/,
    code: 2,
  },
  {
    name: 'a missing argument',
    run: () => cli(['key', 'info']),
    message: /FILE|argument/i,
    code: 2,
  },
  {
    name: 'key info on a missing file',
    run: () => cli(['key', 'info', join(tmp, 'no-such.key')]),
    message: /no-such\.key/,
  },
  {
    name: 'inspect --from an empty directory',
    run: () => cli(['inspect', '--from', w.empty]),
    message: /root\.json/,
  },
  {
    name: 'inspect --at garbage',
    run: () =>
      cli([
        'inspect',
        '--from',
        resolve('test/fixtures/notary-0.7-repo'),
        '--at',
        'yesterday-ish',
      ]),
    message: /--at.*yesterday-ish.*e\.g\. 20\d\d-/,
  },
  {
    name: 'verify of an unsigned tag',
    run: () => cli(['verify', `${w.gun}:v1`, ...server()]),
    message: /v1.*not signed|no trust data|unsigned/,
  },
  {
    name: 'verify against an unreachable trust server',
    run: () =>
      cli([
        'verify',
        `${w.gun}:v1`,
        '--trust-server',
        `https://127.0.0.1:${w.closed}`,
      ]),
    message: /127\.0\.0\.1/,
  },
  {
    name: 'a --trust-server URL that is not http(s)',
    run: () =>
      cli(['verify', `${w.gun}:v1`, '--trust-server', 'ftp://127.0.0.1:21']),
    message: /trust-server.*https?:\/\//,
  },
  {
    name: 'signer add with a bad signer name',
    run: () =>
      cli(['signer', 'add', 'Bad Name!', w.gun, '--key', w.ciPub, ...server()]),
    message: /Bad Name!/,
  },
  {
    name: 'signer add named releases',
    run: () =>
      cli(['signer', 'add', 'releases', w.gun, '--key', w.ciPub, ...server()]),
    message: /releases/,
  },
  {
    name: 'signer add --key a private key',
    run: () =>
      cli([
        'signer',
        'add',
        'new',
        w.gun,
        '--key',
        writeFile(tmp, 'private.key', w.ciKey),
        ...server(),
      ]),
    message: /private\.key|private key|PUBLIC KEY/,
  },
  {
    name: 'signer add --key a file that is not PEM',
    run: () =>
      cli([
        'signer',
        'add',
        'new',
        w.gun,
        '--key',
        writeFile(tmp, 'notes.txt', 'just some notes\n'),
        ...server(),
      ]),
    message: /notes\.txt|PEM/,
  },
  {
    name: 'signer remove of a signer that does not exist',
    run: () => cli(['signer', 'remove', 'ghost', w.gun, ...server()]),
    message: /ghost/,
  },
  {
    name: 'key generate with a short passphrase',
    run: () =>
      cli(
        [
          'key',
          'generate',
          'short',
          '--dir',
          tmp,
          '--trust-dir',
          join(tmp, 'gen'),
        ],
        {
          DCT_PASSPHRASE: 'short',
        }
      ),
    message: /8 characters/,
  },
];

describe('bad input', () => {
  const rows = [
    ...ACTION_ROWS.map((r) => ({ ...r, surface: 'the Action' })),
    ...CLI_ROWS.map((r) => ({ ...r, surface: 'the CLI' })),
  ];

  for (const row of rows) {
    it(`${row.surface}, given ${row.name}: exit ${row.code ?? 1}, one clear error line, no stack, no secret`, async () => {
      const out = await row.run();
      const context = `${out.transcript}\n(exit ${out.code})`;
      expect(out.code, context).toBe(row.code ?? 1);
      expect(out.errors, context).toHaveLength(1);
      expect(out.errors[0], context).toMatch(row.message);
      expect(out.extra, context).toEqual([]);
      expect(stackLines(out.transcript), context).toEqual([]);
      for (const s of secrets())
        expect(
          out.transcript.includes(s),
          `secret in output:\n${context}`
        ).toBe(false);
      expect(countPosts(), 'something was published').toEqual(postsBefore);
    });
  }

  it('published nothing to any repository of the run', () => {
    expect(countPosts()).toEqual(postsBefore);
  });

  it('has at least 30 rows', () => {
    expect(rows.length).toBeGreaterThanOrEqual(30);
  });
});
