import { describe, expect, it, vi } from 'vitest';
import {
  AuthError,
  isLoopback,
  withTokenAuth,
  type TokenAuthOptions,
} from '../../../src/net/index.js';
import {
  FakeTransport,
  json,
  type RecordedRequest,
} from '../../helpers/fake-transport.js';

const SERVER = 'https://notary.example.com';
const ROLE_URL = `${SERVER}/v2/example.com/acme/app/_trust/tuf/root.json`;
const REALM = 'https://auth.example.com/token';
const SCOPES = [
  'repository:example.com/acme/app:push,pull',
  'repository:example.com/acme/other:pull',
];
const CREDS = { username: 'alice', password: 's3cret:pw' };
const BASIC = `Basic ${Buffer.from('alice:s3cret:pw').toString('base64')}`;

const bearerChallenge = (extra = '') => ({
  'www-authenticate': `Bearer realm="${REALM}",service="notary.example.com",scope="repository:example.com/acme/app:pull"${extra}`,
});

const isAuthorizedWith = (token: string) => (req: RecordedRequest) =>
  req.url === ROLE_URL && req.headers.authorization === `Bearer ${token}`;

/** A notary that wants `Bearer tok-1` and a token service that issues it. */
function bearerServer(tokenBody: object = { token: 'tok-1' }): FakeTransport {
  return new FakeTransport()
    .on('GET', REALM, json(200, tokenBody))
    .on('GET', isAuthorizedWith('tok-1'), { status: 200, body: 'root bytes' })
    .on('GET', ROLE_URL, {
      status: 401,
      headers: bearerChallenge(),
      body: '{}',
    });
}

const auth = (inner: FakeTransport, options: Partial<TokenAuthOptions> = {}) =>
  withTokenAuth(inner, { credentials: CREDS, scopes: SCOPES, ...options });

describe('#withTokenAuth', () => {
  describe('when the server answers 401 with a Bearer challenge', () => {
    it('returns the response of the retry sent with the bearer token', async () => {
      const inner = bearerServer();
      const res = await auth(inner).request({ method: 'GET', url: ROLE_URL });
      expect(res.status).toBe(200);
      expect(Buffer.from(res.body).toString()).toBe('root bytes');
      expect(
        inner.requests.map((r) => [
          r.method,
          new URL(r.url).host,
          r.headers.authorization,
        ])
      ).toEqual([
        ['GET', 'notary.example.com', undefined],
        ['GET', 'auth.example.com', BASIC],
        ['GET', 'notary.example.com', 'Bearer tok-1'],
      ]);
    });

    it('asks the realm for our scopes (not the challenge scope), the service and the account', async () => {
      const inner = bearerServer();
      await auth(inner).request({ method: 'GET', url: ROLE_URL });
      const [tokenReq] = inner.requestsTo('GET', REALM);
      const url = new URL(tokenReq.url);
      expect(url.origin + url.pathname).toBe(REALM);
      expect(url.searchParams.get('service')).toBe('notary.example.com');
      expect(url.searchParams.getAll('scope')).toEqual(SCOPES);
      expect(url.searchParams.get('account')).toBe('alice');
      expect(tokenReq.headers.authorization).toBe(BASIC);
    });

    it('returns the token to onSecret so glue can mask it', async () => {
      const onSecret = vi.fn();
      await auth(bearerServer(), { onSecret }).request({
        method: 'GET',
        url: ROLE_URL,
      });
      expect(onSecret).toHaveBeenCalledExactlyOnceWith('tok-1');
    });

    it('returns without account or Basic header when there are no credentials', async () => {
      const inner = bearerServer();
      await auth(inner, { credentials: undefined }).request({
        method: 'GET',
        url: ROLE_URL,
      });
      const [tokenReq] = inner.requestsTo('GET', REALM);
      expect(new URL(tokenReq.url).searchParams.has('account')).toBe(false);
      expect(tokenReq.headers.authorization).toBeUndefined();
    });

    it('returns the access_token when the service sends both access_token and token', async () => {
      const inner = new FakeTransport()
        .on(
          'GET',
          REALM,
          json(200, { token: 'tok-old', access_token: 'tok-1' })
        )
        .on('GET', isAuthorizedWith('tok-1'), { status: 200 })
        .on('GET', ROLE_URL, { status: 401, headers: bearerChallenge() });
      const res = await auth(inner).request({ method: 'GET', url: ROLE_URL });
      expect(res.status).toBe(200);
      expect(inner.requests.at(-1)!.headers.authorization).toBe('Bearer tok-1');
    });

    it('keeps the caller headers on the retry', async () => {
      const inner = bearerServer();
      await auth(inner).request({
        method: 'GET',
        url: ROLE_URL,
        headers: { accept: 'application/json' },
      });
      expect(inner.requests.at(-1)!.headers).toEqual({
        accept: 'application/json',
        authorization: 'Bearer tok-1',
      });
    });
  });

  describe('when several requests run concurrently', () => {
    it('returns all responses after fetching one token', async () => {
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      const inner = new FakeTransport()
        .on('GET', REALM, async () => {
          await gate;
          return json(200, { token: 'tok-1' });
        })
        .on('GET', isAuthorizedWith('tok-1'), { status: 200 })
        .on('GET', ROLE_URL, { status: 401, headers: bearerChallenge() });
      const transport = auth(inner);
      const all = Promise.all(
        [1, 2, 3].map(() => transport.request({ method: 'GET', url: ROLE_URL }))
      );
      await vi.waitFor(() => expect(inner.count('GET', REALM)).toBe(1));
      release();
      expect((await all).map((r) => r.status)).toEqual([200, 200, 200]);
      expect(inner.count('GET', REALM)).toBe(1);
    });
  });

  describe('when a token is cached for the origin', () => {
    it('returns the next response with the token sent up front', async () => {
      const inner = bearerServer();
      const transport = auth(inner);
      await transport.request({ method: 'GET', url: ROLE_URL });
      const before = inner.requestCount;
      const res = await transport.request({ method: 'GET', url: ROLE_URL });
      expect(res.status).toBe(200);
      expect(
        inner.requests.slice(before).map((r) => r.headers.authorization)
      ).toEqual(['Bearer tok-1']);
      expect(inner.count('GET', REALM)).toBe(1);
    });

    it('returns after fetching a new token when the cached one is refused', async () => {
      const inner = new FakeTransport()
        .on(
          'GET',
          REALM,
          json(200, { token: 'tok-1' }),
          json(200, { token: 'tok-2' })
        )
        .on('GET', isAuthorizedWith('tok-2'), { status: 200 })
        .on(
          'GET',
          isAuthorizedWith('tok-1'),
          { status: 200 },
          { status: 401, headers: bearerChallenge() }
        )
        .on('GET', ROLE_URL, { status: 401, headers: bearerChallenge() });
      const transport = auth(inner);
      await transport.request({ method: 'GET', url: ROLE_URL });
      const res = await transport.request({ method: 'GET', url: ROLE_URL });
      expect(res.status).toBe(200);
      expect(inner.count('GET', REALM)).toBe(2);
      expect(inner.requests.at(-1)!.headers.authorization).toBe('Bearer tok-2');
    });
  });

  describe('when the token service answers 401', () => {
    it('throws AuthError saying the credentials were refused', async () => {
      const inner = new FakeTransport()
        .on('GET', REALM, { status: 401, body: 'nope' })
        .on('GET', ROLE_URL, { status: 401, headers: bearerChallenge() });
      const err = await auth(inner)
        .request({ method: 'GET', url: ROLE_URL })
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AuthError);
      expect((err as Error).message).toContain('credentials were refused');
      expect((err as Error).message).not.toContain('s3cret');
    });
  });

  describe('when the token service returns no token', () => {
    it('throws AuthError', async () => {
      const inner = bearerServer({ expires_in: 300 });
      await expect(
        auth(inner).request({ method: 'GET', url: ROLE_URL })
      ).rejects.toThrow(
        expect.objectContaining({
          name: 'AuthError',
          message: expect.stringContaining('returned no token'),
        })
      );
    });
  });

  describe('when the retry is refused with insufficient_scope', () => {
    it('throws AuthError naming the scopes asked for', async () => {
      const inner = new FakeTransport()
        .on('GET', REALM, json(200, { token: 'tok-1' }))
        .on('GET', isAuthorizedWith('tok-1'), {
          status: 401,
          headers: bearerChallenge(',error="insufficient_scope"'),
        })
        .on('GET', ROLE_URL, { status: 401, headers: bearerChallenge() });
      const err = await auth(inner)
        .request({ method: 'GET', url: ROLE_URL })
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AuthError);
      expect((err as Error).message).toContain(
        'repository:example.com/acme/app:push,pull'
      );
      expect((err as Error).message).toContain('(401)');
      expect((err as Error).message).not.toContain('tok-1');
    });
  });

  describe('when the server sends a Basic challenge', () => {
    const basicServer = () =>
      new FakeTransport()
        .on('GET', (r) => r.headers.authorization === BASIC, { status: 200 })
        .on('GET', ROLE_URL, {
          status: 401,
          headers: { 'www-authenticate': 'Basic realm="proxy"' },
        });

    it('returns the response of the retry with Basic credentials', async () => {
      const inner = basicServer();
      const res = await auth(inner).request({ method: 'GET', url: ROLE_URL });
      expect(res.status).toBe(200);
      expect(inner.requests.map((r) => r.headers.authorization)).toEqual([
        undefined,
        BASIC,
      ]);
    });

    it('throws AuthError asking for a username and password when there are none', async () => {
      const inner = basicServer();
      await expect(
        auth(inner, { credentials: undefined }).request({
          method: 'GET',
          url: ROLE_URL,
        })
      ).rejects.toThrow(AuthError);
      await expect(
        auth(inner, { credentials: undefined }).request({
          method: 'GET',
          url: ROLE_URL,
        })
      ).rejects.toThrow('requires a username and password');
      expect(
        inner.requests.every((r) => r.headers.authorization === undefined)
      ).toBe(true);
    });
  });

  describe('when the realm is plain http on another host and credentials are set', () => {
    it('throws AuthError without sending the credentials', async () => {
      const inner = new FakeTransport()
        .on(
          'GET',
          'http://auth.example.com/token',
          json(200, { token: 'tok-1' })
        )
        .on('GET', ROLE_URL, {
          status: 401,
          headers: {
            'www-authenticate':
              'Bearer realm="http://auth.example.com/token",service="s"',
          },
        });
      await expect(
        auth(inner).request({ method: 'GET', url: ROLE_URL })
      ).rejects.toThrow(AuthError);
      await expect(
        auth(inner).request({ method: 'GET', url: ROLE_URL })
      ).rejects.toThrow('not https');
      expect(inner.count('GET', 'http://auth.example.com/token')).toBe(0);
    });
  });

  describe('when the realm is plain http on loopback', () => {
    it('returns the response after fetching the token', async () => {
      const realm = 'http://127.0.0.1:5001/auth';
      const inner = new FakeTransport()
        .on('GET', realm, json(200, { token: 'tok-1' }))
        .on('GET', isAuthorizedWith('tok-1'), { status: 200 })
        .on('GET', ROLE_URL, {
          status: 401,
          headers: { 'www-authenticate': `Bearer realm="${realm}"` },
        });
      const res = await auth(inner).request({ method: 'GET', url: ROLE_URL });
      expect(res.status).toBe(200);
    });
  });

  describe('when a 401 carries no challenge', () => {
    it('returns the 401 response unchanged', async () => {
      const inner = new FakeTransport().on('GET', ROLE_URL, {
        status: 401,
        body: 'denied',
      });
      const res = await auth(inner).request({ method: 'GET', url: ROLE_URL });
      expect(res.status).toBe(401);
      expect(Buffer.from(res.body).toString()).toBe('denied');
      expect(inner.requestCount).toBe(1);
    });
  });

  describe('when the server does not ask for authentication', () => {
    it('returns the response without an Authorization header', async () => {
      const inner = new FakeTransport().on('GET', ROLE_URL, { status: 200 });
      const transport = auth(inner);
      await transport.request({ method: 'GET', url: ROLE_URL });
      expect(inner.requests[0].headers.authorization).toBeUndefined();
      expect(transport.requestCount).toBe(1);
    });
  });
});

describe('#isLoopback', () => {
  for (const [host, want] of [
    ['localhost', true],
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['[::1]', true],
    ['::1', true],
    ['128.0.0.1', false],
    ['127.0.0.1.example.com', false],
    ['example.com', false],
  ] as const) {
    describe(`when given ${host}`, () => {
      it(`returns ${want}`, () => {
        expect(isLoopback(host)).toBe(want);
      });
    });
  }
});
