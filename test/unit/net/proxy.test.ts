import { describe, expect, it } from 'vitest';
import {
  ProxyConfigError,
  parseProxyURL,
  proxyFor,
  type ProxyConfig,
} from '../../../src/net/index.js';
import { proxyFromEnv, proxySecrets } from '../../../src/host/index.js';

const PROXIES: ProxyConfig = {
  httpsProxy: 'http://proxy.corp:3128',
  httpProxy: 'http://plain-proxy.corp:8080',
};

const via = (url: string, noProxy?: string) =>
  proxyFor(new URL(url), { ...PROXIES, noProxy })?.display;

describe('#proxyFor (Go httpproxy and @actions/http-client rules)', () => {
  it('sends https through HTTPS_PROXY and http through HTTP_PROXY', () => {
    expect(via('https://notary.example.com/v2/')).toBe(
      'http://proxy.corp:3128'
    );
    expect(via('http://registry.example.com/v2/')).toBe(
      'http://plain-proxy.corp:8080'
    );
  });

  it('connects directly when the scheme has no proxy', () => {
    expect(
      proxyFor(new URL('http://a.example/'), { httpsProxy: 'p:1' })
    ).toBeUndefined();
  });

  it.each([
    'https://localhost:4443/',
    'https://127.0.0.1/',
    'https://127.8.9.10:5000/',
    'https://[::1]:4443/',
  ])('never proxies loopback (%s)', (url) => {
    expect(via(url)).toBeUndefined();
  });

  it.each([
    ['*', 'https://notary.example.com/', undefined],
    ['example.com', 'https://example.com/', undefined],
    ['example.com', 'https://notary.example.com/', undefined],
    ['example.com', 'https://notexample.com/', 'http://proxy.corp:3128'],
    ['.example.com', 'https://notary.example.com/', undefined],
    ['.example.com', 'https://example.com/', 'http://proxy.corp:3128'],
    ['*.example.com', 'https://notary.example.com/', undefined],
    ['*.example.com', 'https://example.com/', 'http://proxy.corp:3128'],
    ['example.com:4443', 'https://example.com:4443/', undefined],
    ['example.com:4443', 'https://example.com/', 'http://proxy.corp:3128'],
    ['example.com:443', 'https://example.com/', undefined],
    ['other.org, EXAMPLE.com ', 'https://Notary.Example.COM/', undefined],
    ['10.1.2.3', 'https://10.1.2.3/', undefined],
    ['10.1.2.3', 'https://10.1.2.4/', 'http://proxy.corp:3128'],
    ['10.0.0.0/8', 'https://10.200.1.1:4443/', undefined],
    ['10.0.0.0/8', 'https://11.0.0.1/', 'http://proxy.corp:3128'],
    ['10.0.0.0/8', 'https://ten.example/', 'http://proxy.corp:3128'],
    ['[2001:db8::1]:443', 'https://[2001:db8::1]/', undefined],
    ['2001:db8::/32', 'https://[2001:db8::5]/', undefined],
  ])('NO_PROXY=%s, %s: %s', (noProxy, url, expected) => {
    expect(via(url, noProxy)).toBe(expected);
  });
});

describe('#parseProxyURL', () => {
  it('reads a bare host:port as http, as Go does', () => {
    expect(parseProxyURL('proxy.corp:3128', 'HTTPS_PROXY')).toEqual({
      host: 'proxy.corp',
      port: 3128,
      display: 'http://proxy.corp:3128',
    });
  });

  it('makes Proxy-Authorization from decoded userinfo and keeps it out of display', () => {
    const route = parseProxyURL('http://al%40ice:p%3Ass@proxy:8080', 'X');
    expect(route.display).toBe('http://proxy:8080');
    expect(route.authorization).toBe(
      `Basic ${Buffer.from('al@ice:p:ss').toString('base64')}`
    );
  });

  it.each(['https://proxy:443', 'socks5://proxy:1080'])(
    'refuses %s, naming the variable but not the credentials',
    (url) => {
      const withCreds = url.replace('//', '//user:s3cret@');
      expect(() => parseProxyURL(withCreds, 'HTTPS_PROXY')).toThrow(
        ProxyConfigError
      );
      expect(() => parseProxyURL(withCreds, 'HTTPS_PROXY')).toThrow(
        /^HTTPS_PROXY: .*only http:\/\/ proxies are supported$/
      );
      expect(() => parseProxyURL(withCreds, 'HTTPS_PROXY')).not.toThrow(
        /s3cret/
      );
    }
  );
});

describe('#proxyFromEnv', () => {
  it('reads upper case first, then lower case, as Go does', () => {
    expect(
      proxyFromEnv({
        HTTPS_PROXY: 'http://upper:1',
        https_proxy: 'http://lower:1',
        http_proxy: 'http://plain:2',
        no_proxy: 'internal',
      })
    ).toEqual({
      httpsProxy: 'http://upper:1',
      httpProxy: 'http://plain:2',
      noProxy: 'internal',
    });
  });

  it('is undefined without a proxy', () => {
    expect(proxyFromEnv({ NO_PROXY: '*' })).toBeUndefined();
  });

  it('lists the password and the Basic value as secrets to mask', () => {
    const secrets = proxySecrets({ httpsProxy: 'http://u:p%40ss@proxy:3128' });
    expect(secrets).toContain('p@ss');
    expect(secrets).toContain(Buffer.from('u:p@ss').toString('base64'));
  });
});
