import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { HTTPError } from '../../../src/net/index.js';
import {
  MAX_BYTES,
  NotaryClient,
  NotaryHTTPError,
  encodeMultipart,
} from '../../../src/notary/index.js';
import { Key } from '../../../src/tuf/index.js';
import {
  FakeTransport,
  json,
  notaryError,
  type RecordedRequest,
} from '../../helpers/fake-transport.js';

const SERVER = 'https://notary.example.com:4443';
const GUN = 'registry.example.com/acme/app';
const TUF = `${SERVER}/v2/${GUN}/_trust/tuf/`;
const SHA = 'ab'.repeat(32);
const ED_PUB = Buffer.alloc(32, 7).toString('base64');

function client(inner: FakeTransport, serverUrl = SERVER): NotaryClient {
  return new NotaryClient({ serverUrl, gun: GUN, transport: inner });
}

/** Splits a multipart/form-data body into parts, with their headers and exact body bytes. */
function parseMultipart(
  req: RecordedRequest
): { headers: Record<string, string>; body: Buffer }[] {
  const match = /^multipart\/form-data; boundary=(.+)$/.exec(
    req.headers['content-type'] ?? ''
  );
  if (!match) throw new Error(`not multipart: ${req.headers['content-type']}`);
  const raw = Buffer.from(req.body!);
  const delimiter = Buffer.from(`--${match[1]}`);
  const parts: { headers: Record<string, string>; body: Buffer }[] = [];
  let at = raw.indexOf(delimiter);
  expect(at).toBe(0);
  for (;;) {
    const after = at + delimiter.length;
    if (raw.subarray(after, after + 4).toString() === '--\r\n') {
      expect(after + 4).toBe(raw.length); // nothing after the close delimiter
      return parts;
    }
    expect(raw.subarray(after, after + 2).toString()).toBe('\r\n');
    const next = raw.indexOf(
      Buffer.concat([Buffer.from('\r\n'), delimiter]),
      after
    );
    if (next < 0) throw new Error('unterminated part');
    const part = raw.subarray(after + 2, next);
    const split = part.indexOf('\r\n\r\n');
    const headers: Record<string, string> = {};
    for (const line of part.subarray(0, split).toString().split('\r\n')) {
      const colon = line.indexOf(':');
      headers[line.slice(0, colon).toLowerCase()] = line
        .slice(colon + 1)
        .trim();
    }
    parts.push({ headers, body: Buffer.from(part.subarray(split + 4)) });
    at = next + 2;
  }
}

describe('NotaryClient', () => {
  describe('#getRole', () => {
    describe('when the role exists', () => {
      it('returns the raw bytes from /v2/<gun>/_trust/tuf/<role>.json', async () => {
        const bytes = new Uint8Array([0x7b, 0x20, 0x7d, 0x0a, 0xff]);
        const inner = new FakeTransport().on(
          'GET',
          `${TUF}targets/releases.json`,
          { status: 200, body: bytes }
        );
        const got = await client(inner).getRole('targets/releases');
        expect(got).toEqual(bytes);
        expect(inner.requests.map((r) => [r.method, r.url])).toEqual([
          ['GET', `${TUF}targets/releases.json`],
        ]);
      });

      it('returns after asking with the per-role size cap', async () => {
        const inner = new FakeTransport().on('GET', /./, {
          status: 200,
          body: '{}',
        });
        await client(inner).getRole('timestamp');
        await client(inner).getRole('root');
        await client(inner).getRole('targets');
        await client(inner).getRole('snapshot', { maxBytes: 1234 });
        expect(inner.requests.map((r) => r.maxBytes)).toEqual([
          MAX_BYTES.timestamp,
          MAX_BYTES.root,
          MAX_BYTES.default,
          1234,
        ]);
      });
    });

    describe('when a sha256 is given', () => {
      it('returns the bytes from <role>.<sha256>.json', async () => {
        const inner = new FakeTransport().on(
          'GET',
          `${TUF}snapshot.${SHA}.json`,
          { status: 200, body: 'x' }
        );
        await client(inner).getRole('snapshot', { sha256: SHA });
        expect(inner.requests[0].url).toBe(`${TUF}snapshot.${SHA}.json`);
      });
    });

    describe('when the server URL has trailing slashes', () => {
      it('returns after requesting a URL without a double slash', async () => {
        const inner = new FakeTransport().on('GET', `${TUF}root.json`, {
          status: 200,
          body: '{}',
        });
        await client(inner, `${SERVER}//`).getRole('root');
        expect(inner.requests[0].url).toBe(`${TUF}root.json`);
      });
    });

    describe('when the server answers 404', () => {
      it('returns undefined', async () => {
        const inner = new FakeTransport().on(
          'GET',
          `${TUF}targets/releases.json`,
          notaryError(
            404,
            'METADATA_NOT_FOUND',
            'You have requested metadata that does not exist.',
            {}
          )
        );
        expect(await client(inner).getRole('targets/releases')).toBeUndefined();
      });
    });

    describe('when the server answers 500 with a JSON error', () => {
      it('throws NotaryHTTPError with status, code and message', async () => {
        const inner = new FakeTransport().on(
          'GET',
          `${TUF}root.json`,
          notaryError(500, 'UNKNOWN', 'Unknown error')
        );
        const err = await client(inner)
          .getRole('root')
          .catch((e: unknown) => e);
        expect(err).toBeInstanceOf(NotaryHTTPError);
        expect(err).toBeInstanceOf(HTTPError);
        expect(err).toMatchObject({
          status: 500,
          code: 'UNKNOWN',
          method: 'GET',
          path: `${SERVER}/v2/${GUN}/_trust/tuf/root.json`,
        });
        expect((err as Error).message).toBe(
          `GET ${SERVER}/v2/${GUN}/_trust/tuf/root.json: (500) Unknown error`
        );
      });
    });

    describe('when the server answers 502 with a non-JSON body', () => {
      it('throws NotaryHTTPError with a generic message', async () => {
        const inner = new FakeTransport().on('GET', `${TUF}root.json`, {
          status: 502,
          body: '<html>bad gateway</html>',
        });
        const err = await client(inner)
          .getRole('root')
          .catch((e: unknown) => e);
        expect(err).toBeInstanceOf(NotaryHTTPError);
        expect(err).toMatchObject({ status: 502, code: undefined });
        expect((err as Error).message).toContain('(502) request failed');
      });
    });
  });

  describe('#getRootVersion', () => {
    describe('when asked for version 3', () => {
      it('returns the bytes of 3.root.json', async () => {
        const inner = new FakeTransport().on('GET', `${TUF}3.root.json`, {
          status: 200,
          body: 'r3',
        });
        const got = await client(inner).getRootVersion(3);
        expect(Buffer.from(got!).toString()).toBe('r3');
        expect(inner.requests[0].maxBytes).toBe(MAX_BYTES.root);
      });
    });

    describe('when that version does not exist', () => {
      it('returns undefined', async () => {
        const inner = new FakeTransport().on('GET', `${TUF}9.root.json`, {
          status: 404,
        });
        expect(await client(inner).getRootVersion(9)).toBeUndefined();
      });
    });
  });

  describe('#getServerKey', () => {
    describe('when the server returns Go JSON with public before private', () => {
      it('returns a Key with the type and public bytes', async () => {
        const inner = new FakeTransport().on('GET', `${TUF}timestamp.key`, {
          status: 200,
          body: `{"keytype":"ed25519","keyval":{"public":"${ED_PUB}","private":null}}`,
        });
        const key = await client(inner).getServerKey('timestamp');
        expect(key).toBeInstanceOf(Key);
        expect(key.keyType).toBe('ed25519');
        expect(key.publicB64).toBe(ED_PUB);
        expect(
          key.equals(new Key({ keyType: 'ed25519', publicB64: ED_PUB }))
        ).toBe(true);
        expect(inner.requests[0].url).toBe(`${TUF}timestamp.key`);
      });
    });

    describe('when asked for the snapshot key', () => {
      it('returns after requesting snapshot.key', async () => {
        const inner = new FakeTransport().on(
          'GET',
          `${TUF}snapshot.key`,
          json(200, {
            keytype: 'ecdsa',
            keyval: { public: ED_PUB, private: null },
          })
        );
        expect((await client(inner).getServerKey('snapshot')).keyType).toBe(
          'ecdsa'
        );
      });
    });

    describe('when the body is not a key', () => {
      it('throws NotaryHTTPError saying invalid key JSON', async () => {
        const inner = new FakeTransport().on('GET', `${TUF}timestamp.key`, {
          status: 200,
          body: '{"keytype":"ed25519"',
        });
        await expect(client(inner).getServerKey('timestamp')).rejects.toThrow(
          NotaryHTTPError
        );
        await expect(client(inner).getServerKey('timestamp')).rejects.toThrow(
          'invalid key JSON'
        );
      });
    });

    describe('when the key carries private material', () => {
      it('throws NotaryHTTPError', async () => {
        const inner = new FakeTransport().on(
          'GET',
          `${TUF}timestamp.key`,
          json(200, {
            keytype: 'ed25519',
            keyval: { public: ED_PUB, private: ED_PUB },
          })
        );
        await expect(client(inner).getServerKey('timestamp')).rejects.toThrow(
          /invalid key JSON.*private/
        );
      });
    });

    describe('when the server answers 401 without a challenge', () => {
      it('throws NotaryHTTPError with status 401', async () => {
        const inner = new FakeTransport().on(
          'GET',
          `${TUF}timestamp.key`,
          notaryError(401, 'UNAUTHORIZED', 'authentication required', [
            { Type: 'repository' },
          ])
        );
        await expect(
          client(inner).getServerKey('timestamp')
        ).rejects.toMatchObject({
          name: 'NotaryHTTPError',
          status: 401,
          code: 'UNAUTHORIZED',
        });
      });
    });
  });

  describe('#publish', () => {
    const releases = new Uint8Array(
      Buffer.from('{"signed":{"_type":"Targets"},"signatures":[]}')
    );
    const tricky = new Uint8Array([
      ...randomBytes(300),
      0x0d,
      0x0a,
      0x2d,
      0x2d,
    ]); // ends in CRLF--

    describe('when the server accepts the upload', () => {
      it('returns after one POST to /v2/<gun>/_trust/tuf/', async () => {
        const inner = new FakeTransport().on('POST', TUF, { status: 200 });
        await client(inner).publish([
          { role: 'targets/releases', bytes: releases },
        ]);
        expect(inner.requests.map((r) => [r.method, r.url])).toEqual([
          ['POST', TUF],
        ]);
      });

      it('returns after sending one multipart part per role with the exact bytes', async () => {
        const inner = new FakeTransport().on('POST', TUF, { status: 200 });
        await client(inner).publish([
          { role: 'targets/releases', bytes: releases },
          { role: 'targets/ci', bytes: tricky },
        ]);
        const parts = parseMultipart(inner.requests[0]);
        expect(parts).toHaveLength(2);
        expect(parts[0].headers).toEqual({
          'content-disposition':
            'form-data; name="files"; filename="targets/releases"',
          'content-type': 'application/octet-stream',
        });
        expect(parts[1].headers['content-disposition']).toContain(
          'filename="targets/ci"'
        );
        expect(Buffer.compare(parts[0].body, Buffer.from(releases))).toBe(0);
        expect(Buffer.compare(parts[1].body, Buffer.from(tricky))).toBe(0);
      });

      it('returns after using a fresh boundary for each upload', async () => {
        const inner = new FakeTransport().on('POST', TUF, { status: 200 });
        await client(inner).publish([
          { role: 'targets/releases', bytes: releases },
        ]);
        await client(inner).publish([
          { role: 'targets/releases', bytes: releases },
        ]);
        const [a, b] = inner.requests.map((r) => r.headers['content-type']);
        expect(a).toMatch(/^multipart\/form-data; boundary=\S+$/);
        expect(a).not.toBe(b);
      });
    });

    describe('when the server answers 400 VERSION', () => {
      it('throws NotaryHTTPError with code VERSION', async () => {
        const inner = new FakeTransport().on(
          'POST',
          TUF,
          notaryError(
            400,
            'VERSION',
            'A newer version of metadata is already available.',
            {}
          )
        );
        const err = await client(inner)
          .publish([{ role: 'targets/releases', bytes: releases }])
          .catch((e: unknown) => e);
        expect(err).toBeInstanceOf(NotaryHTTPError);
        expect(err).toMatchObject({
          status: 400,
          code: 'VERSION',
          method: 'POST',
          path: `${SERVER}/v2/${GUN}/_trust/tuf/`,
        });
        expect((err as Error).message).toBe(
          `POST ${SERVER}/v2/${GUN}/_trust/tuf/: (400) A newer version of metadata is already available.`
        );
      });
    });

    describe('when the server answers 400 INVALID_UPDATE with a detail', () => {
      it('throws NotaryHTTPError whose message renders the detail', async () => {
        const detail = {
          Name: 'ErrBadTargets',
          Error: {
            Msg: 'valid signatures did not meet threshold for targets/releases',
          },
        };
        const inner = new FakeTransport().on(
          'POST',
          TUF,
          notaryError(
            400,
            'INVALID_UPDATE',
            'Update sent by the client is invalid.',
            detail
          )
        );
        const err = await client(inner)
          .publish([{ role: 'targets/releases', bytes: releases }])
          .catch((e: unknown) => e);
        expect(err).toBeInstanceOf(NotaryHTTPError);
        expect(err).toMatchObject({
          status: 400,
          code: 'INVALID_UPDATE',
          detail,
        });
        expect((err as Error).message).toContain(
          '(400) Update sent by the client is invalid.: ErrBadTargets: valid signatures did not meet threshold for targets/releases'
        );
      });
    });
  });
});

describe('#encodeMultipart', () => {
  describe('when given two files', () => {
    it('returns the exact wire form with nothing after each body but the delimiter', () => {
      const out = encodeMultipart('B', [
        { role: 'targets', bytes: new Uint8Array(Buffer.from('{"a":1}')) },
        {
          role: 'targets/releases',
          bytes: new Uint8Array(Buffer.from('{"b":2}')),
        },
      ]);
      expect(Buffer.from(out).toString()).toBe(
        '--B\r\nContent-Disposition: form-data; name="files"; filename="targets"\r\n' +
          'Content-Type: application/octet-stream\r\n\r\n{"a":1}\r\n' +
          '--B\r\nContent-Disposition: form-data; name="files"; filename="targets/releases"\r\n' +
          'Content-Type: application/octet-stream\r\n\r\n{"b":2}\r\n' +
          '--B--\r\n'
      );
    });
  });
});
