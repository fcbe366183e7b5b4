import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as net from 'node:net';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pushImage } from '../../scripts/sandbox/registry-push.mjs';
import {
  actionInputs,
  dockerRepository,
  errorLines,
  runBundledAction,
  type DockerRepository,
} from './helpers/docker-repo.js';
import { getSandbox, type SandboxConfig } from './helpers/sandbox.js';
import { makeTempDir } from './helpers/tmp.js';

// The bundled Action behind a real forward proxy (Debian's tinyproxy). The
// notary-server and the registry are reached as notary.dct.test and
// registry.dct.test: names that exist only in a private mount namespace
// (/etc/hosts bind-mounted), where tinyproxy runs too. They are not loopback
// names, so the Action must send them through the proxy, and the proxy's
// own log shows each CONNECT.

const SCRIPT = resolve('test/e2e/helpers/in-proxy-namespace.sh');
const USER = 'dct-proxy-user';
const PASSWORD = 'dct-proxy-pass-7f3a9c';

let sandbox: SandboxConfig;
beforeAll(() => {
  sandbox = getSandbox();
});

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

/** A tinyproxy on 127.0.0.1 with basic auth, and how to run the Action behind it. */
async function behindProxy() {
  const dir = await makeTempDir('dct-e2e-proxy-');
  const port = await freePort();
  const log = join(dir, 'tinyproxy.log');
  const hosts = join(dir, 'hosts');
  writeFileSync(
    hosts,
    '127.0.0.1 localhost\n127.0.0.1 notary.dct.test registry.dct.test\n'
  );
  const conf = join(dir, 'tinyproxy.conf');
  // No ConnectPort line: CONNECT is allowed to any port (the sandbox's are random).
  writeFileSync(
    conf,
    [
      `Port ${port}`,
      'Listen 127.0.0.1',
      'Timeout 60',
      `LogFile "${log}"`,
      'LogLevel Connect',
      'MaxClients 20',
      'Allow 127.0.0.1',
      `BasicAuth ${USER} ${PASSWORD}`,
    ].join('\n') + '\n'
  );
  const proxyLog = () => (existsSync(log) ? readFileSync(log, 'utf8') : '');
  const url = (password = PASSWORD) =>
    `http://${USER}:${password}@127.0.0.1:${port}`;
  const named = (u: string) => u.replace('127.0.0.1', 'notary.dct.test');
  const notaryUrl = named(sandbox.notaryServerUrl);
  const registryUrl = sandbox.registryUrl.replace(
    '127.0.0.1',
    'registry.dct.test'
  );
  const run = (
    repo: DockerRepository,
    tag: string,
    env: Record<string, string>,
    inputs: Record<string, string> = {}
  ) =>
    runBundledAction(
      repo.tmp,
      actionInputs(sandbox, repo, {
        tags: `${repo.gun}:${tag}`,
        'trust-server': notaryUrl,
        'registry-url': registryUrl,
        ...inputs,
      }),
      env,
      { prefix: ['unshare', '-m', 'bash', SCRIPT, hosts, conf, String(port)] }
    );
  return { port, proxyLog, url, notaryUrl, registryUrl, run };
}

async function pushed(repo: DockerRepository, tag: string) {
  return pushImage({
    registryUrl: sandbox.registryUrl,
    repo: repo.repo,
    tag,
    kind: 'docker',
  });
}

describe('the bundled Action behind an HTTP(S) proxy (tinyproxy)', () => {
  it('reaches the trust server through a CONNECT tunnel and the registry through the proxy, credentials masked', async () => {
    const proxy = await behindProxy();
    const repo = await dockerRepository(sandbox);
    const image = await pushed(repo, 'v1');
    const run = await proxy.run(repo, 'v1', {
      HTTPS_PROXY: proxy.url(),
      HTTP_PROXY: proxy.url(),
    });
    expect(run.code, run.transcript).toBe(0);
    expect(await repo.notary.lookup(repo.gun, 'v1')).toMatchObject({
      digest: image.digest.replace('sha256:', ''),
    });
    const log = proxy.proxyLog();
    const notaryAuthority = new URL(proxy.notaryUrl).host;
    expect(log).toContain(`CONNECT ${notaryAuthority} HTTP/1.1`);
    expect(log).toContain(`${proxy.registryUrl}/v2/${repo.repo}/manifests/v1`);
    // the password and the Proxy-Authorization value were masked, never shown
    expect(run.transcript).not.toContain(PASSWORD);
    expect(run.transcript).not.toContain(
      Buffer.from(`${USER}:${PASSWORD}`).toString('base64')
    );
    expect(run.stdout).toContain(`::add-mask::${PASSWORD}`);
  });

  it('connects directly to the hosts NO_PROXY names', async () => {
    const proxy = await behindProxy();
    const repo = await dockerRepository(sandbox);
    await pushed(repo, 'v1');
    const run = await proxy.run(repo, 'v1', {
      https_proxy: proxy.url(),
      http_proxy: proxy.url(),
      no_proxy: 'other.example,.dct.test',
    });
    expect(run.code, run.transcript).toBe(0);
    // (the log's one "Connect" line is the start-up probe of the port)
    expect(proxy.proxyLog()).not.toContain('dct.test');
  });

  it('fails with one line naming the proxy when it refuses (wrong credentials)', async () => {
    const proxy = await behindProxy();
    const repo = await dockerRepository(sandbox);
    await pushed(repo, 'v1');
    const run = await proxy.run(repo, 'v1', {
      HTTPS_PROXY: proxy.url('wrong-password-1b2c'),
      NO_PROXY: 'registry.dct.test',
    });
    expect(run.code).toBe(1);
    const errors = errorLines(run);
    expect(errors).toHaveLength(1);
    // tinyproxy answers a bad Proxy-Authorization with 401 (RFC 9110 says 407)
    expect(errors[0]).toMatch(
      new RegExp(
        `^::error::.*: the proxy http://127\\.0\\.0\\.1:${proxy.port} refused to connect to notary\\.dct\\.test:\\d+ \\(401 Unauthorized\\)$`
      )
    );
    expect(run.transcript).not.toContain('wrong-password-1b2c');
  });

  it('fails with one line naming the proxy when nothing listens there', async () => {
    const proxy = await behindProxy();
    const repo = await dockerRepository(sandbox);
    await pushed(repo, 'v1');
    const closed = await freePort();
    const run = await proxy.run(repo, 'v1', {
      HTTPS_PROXY: `http://127.0.0.1:${closed}`,
      NO_PROXY: 'registry.dct.test',
    });
    expect(run.code).toBe(1);
    const errors = errorLines(run);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(
      `cannot connect to the proxy http://127.0.0.1:${closed} (ECONNREFUSED)`
    );
  });

  it('trusts NODE_EXTRA_CA_CERTS (a TLS-inspecting proxy CA) through the tunnel, without trust-server-ca', async () => {
    const proxy = await behindProxy();
    const repo = await dockerRepository(sandbox);
    await pushed(repo, 'v1');
    const env = { HTTPS_PROXY: proxy.url(), NO_PROXY: 'registry.dct.test' };
    const inputs = { 'trust-server-ca': '' };
    const without = await proxy.run(repo, 'v1', env, inputs);
    expect(without.code).toBe(1);
    expect(errorLines(without)[0]).toContain('TLS certificate not trusted');
    const run = await proxy.run(
      repo,
      'v1',
      { ...env, NODE_EXTRA_CA_CERTS: sandbox.notaryCaFile },
      inputs
    );
    expect(run.code, run.transcript).toBe(0);
  });
});
