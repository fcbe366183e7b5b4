import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extraCAFromEnv } from '../../../src/host/index.js';

describe('#extraCAFromEnv', () => {
  it('reads the PEM file NODE_EXTRA_CA_CERTS names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dct-extra-ca-'));
    try {
      const file = join(dir, 'corp.pem');
      writeFileSync(file, '-----BEGIN CERTIFICATE-----\nx\n');
      expect(extraCAFromEnv({ NODE_EXTRA_CA_CERTS: file })).toEqual([
        '-----BEGIN CERTIFICATE-----\nx\n',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is undefined when unset or unreadable (node has warned already)', () => {
    expect(extraCAFromEnv({})).toBeUndefined();
    expect(
      extraCAFromEnv({ NODE_EXTRA_CA_CERTS: '/nonexistent/dct.pem' })
    ).toBeUndefined();
  });
});
