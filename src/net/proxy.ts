import { BlockList, isIP } from 'node:net';
import { isLoopback } from './auth.js';
import { NetworkError } from './errors.js';

/**
 * Proxy settings as the glue read them from the environment (HTTPS_PROXY,
 * HTTP_PROXY, NO_PROXY and their lower-case forms). The core never reads
 * process.env itself; it is handed this.
 */
export interface ProxyConfig {
  /** Proxy for https:// requests (tunnelled with CONNECT). */
  httpsProxy?: string;
  /** Proxy for http:// requests (absolute-form request lines). */
  httpProxy?: string;
  /** Comma-separated hosts, domains, IPs, CIDRs (optional :port), or `*`. */
  noProxy?: string;
}

/** The proxy one request goes through. */
export interface ProxyRoute {
  /** host and port to connect to */
  host: string;
  port: number;
  /** `Basic …` from the proxy URL's userinfo, for Proxy-Authorization */
  authorization?: string;
  /** `http://host:port` without credentials: the only form ever printed */
  display: string;
}

/** A proxy URL that cannot be used: names the variable, never its credentials. */
export class ProxyConfigError extends NetworkError {
  constructor(message: string) {
    super(message, false);
  }
}

/**
 * Parses a proxy variable as Go's httpproxy does: a value without a scheme
 * is `http://` + value. Only http:// proxies are supported (what corporate
 * proxies, squid and tinyproxy speak); https:// and socks5:// are refused.
 */
export function parseProxyURL(value: string, name: string): ProxyRoute {
  const text = value.includes('://') ? value : `http://${value}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ProxyConfigError(
      `${name}: not a proxy URL; use http://host:port`
    );
  }
  const display = `${url.protocol}//${url.host}`;
  if (url.protocol !== 'http:') {
    throw new ProxyConfigError(
      `${name}: ${display}: only http:// proxies are supported`
    );
  }
  const route: ProxyRoute = {
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: Number(url.port || 80),
    display,
  };
  if (url.username || url.password) {
    const user = decodeURIComponent(url.username);
    const pass = decodeURIComponent(url.password);
    route.authorization = `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
  }
  return route;
}

/** Throws {@link ProxyConfigError} for a proxy URL that cannot be used. */
export function checkProxyConfig(config: ProxyConfig): void {
  if (config.httpsProxy) parseProxyURL(config.httpsProxy, 'HTTPS_PROXY');
  if (config.httpProxy) parseProxyURL(config.httpProxy, 'HTTP_PROXY');
}

/**
 * The proxy for `target`, or undefined to connect directly, by the rules of
 * Go's golang.org/x/net/http/httpproxy (what docker and notary use) and
 * @actions/http-client: loopback is never proxied; NO_PROXY `*` turns proxies
 * off; an entry matches the host itself and its subdomains (`.example.com`
 * and `*.example.com` only the subdomains), an IP or CIDR the address, and
 * an entry with a port only that port.
 */
export function proxyFor(
  target: URL,
  config: ProxyConfig
): ProxyRoute | undefined {
  const [value, name] =
    target.protocol === 'https:'
      ? [config.httpsProxy, 'HTTPS_PROXY']
      : [config.httpProxy, 'HTTP_PROXY'];
  if (!value) return undefined;
  const host = target.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (isLoopback(host)) return undefined;
  const port = target.port || (target.protocol === 'https:' ? '443' : '80');
  if (bypassed(host, port, config.noProxy ?? '')) return undefined;
  return parseProxyURL(value, name);
}

function bypassed(host: string, port: string, noProxy: string): boolean {
  for (const raw of noProxy.split(',')) {
    const entry = raw.trim().toLowerCase();
    if (!entry) continue;
    if (entry === '*') return true;
    if (entry.includes('/')) {
      if (inCidr(host, entry)) return true;
      continue;
    }
    const { name, entryPort } = splitHostPort(entry);
    if (entryPort && entryPort !== port) continue;
    if (isIP(name)) {
      if (name === host) return true;
      continue;
    }
    // "*.a.com" and ".a.com": subdomains only; "a.com": itself too.
    const suffix = name.startsWith('*.') ? name.slice(1) : name;
    if (suffix.startsWith('.')) {
      if (host.endsWith(suffix)) return true;
    } else if (host === suffix || host.endsWith(`.${suffix}`)) {
      return true;
    }
  }
  return false;
}

function splitHostPort(entry: string): { name: string; entryPort?: string } {
  const v6 = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
  if (v6) return { name: v6[1], entryPort: v6[2] };
  if (isIP(entry) === 6) return { name: entry };
  const m = /^(.*):(\d+)$/.exec(entry);
  return m ? { name: m[1], entryPort: m[2] } : { name: entry };
}

function inCidr(host: string, cidr: string): boolean {
  const family = isIP(host);
  const [net, bits] = cidr.split('/');
  if (!family || isIP(net) !== family || !/^\d+$/.test(bits)) return false;
  const list = new BlockList();
  try {
    list.addSubnet(net, Number(bits), family === 6 ? 'ipv6' : 'ipv4');
  } catch {
    return false;
  }
  return list.check(host, family === 6 ? 'ipv6' : 'ipv4');
}
