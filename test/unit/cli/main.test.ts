import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runCli } from '../../../src/cli/main.js';
import { VERSION } from '../../../src/cli/version.js';
import { fakeIO } from '../../helpers/fake-cli-io.js';

const FIXTURE = 'test/fixtures/notary-0.7-repo';
const AT = '2026-11-22T03:00:00Z';

describe('dct-sign', () => {
  describe('--version', () => {
    it('prints the version of package.json', async () => {
      const io = fakeIO();
      expect(await runCli(['--version'], io)).toBe(0);
      expect(io.stdout).toEqual([`dct-sign ${VERSION}`]);
      expect(VERSION).toBe(
        (
          JSON.parse(readFileSync('package.json', 'utf8')) as {
            version: string;
          }
        ).version
      );
    });
  });

  describe('with no arguments', () => {
    it('prints the overview and exits 2', async () => {
      const io = fakeIO();
      expect(await runCli([], io)).toBe(2);
      expect(io.stdout.join('\n')).toMatch(
        /Commands:[\s\S]*key info[\s\S]*inspect/
      );
    });
  });

  describe('with an unknown command or flag', () => {
    it('exits 2 with one error line', async () => {
      const io = fakeIO();
      expect(await runCli(['sing'], io)).toBe(2);
      expect(io.stderr).toEqual([
        'error: unknown command "sing"; run dct-sign --help',
      ]);
      const io2 = fakeIO();
      expect(await runCli(['inspect', '--frm', 'x'], io2)).toBe(2);
      expect(io2.stderr[0]).toMatch(/^error: inspect: Unknown option '--frm'/);
    });
  });

  describe('inspect --from', () => {
    it('verifies the fixture repository at a fixed clock and lists every tag', async () => {
      const io = fakeIO();
      expect(
        await runCli(['inspect', '--from', FIXTURE, '--at', AT, '--json'], io)
      ).toBe(0);
      const report = JSON.parse(io.stdout.join('')) as {
        gun: string;
        signedTags: Array<{
          tag: string;
          digest: string;
          size: number;
          roles: string[];
        }>;
      };
      expect(report.gun).toBe('127.0.0.1:5000/fixtures/app');
      expect(report.signedTags.map((t) => [t.tag, t.size, t.roles])).toEqual([
        ['latest', 34, ['targets/releases', 'targets/ci']],
        ['v1.0.0', 34, ['targets/releases', 'targets/ci']],
        ['v1.1.0', 34, ['targets/releases', 'targets/ci']],
      ]);
    });

    it('fails with exit 1 naming the role when the clock is past the timestamp expiry', async () => {
      const io = fakeIO();
      expect(
        await runCli(
          ['inspect', '--from', FIXTURE, '--at', '2026-12-07T00:00:00Z'],
          io
        )
      ).toBe(1);
      expect(io.stderr).toEqual([
        'error: timestamp expired at 2026-12-06T02:00:29.787906269Z',
      ]);
    });

    it('fails with exit 1 when the pinned root key is not the repository root', async () => {
      const io = fakeIO();
      expect(
        await runCli(
          [
            'inspect',
            '--from',
            FIXTURE,
            '--at',
            AT,
            '--root-key-id',
            'ab'.repeat(32),
          ],
          io
        )
      ).toBe(1);
      expect(io.stderr[0]).toMatch(/not signed by the pinned key abababababab/);
    });

    it('accepts the root pinned by its canonical key ID (the trust-dir file name)', async () => {
      const io = fakeIO();
      expect(
        await runCli(
          [
            'inspect',
            '--from',
            FIXTURE,
            '--at',
            AT,
            '--root-key-id',
            '22ad76d09d64567e0330913ee8d5fa00c5d07cbbdcbe8ba42a4ba6445ec45218',
          ],
          io
        )
      ).toBe(0);
    });
  });

  describe('key info', () => {
    it('prints the canonical key ID of a docker key with docker passphrase env', async () => {
      const io = fakeIO({
        DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: 'fixture-repo-pass',
      });
      expect(
        await runCli(
          ['key', 'info', 'test/fixtures/keys/docker-ci.key', '--json'],
          io
        )
      ).toBe(0);
      expect(JSON.parse(io.stdout.join(''))).toEqual({
        file: 'docker-ci.key',
        algorithm: 'ecdsa',
        bits: 256,
        role: 'ci',
        gun: null,
        keyID:
          '34ac0ff55ac0550ed4762858f7f1b6d817936cdfd4b6376dcda376e1b119e971',
        encrypted: true,
      });
    });

    it('shows algorithm, size and the notary key ID of an RSA key notary imported', async () => {
      const io = fakeIO({ DCT_PASSPHRASE: 'fixture-rsa-notary-pass' });
      const file = 'test/fixtures/keys/rsa/rsa-notary-import.key';
      expect(await runCli(['key', 'info', file], io)).toBe(0);
      const out = io.stdout.join('\n');
      expect(out).toContain('algorithm:  rsa (2048 bits, signs rsapss)');
      // notary key list showed this ID for the key (fixtures README).
      expect(out).toContain(
        'key ID:     28843314c60cab1ac2f045dc027d9ce639e00d7f27cea909af2c1aa62342322f'
      );
      io.stdout.length = 0;
      expect(await runCli(['key', 'info', file, '--json'], io)).toBe(0);
      expect(JSON.parse(io.stdout.join(''))).toMatchObject({
        algorithm: 'rsa',
        bits: 2048,
        role: 'ci',
      });
    });

    it('refuses an RSA key under 2048 bits in one line', async () => {
      const io = fakeIO();
      expect(
        await runCli(
          ['key', 'info', 'test/fixtures/keys/rsa/rsa-1024-pkcs1.pem'],
          io
        )
      ).toBe(1);
      expect(io.stderr).toEqual([
        'error: RSA key of 1024 bits refused: notary needs at least 2048 (make a new one, e.g. openssl genrsa 3072)',
      ]);
    });

    it('uses the root passphrase variable for a root key', async () => {
      const io = fakeIO({
        DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE: 'fixture-root-pass',
        DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: 'wrong-one-here',
      });
      expect(
        await runCli(['key', 'info', 'test/fixtures/keys/docker-root.key'], io)
      ).toBe(0);
      expect(io.stdout.join('')).toContain(
        '22ad76d09d64567e0330913ee8d5fa00c5d07cbbdcbe8ba42a4ba6445ec45218'
      );
    });

    it('fails with one line, exit 1 and no passphrase when it is wrong', async () => {
      const io = fakeIO({ DCT_PASSPHRASE: 'definitely-wrong-passphrase' });
      expect(
        await runCli(['key', 'info', 'test/fixtures/keys/docker-ci.key'], io)
      ).toBe(1);
      expect(io.stderr).toHaveLength(1);
      expect(io.stderr[0]).toMatch(/^error: wrong passphrase for key ci/);
      expect(io.stderr[0]).not.toContain('definitely-wrong-passphrase');
    });

    it('says which variables to set when there is no passphrase and no terminal', async () => {
      const io = fakeIO();
      expect(
        await runCli(['key', 'info', 'test/fixtures/keys/docker-ci.key'], io)
      ).toBe(1);
      expect(io.stderr[0]).toMatch(
        /set DCT_PASSPHRASE or DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE or NOTARY_DELEGATION_PASSPHRASE/
      );
    });
  });

  describe('when a named file does not exist', () => {
    it('says so in one line, exit 1, no stack', async () => {
      const io = fakeIO();
      expect(await runCli(['key', 'info', '/nonexistent/key'], io)).toBe(1);
      expect(io.stderr).toEqual([
        'error: cannot read /nonexistent/key: no such file',
      ]);
    });
  });
});
