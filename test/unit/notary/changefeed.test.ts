import { describe, expect, it } from 'vitest';
import {
  ChangefeedClient,
  NotaryHTTPError,
  parseChangefeed,
} from '../../../src/notary/index.js';
import { FakeTransport } from '../../helpers/fake-transport.js';

const GUN = 'registry.test/acme/app';
const record = (over: Record<string, unknown> = {}) => ({
  ID: '3',
  CreatedAt: '2026-11-30T21:04:53.111048707Z',
  GUN,
  Version: 3,
  SHA256: 'a'.repeat(64),
  Category: 'update',
  ...over,
});
const body = (records: unknown[]) =>
  new Uint8Array(
    Buffer.from(JSON.stringify({ count: records.length, records }))
  );

describe('#parseChangefeed', () => {
  it('reads the records notary-server 0.7 sends', () => {
    expect(parseChangefeed(body([record()]), GUN, 10)).toEqual([
      {
        id: '3',
        createdAt: '2026-11-30T21:04:53.111048707Z',
        version: 3,
        sha256: 'a'.repeat(64),
        category: 'update',
      },
    ]);
  });

  it('reads a deletion record without version or hash', () => {
    expect(
      parseChangefeed(
        body([record({ Category: 'deletion', Version: 0, SHA256: '' })]),
        GUN,
        10
      )[0]
    ).toMatchObject({ category: 'deletion' });
  });

  it.each([
    ['another GUN', record({ GUN: 'x/y' }), /another GUN/],
    ['a bad hash', record({ SHA256: 'zz' }), /bad SHA256/],
    ['a bad version', record({ Version: 0 }), /bad Version/],
    ['a non-numeric ID', record({ ID: '1e3' }), /bad ID/],
    ['an unknown category', record({ Category: 'x' }), /bad Category/],
  ])('refuses %s', (_what, r, message) => {
    expect(() => parseChangefeed(body([r]), GUN, 10)).toThrow(message);
  });

  it('refuses more records than asked for and non-JSON', () => {
    expect(() => parseChangefeed(body([record(), record()]), GUN, 1)).toThrow(
      /asked for 1/
    );
    expect(() => parseChangefeed(new Uint8Array([1, 2]), GUN, 1)).toThrow(
      NotaryHTTPError
    );
  });
});

describe('ChangefeedClient', () => {
  it('always sends change_id and a negative record count, and maps 404 to undefined', async () => {
    const transport = new FakeTransport();
    transport.on('GET', /changefeed/, () => ({ status: 404, body: '' }));
    const feed = new ChangefeedClient({
      serverUrl: 'https://n.test/',
      gun: GUN,
      transport,
    });
    expect(await feed.before('-1', 5)).toBeUndefined();
    expect(transport.requests[0].url).toBe(
      `https://n.test/v2/${GUN}/_trust/changefeed?change_id=-1&records=-5`
    );
  });

  it('turns other failures into a NotaryHTTPError', async () => {
    const transport = new FakeTransport();
    transport.on('GET', /changefeed/, () => ({
      status: 500,
      body: '{"errors":[{"code":"UNKNOWN","message":"boom"}]}',
    }));
    const feed = new ChangefeedClient({
      serverUrl: 'https://n.test',
      gun: GUN,
      transport,
    });
    await expect(feed.before('-1')).rejects.toThrow(/boom/);
  });
});
