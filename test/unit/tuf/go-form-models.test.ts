import { describe, expect, it } from 'vitest';
import { encodeEnvelope, SignedMetadata } from '../../../src/tuf/index.js';

const enc = new TextEncoder();
const dec = new TextDecoder();

/** Parses a targets file and re-encodes it the way the server re-serializes it. */
function serverForm(signed: string): string {
  const m = SignedMetadata.parse(
    enc.encode(`{"signed":${signed},"signatures":[]}`),
    'targets'
  );
  return dec.decode(encodeEnvelope(m.signed.toJSON(), m.signatures));
}

const BASE = '"_type":"Targets","delegations":{"keys":{},"roles":[]}';
const KEY =
  '"k1":{"keytype":"ecdsa","keyval":{"private":null,"public":"AAAA"}}';

// notary-protocol.md §4.3: what the server's Go re-serialization makes of an upload.
describe('Go re-serialization of a parsed targets file (§4.3 table)', () => {
  const table: Array<[string, string, string]> = [
    [
      'the §3.7 layout stays identical',
      `{${BASE},"expires":"2029-01-01T00:00:00Z","targets":{},"version":1}`,
      `{${BASE},"expires":"2029-01-01T00:00:00Z","targets":{},"version":1}`,
    ],
    [
      'expires .000Z becomes Z',
      `{${BASE},"expires":"2029-01-01T00:00:00.000Z","targets":{},"version":1}`,
      `{${BASE},"expires":"2029-01-01T00:00:00Z","targets":{},"version":1}`,
    ],
    [
      'expires +00:00 becomes Z',
      `{${BASE},"expires":"2029-01-01T00:00:00+00:00","targets":{},"version":1}`,
      `{${BASE},"expires":"2029-01-01T00:00:00Z","targets":{},"version":1}`,
    ],
    [
      'a missing delegations and targets are written',
      '{"_type":"Targets","expires":"2029-01-01T00:00:00Z","version":1}',
      `{${BASE},"expires":"2029-01-01T00:00:00Z","targets":{},"version":1}`,
    ],
    [
      'an unknown field is dropped',
      `{${BASE},"expires":"2029-01-01T00:00:00Z","extra":{"x":1},"targets":{},"version":1}`,
      `{${BASE},"expires":"2029-01-01T00:00:00Z","targets":{},"version":1}`,
    ],
    [
      'a raw & is written as \\u0026',
      `{${BASE},"expires":"2029-01-01T00:00:00Z","targets":{"a&b":{"hashes":{},"length":1}},"version":1}`,
      `{${BASE},"expires":"2029-01-01T00:00:00Z","targets":{"a\\u0026b":{"hashes":{},"length":1}},"version":1}`,
    ],
    [
      'an escaped \\u00e9 is written raw',
      `{${BASE},"expires":"2029-01-01T00:00:00Z","targets":{"\\u00e9":{"hashes":{},"length":1}},"version":1}`,
      `{${BASE},"expires":"2029-01-01T00:00:00Z","targets":{"é":{"hashes":{},"length":1}},"version":1}`,
    ],
    [
      'empty paths are omitted and path_hash_prefixes dropped',
      `{"_type":"Targets","delegations":{"keys":{${KEY}},"roles":[{"keyids":["k1"],"name":"targets/a","path_hash_prefixes":["ab"],"paths":[],"threshold":1}]},"expires":"2029-01-01T00:00:00Z","targets":{},"version":1}`,
      `{"_type":"Targets","delegations":{"keys":{${KEY}},"roles":[{"keyids":["k1"],"name":"targets/a","threshold":1}]},"expires":"2029-01-01T00:00:00Z","targets":{},"version":1}`,
    ],
    [
      'a key without private gets "private":null',
      `{"_type":"Targets","delegations":{"keys":{"k1":{"keytype":"ecdsa","keyval":{"public":"AAAA"}}},"roles":[{"keyids":["k1"],"name":"targets/a","paths":[""],"threshold":1}]},"expires":"2029-01-01T00:00:00Z","targets":{},"version":1}`,
      `{"_type":"Targets","delegations":{"keys":{${KEY}},"roles":[{"keyids":["k1"],"name":"targets/a","paths":[""],"threshold":1}]},"expires":"2029-01-01T00:00:00Z","targets":{},"version":1}`,
    ],
    [
      'custom null is omitted',
      `{${BASE},"expires":"2029-01-01T00:00:00Z","targets":{"t":{"custom":null,"hashes":{},"length":1}},"version":1}`,
      `{${BASE},"expires":"2029-01-01T00:00:00Z","targets":{"t":{"hashes":{},"length":1}},"version":1}`,
    ],
  ];
  for (const [name, input, signed] of table) {
    it(name, () =>
      expect(serverForm(input)).toBe(`{"signed":${signed},"signatures":[]}`)
    );
  }
});
