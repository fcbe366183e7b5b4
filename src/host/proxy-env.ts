import { parseProxyURL, type ProxyConfig } from '../net/index.js';

type Env = Readonly<Record<string, string | undefined>>;

/** The first of the names that is set and not empty. */
function first(env: Env, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = env[name]?.trim();
    if (value) return value;
  }
  return undefined;
}

/**
 * The proxy settings of the environment, read as Go's httpproxy.FromEnvironment
 * reads them (docker and notary): HTTPS_PROXY, HTTP_PROXY and NO_PROXY, each
 * upper case first, then lower case. Undefined when no proxy is set.
 */
export function proxyFromEnv(env: Env): ProxyConfig | undefined {
  const config: ProxyConfig = {
    httpsProxy: first(env, 'HTTPS_PROXY', 'https_proxy'),
    httpProxy: first(env, 'HTTP_PROXY', 'http_proxy'),
    noProxy: first(env, 'NO_PROXY', 'no_proxy'),
  };
  return config.httpsProxy || config.httpProxy ? config : undefined;
}

/**
 * What must never appear in a log: each proxy's password and the
 * Proxy-Authorization value made from it (the Action masks them).
 */
export function proxySecrets(config: ProxyConfig | undefined): string[] {
  const out: string[] = [];
  for (const [value, name] of [
    [config?.httpsProxy, 'HTTPS_PROXY'],
    [config?.httpProxy, 'HTTP_PROXY'],
  ] as const) {
    if (!value) continue;
    try {
      const url = new URL(value.includes('://') ? value : `http://${value}`);
      if (url.password)
        out.push(url.password, decodeURIComponent(url.password));
      const route = parseProxyURL(value, name);
      if (route.authorization) out.push(route.authorization.slice(6));
    } catch {
      // an unusable proxy URL fails later, with a message that omits it
    }
  }
  return [...new Set(out)];
}
