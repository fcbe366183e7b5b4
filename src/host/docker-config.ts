import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Credentials } from '../net/index.js';

/** `$DOCKER_CONFIG`, else `~/.docker` (docker/cli config.Dir). */
export function dockerConfigDir(
  env: Record<string, string | undefined>
): string {
  return env.DOCKER_CONFIG || join(homedir(), '.docker');
}

interface DockerConfigFile {
  auths?: Record<
    string,
    { auth?: string; username?: string; password?: string }
  >;
  credsStore?: string;
  credHelpers?: Record<string, string>;
}

/** Keys docker uses for a registry host in config.json (Hub has its legacy URL). */
function configKeys(host: string): string[] {
  if (host === 'docker.io') {
    return [
      'https://index.docker.io/v1/',
      'index.docker.io',
      'docker.io',
      'registry-1.docker.io',
    ];
  }
  return [host, `https://${host}`, `http://${host}`];
}

/**
 * `base64(user:password)`, the form of docker's config `auth` and of
 * notary's NOTARY_AUTH; undefined when it holds no `user:` part.
 */
export function decodeBasicAuth(b64: string): Credentials | undefined {
  const decoded = Buffer.from(b64, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return undefined;
  return {
    username: decoded.slice(0, colon),
    password: decoded.slice(colon + 1),
  };
}

/**
 * The credentials `docker login` (or docker/login-action) stored for a
 * registry host: a credential helper if one is configured for it, else the
 * base64 `auth` in config.json. Undefined when there are none.
 */
export function dockerCredentials(
  host: string,
  env: Record<string, string | undefined>
): Credentials | undefined {
  const file = join(dockerConfigDir(env), 'config.json');
  if (!existsSync(file)) return undefined;
  let config: DockerConfigFile;
  try {
    config = JSON.parse(readFileSync(file, 'utf8')) as DockerConfigFile;
  } catch {
    return undefined;
  }
  for (const key of configKeys(host)) {
    const helper = config.credHelpers?.[key];
    if (helper) return fromHelper(helper, key);
  }
  for (const key of configKeys(host)) {
    const entry = config.auths?.[key];
    const fromAuth = entry?.auth ? decodeBasicAuth(entry.auth) : undefined;
    if (fromAuth) return fromAuth;
    if (entry?.username && entry.password)
      return { username: entry.username, password: entry.password };
  }
  if (config.credsStore)
    return fromHelper(config.credsStore, configKeys(host)[0]);
  return undefined;
}

/** Runs `docker-credential-<helper> get` (the credential helper protocol). */
function fromHelper(
  helper: string,
  serverURL: string
): Credentials | undefined {
  try {
    const out = execFileSync(`docker-credential-${helper}`, ['get'], {
      input: serverURL,
      encoding: 'utf8',
      stdio: ['pipe', 'pipe', 'ignore'],
      timeout: 10_000,
    });
    const parsed = JSON.parse(out) as { Username?: string; Secret?: string };
    if (parsed.Username && parsed.Secret)
      return { username: parsed.Username, password: parsed.Secret };
  } catch {
    // No helper binary or no entry: behave as docker does without credentials.
  }
  return undefined;
}
