// The two contestants and the docker-made repositories they sign into.
//
// dct-sign runs as the GitHub runner runs it: `node dist/index.js` with
// INPUT_* variables, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and RUNNER_TEMP set,
// and no Actions cache service. notary runs as a CI script would:
// `notary addhash ... && notary publish` against a trust dir holding only the
// private keys (no tuf/ cache), freshly copied before every run.
import {
  cpSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { cleanEnv, measure, measureOk } from './exec.mjs';
import { pushImage } from '../sandbox/registry-push.mjs';

/** Bench-only passphrases (public; nothing here protects anything). */
export const PASSPHRASES = {
  root: 'bench-root-passphrase',
  repository: 'bench-repository-passphrase',
};

/** The roles docker's `signer add` lists the ci key in; both tools sign both. */
export const ROLES = ['targets/releases', 'targets/ci'];

/**
 * One DOCKER_CONFIG with a `ci` signer key, added with `docker trust signer
 * add` to every GUN in `repos` (each initialised by docker: root + targets
 * keys here, snapshot key on the server). A tiny image is pushed to each repo
 * first. Returns {trustDir, ciKeyPem, image} (image: {digest, size}).
 */
export async function setupDockerRepos(sandbox, dir, repos) {
  const configDir = join(dir, 'docker');
  const tlsDir = join(configDir, 'tls', new URL(sandbox.notaryServerUrl).host);
  mkdirSync(tlsDir, { recursive: true });
  writeFileSync(join(tlsDir, 'ca.crt'), sandbox.ca);
  const env = {
    ...cleanEnv(),
    DOCKER_CONFIG: configDir,
    DOCKER_CONTENT_TRUST_SERVER: sandbox.notaryServerUrl,
    DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE: PASSPHRASES.root,
    DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: PASSPHRASES.repository,
    DOCKER_CLI_HINTS: 'false',
  };
  await measureOk('docker', ['trust', 'key', 'generate', 'ci', '--dir', dir], {
    env,
  });
  let image;
  for (const repo of repos) {
    // same content everywhere: one digest for every repo
    image = await pushImage({
      registryUrl: sandbox.registryUrl,
      repo,
      tag: 'base',
      content: 'dct-sign bench image',
    });
    await measureOk(
      'docker',
      [
        'trust',
        'signer',
        'add',
        '--key',
        join(dir, 'ci.pub'),
        'ci',
        `${sandbox.registryHost}/${repo}`,
      ],
      { env }
    );
  }
  const trustDir = join(configDir, 'trust');
  const privateDir = join(trustDir, 'private');
  const ciKeyPem = readdirSync(privateDir)
    .map((f) => readFileSync(join(privateDir, f), 'utf8'))
    .find((pem) => /^role: ci$/m.test(pem));
  if (!ciKeyPem) throw new Error(`no ci key in ${privateDir}`);
  return { trustDir, ciKeyPem, image };
}

/** The dct-sign Action, bundled. */
export class DctSign {
  /**
   * node: the node binary to run it on; entry: path of the bundled
   * dist/index.js; work: a scratch dir;
   * trustServer / registryUrl: where it connects (the server or a proxy).
   */
  constructor({ node = process.execPath, entry, work, ciKeyPem, ca }) {
    Object.assign(this, { node, entry, work, ciKeyPem, ca });
    this.n = 0;
  }

  /** Sign `tags` (full references) to `digest` in one run. */
  run({ tags, digest, trustServer, registryUrl, nodeArgs = [] }) {
    const n = ++this.n;
    const output = join(this.work, `output-${n}`);
    const summary = join(this.work, `summary-${n}`);
    writeFileSync(output, '');
    writeFileSync(summary, '');
    const env = {
      ...cleanEnv(),
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      RUNNER_TEMP: this.work,
      DOCKER_CONFIG: join(this.work, 'no-docker-config'),
      'INPUT_DELEGATION-KEY': this.ciKeyPem,
      'INPUT_DELEGATION-PASSPHRASE': PASSPHRASES.repository,
      'INPUT_TRUST-SERVER': trustServer,
      'INPUT_TRUST-SERVER-CA': this.ca,
      'INPUT_REGISTRY-URL': registryUrl,
      INPUT_TAGS: tags.join('\n'),
      INPUT_DIGEST: digest,
      'INPUT_EXPIRY-WARN-DAYS': '30',
      'INPUT_DRY-RUN': 'false',
    };
    return measure(this.node, [...nodeArgs, this.entry], { env });
  }
}

/** The notary 0.7 CLI with a fresh copy of the keys-only trust dir per run. */
export class NotaryTool {
  constructor({ work, trustDir, caFile }) {
    Object.assign(this, { work, trustDir, caFile });
    this.n = 0;
    this.env = {
      ...cleanEnv(),
      NOTARY_DELEGATION_PASSPHRASE: PASSPHRASES.repository,
    };
  }

  /** A new trust dir with only private/ (keys): notary has no metadata cache. */
  freshTrustDir() {
    const dir = join(this.work, `notary-${++this.n}`);
    cpSync(join(this.trustDir, 'private'), join(dir, 'private'), {
      recursive: true,
    });
    return dir;
  }

  /** `notary -s server -d dir --tlscacert ca ...args`, measured. */
  cli(server, dir, args) {
    return measure(
      'notary',
      ['-s', server, '-d', dir, '--tlscacert', this.caFile, ...args],
      {
        env: this.env,
      }
    );
  }

  /**
   * addhash for each tag, then one publish. The trust dir is made before the
   * clock starts. Returns {ms, rssKiB, addhash: [...], publish, ok, output}.
   */
  async run({ gun, tags, digest, size, server }) {
    const dir = this.freshTrustDir();
    const hex = digest.replace(/^sha256:/, '');
    const roles = ROLES.flatMap((r) => ['--roles', r]);
    const addhash = [];
    for (const tag of tags) {
      const r = await this.cli(server, dir, [
        'addhash',
        gun,
        tag,
        String(size),
        '--sha256',
        hex,
        ...roles,
      ]);
      addhash.push(r);
      if (r.code !== 0) return summarize(addhash, null);
    }
    const publish = await this.cli(server, dir, ['publish', gun]);
    return summarize(addhash, publish);
  }
}

function summarize(addhash, publish) {
  const all = publish ? [...addhash, publish] : addhash;
  const failed = all.find((r) => r.code !== 0);
  return {
    ok: !failed,
    output: failed
      ? `${failed.command}\n${failed.stdout}\n${failed.stderr}`
      : '',
    startedAt: all[0].startedAt,
    endedAt: all[all.length - 1].endedAt,
    ms: all[all.length - 1].endedAt - all[0].startedAt,
    addhashMs: addhash.reduce((s, r) => s + r.ms, 0),
    publishMs: publish?.ms ?? NaN,
    publish,
    rssKiB: Math.max(...all.map((r) => r.rssKiB ?? 0)) || null,
    cpuMs: all.every((r) => r.cpuMs !== null)
      ? all.reduce((t, r) => t + r.cpuMs, 0)
      : null,
    publishRssKiB: publish?.rssKiB ?? null,
  };
}
