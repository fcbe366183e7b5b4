import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dockerConfigDir, dockerCredentials } from '../../../src/host/index.js';

const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('#dockerConfigDir', () => {
  describe('when DOCKER_CONFIG is set', () => {
    it('returns it', () => {
      expect(dockerConfigDir({ DOCKER_CONFIG: '/x/y' })).toBe('/x/y');
    });
  });

  describe('when DOCKER_CONFIG is unset or empty', () => {
    it('returns ~/.docker', () => {
      expect(dockerConfigDir({})).toBe(join(homedir(), '.docker'));
      expect(dockerConfigDir({ DOCKER_CONFIG: '' })).toBe(
        join(homedir(), '.docker')
      );
    });
  });
});

describe('#dockerCredentials', () => {
  let dir: string;
  let env: Record<string, string>;
  const writeConfig = (config: unknown) =>
    writeFileSync(
      join(dir, 'config.json'),
      typeof config === 'string' ? config : JSON.stringify(config)
    );

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dct-sign-docker-'));
    env = { DOCKER_CONFIG: dir };
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('when auths holds a base64 user:pass for the host', () => {
    it('returns username and password, splitting at the first colon', () => {
      writeConfig({
        auths: { 'registry.example.com': { auth: b64('alice:pa:ss') } },
      });
      expect(dockerCredentials('registry.example.com', env)).toEqual({
        username: 'alice',
        password: 'pa:ss',
      });
    });

    it('returns them for a host:port key and an https:// key', () => {
      writeConfig({
        auths: {
          'localhost:5000': { auth: b64('bob:one') },
          'https://registry.example.com': { auth: b64('carol:two') },
        },
      });
      expect(dockerCredentials('localhost:5000', env)).toEqual({
        username: 'bob',
        password: 'one',
      });
      expect(dockerCredentials('registry.example.com', env)).toEqual({
        username: 'carol',
        password: 'two',
      });
    });
  });

  describe('when auths holds username and password fields', () => {
    it('returns them', () => {
      writeConfig({
        auths: { 'registry.example.com': { username: 'dave', password: 'pw' } },
      });
      expect(dockerCredentials('registry.example.com', env)).toEqual({
        username: 'dave',
        password: 'pw',
      });
    });
  });

  describe('when the host is docker.io and auths uses the legacy index URL', () => {
    it('returns the credentials stored under https://index.docker.io/v1/', () => {
      writeConfig({
        auths: {
          'https://index.docker.io/v1/': { auth: b64('hubuser:hubtoken') },
        },
      });
      expect(dockerCredentials('docker.io', env)).toEqual({
        username: 'hubuser',
        password: 'hubtoken',
      });
    });
  });

  describe('when auths has only another host', () => {
    it('returns undefined', () => {
      writeConfig({ auths: { 'other.example.com': { auth: b64('x:y') } } });
      expect(dockerCredentials('registry.example.com', env)).toBeUndefined();
    });
  });

  describe('when the auth value has no colon or an empty user', () => {
    it('returns undefined', () => {
      writeConfig({
        auths: { a: { auth: b64('nocolon') }, b: { auth: b64(':pw') } },
      });
      expect(dockerCredentials('a', env)).toBeUndefined();
      expect(dockerCredentials('b', env)).toBeUndefined();
    });
  });

  describe('when config.json does not exist', () => {
    it('returns undefined', () => {
      expect(dockerCredentials('registry.example.com', env)).toBeUndefined();
      expect(
        dockerCredentials('registry.example.com', {
          DOCKER_CONFIG: join(dir, 'nope'),
        })
      ).toBeUndefined();
    });
  });

  describe('when config.json is not JSON', () => {
    it('returns undefined', () => {
      writeConfig('{ not json');
      expect(dockerCredentials('registry.example.com', env)).toBeUndefined();
    });
  });

  describe('when a credential helper is configured', () => {
    let bin: string;
    beforeEach(() => {
      bin = join(dir, 'bin');
      mkdirSync(bin);
      // Records the server URL it was asked for and answers per the helper protocol.
      const script = join(bin, 'docker-credential-fake');
      writeFileSync(
        script,
        `#!/bin/sh\n[ "$1" = get ] || exit 2\nread url\nprintf '%s' "$url" > "${join(dir, 'asked')}"\n` +
          `printf '{"ServerURL":"%s","Username":"helper-user","Secret":"helper-secret"}' "$url"\n`
      );
      chmodSync(script, 0o755);
      const failing = join(bin, 'docker-credential-broken');
      writeFileSync(
        failing,
        '#!/bin/sh\necho "credentials not found in native keychain" >&2\nexit 1\n'
      );
      chmodSync(failing, 0o755);
      vi.stubEnv('PATH', `${bin}${delimiter}${process.env.PATH ?? ''}`);
    });

    it('returns the helper credentials from credHelpers, over auths', () => {
      writeConfig({
        auths: { 'registry.example.com': { auth: b64('file:pw') } },
        credHelpers: { 'registry.example.com': 'fake' },
      });
      expect(dockerCredentials('registry.example.com', env)).toEqual({
        username: 'helper-user',
        password: 'helper-secret',
      });
      expect(readFileSync(join(dir, 'asked'), 'utf8')).toBe(
        'registry.example.com'
      );
    });

    it('returns credentials from credsStore asked with the Hub index URL', () => {
      writeConfig({
        credsStore: 'fake',
        auths: { 'https://index.docker.io/v1/': {} },
      });
      expect(dockerCredentials('docker.io', env)).toEqual({
        username: 'helper-user',
        password: 'helper-secret',
      });
      expect(readFileSync(join(dir, 'asked'), 'utf8')).toBe(
        'https://index.docker.io/v1/'
      );
    });

    it('returns undefined when the helper fails', () => {
      writeConfig({ credHelpers: { 'registry.example.com': 'broken' } });
      expect(dockerCredentials('registry.example.com', env)).toBeUndefined();
    });

    it('returns undefined when the helper binary is missing', () => {
      writeConfig({
        credHelpers: { 'registry.example.com': 'missing-helper' },
      });
      expect(dockerCredentials('registry.example.com', env)).toBeUndefined();
    });
  });
});
