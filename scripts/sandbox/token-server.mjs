// A minimal registry-style token endpoint (the "realm" of notary-server's
// `auth.type: token`), for the e2e sandbox only. It speaks the protocol the
// real clients speak (notary-protocol.md §2):
//   GET /token?service=S&scope=repository:<gun>:push,pull&account=U
//   Authorization: Basic base64(user:pass)
// and answers {"token", "access_token", "expires_in"} with an ES256 JWT that
// grants exactly the requested scopes. notary-server verifies the JWT with
// the certificate in its `rootcertbundle`, which is the cert we put in `x5c`.
// GET /healthz answers 200 for the readiness check.
//
// Anonymous requests (no Authorization header) get a token with only the
// `pull` actions they asked for, as a public repository on Docker Hub would:
// the notary CLI asks anonymously for read-only commands (`notary list`,
// `lookup`: cmd/notary/tuf.go passwordStore{anonymous: readOnly}), so without
// this those commands could never work behind token auth. Wrong credentials
// always get 401. --no-anonymous-pull turns anonymous access off.
//
// usage: node token-server.mjs --port P --key token.key --cert token.crt \
//          --issuer ISS --service SVC --user U --password PW
import { createServer } from 'node:http';
import {
  createPrivateKey,
  randomUUID,
  sign,
  timingSafeEqual,
} from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values: opts } = parseArgs({
  options: {
    host: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string' },
    key: { type: 'string' },
    cert: { type: 'string' },
    issuer: { type: 'string' },
    service: { type: 'string' },
    user: { type: 'string' },
    password: { type: 'string' },
    ttl: { type: 'string', default: '300' },
    'no-anonymous-pull': { type: 'boolean', default: false },
  },
});
for (const name of [
  'port',
  'key',
  'cert',
  'issuer',
  'service',
  'user',
  'password',
]) {
  if (!opts[name]) {
    console.error(`token-server: missing --${name}`);
    process.exit(2);
  }
}

const signingKey = createPrivateKey(readFileSync(opts.key));
// x5c carries the DER of the signing cert, standard base64 (RFC 7515 §4.1.6).
const certDer = pemToDer(readFileSync(opts.cert, 'utf8'));
const ttl = Number(opts.ttl);

function pemToDer(pem) {
  const m =
    /-----BEGIN CERTIFICATE-----([\s\S]+?)-----END CERTIFICATE-----/.exec(pem);
  if (!m) throw new Error('token-server: no certificate in --cert file');
  return Buffer.from(m[1].replace(/\s+/g, ''), 'base64');
}

const b64url = (buf) => Buffer.from(buf).toString('base64url');

/** ES256 JWT: JOSE wants the raw r||s signature, hence ieee-p1363. */
function mintToken(subject, access) {
  const now = Math.floor(Date.now() / 1000);
  const header = {
    typ: 'JWT',
    alg: 'ES256',
    x5c: [certDer.toString('base64')],
  };
  const claims = {
    iss: opts.issuer,
    sub: subject,
    aud: opts.service,
    exp: now + ttl,
    // a little slack for clock skew between us and the server's check
    nbf: now - 10,
    iat: now,
    jti: randomUUID(),
    access,
  };
  const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
  const sig = sign('sha256', Buffer.from(input), {
    key: signingKey,
    dsaEncoding: 'ieee-p1363',
  });
  return `${input}.${b64url(sig)}`;
}

/**
 * Parse "type:name:actions". The name may itself contain ':' (a GUN such as
 * 127.0.0.1:5000/app), so type ends at the first ':' and actions start after
 * the last one.
 */
function parseScope(scope) {
  const first = scope.indexOf(':');
  const last = scope.lastIndexOf(':');
  if (first <= 0 || last === first) return null;
  const actions = scope
    .slice(last + 1)
    .split(',')
    .filter(Boolean);
  return {
    type: scope.slice(0, first),
    name: scope.slice(first + 1, last),
    actions,
  };
}

/** Constant-time check of the Basic credentials against the fixed test ones. */
function checkBasic(header) {
  const m = /^Basic\s+(\S+)$/i.exec(header ?? '');
  if (!m) return null;
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const sep = decoded.indexOf(':');
  if (sep < 0) return null;
  const user = decoded.slice(0, sep);
  const given = Buffer.from(decoded);
  const wanted = Buffer.from(`${opts.user}:${opts.password}`);
  return given.length === wanted.length && timingSafeEqual(given, wanted)
    ? user
    : null;
}

function reply(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

const server = createServer((req, res) => {
  const url = new URL(
    req.url ?? '/',
    `http://${req.headers.host ?? 'localhost'}`
  );
  if (req.method === 'GET' && url.pathname === '/healthz')
    return reply(res, 200, {});
  if (url.pathname !== '/token') return reply(res, 404, { error: 'not found' });
  if (req.method !== 'GET') {
    // The refresh-token (POST) flow is not part of the sandbox.
    return reply(res, 405, {
      error: 'only GET with Basic credentials is supported',
    });
  }
  const anonymous =
    req.headers.authorization === undefined && !opts['no-anonymous-pull'];
  const user = anonymous ? 'anonymous' : checkBasic(req.headers.authorization);
  if (!user) {
    console.log(`${new Date().toISOString()} 401 for ${req.url}`);
    return reply(
      res,
      401,
      { error: 'invalid credentials' },
      {
        'WWW-Authenticate': 'Basic realm="dct-sandbox-token"',
      }
    );
  }
  if (url.searchParams.get('service') !== opts.service) {
    return reply(res, 400, {
      error: `unknown service ${url.searchParams.get('service')}`,
    });
  }
  const access = [];
  for (const scope of url.searchParams.getAll('scope')) {
    // several scopes may also come space-separated in one parameter
    for (const one of scope.split(' ').filter(Boolean)) {
      const parsed = parseScope(one);
      if (!parsed) return reply(res, 400, { error: `bad scope ${one}` });
      // anonymous callers get read access only
      if (anonymous)
        parsed.actions = parsed.actions.filter((a) => a === 'pull');
      if (parsed.actions.length > 0) access.push(parsed);
    }
  }
  const token = mintToken(user, access);
  console.log(
    `${new Date().toISOString()} token for ${user}: ${JSON.stringify(access)}`
  );
  reply(res, 200, {
    token,
    access_token: token,
    expires_in: ttl,
    issued_at: new Date().toISOString(),
  });
});

server.listen(Number(opts.port), opts.host, () => {
  console.log(
    `token-server listening on http://${opts.host}:${opts.port}/token`
  );
});
// stop.sh sends SIGTERM; close cleanly so the log ends with a line saying so.
process.on('SIGTERM', () => {
  console.log('token-server: SIGTERM, exiting');
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 1000).unref();
});
