import { describe, expect, it } from 'vitest';
import { KeyFormatError, decodeKeyInput } from '../../../src/keys/index.js';
import { encodePem, parsePemBlocks } from '../../../src/keys/pem.js';
import { fixtureText } from '../../helpers/keys-fixtures.js';

describe('#parsePemBlocks', () => {
  describe('when given a notary key file', () => {
    it('reads type, headers and body', () => {
      const [block] = parsePemBlocks(fixtureText('keys/docker-targets.key'));
      expect(block.type).toBe('ENCRYPTED PRIVATE KEY');
      expect({ ...block.headers }).toEqual({
        gun: '127.0.0.1:5000/fixtures/app',
        role: 'targets',
      });
      expect(block.bytes).toHaveLength(241);
    });
  });

  describe('when given several blocks', () => {
    it('returns them in order', () => {
      const text =
        fixtureText('keys/docker-ci.pub') +
        'junk\n' +
        fixtureText('keys/docker-ci.key');
      expect(parsePemBlocks(text).map((b) => b.type)).toEqual([
        'PUBLIC KEY',
        'ENCRYPTED PRIVATE KEY',
      ]);
    });
  });

  describe('when the text is damaged', () => {
    it('throws KeyFormatError without END line', () => {
      expect(() =>
        parsePemBlocks('-----BEGIN PUBLIC KEY-----\nAAAA\n')
      ).toThrow('truncated');
    });

    it('throws KeyFormatError for no block at all', () => {
      expect(() => parsePemBlocks('nothing here')).toThrow(KeyFormatError);
    });

    it('throws KeyFormatError for a body that is not base64', () => {
      expect(() =>
        parsePemBlocks('-----BEGIN X-----\nAA$A\n-----END X-----\n')
      ).toThrow('malformed base64');
      expect(() =>
        parsePemBlocks('-----BEGIN X-----\nAAA\n-----END X-----\n')
      ).toThrow('malformed base64');
    });
  });
});

describe('#encodePem', () => {
  it('reproduces every fixture key file byte for byte (Go pem.Encode)', () => {
    for (const file of [
      'docker-ci.key',
      'docker-targets.key',
      'notary-root.key',
      'docker-ci.pub',
      'notary-delegation.pub.pem',
    ]) {
      const text = fixtureText(`keys/${file}`);
      expect(encodePem(parsePemBlocks(text)[0])).toBe(text);
    }
  });

  it('writes Proc-Type first, then the other headers sorted, then a blank line', () => {
    const pem = encodePem({
      type: 'EC PRIVATE KEY',
      headers: {
        role: 'root',
        'DEK-Info': 'AES-256-CBC,00',
        'Proc-Type': '4,ENCRYPTED',
        gun: 'g',
      },
      bytes: new Uint8Array(60),
    });
    expect(pem.split('\n').slice(0, 6)).toEqual([
      '-----BEGIN EC PRIVATE KEY-----',
      'Proc-Type: 4,ENCRYPTED',
      'DEK-Info: AES-256-CBC,00',
      'gun: g',
      'role: root',
      '',
    ]);
    expect(pem.split('\n')[6]).toHaveLength(64);
  });
});

describe('#decodeKeyInput', () => {
  it('returns PEM text unchanged', () => {
    const text = fixtureText('keys/docker-ci.key');
    expect(decodeKeyInput(text)).toBe(text);
  });

  it('decodes base64 of PEM, with line breaks', () => {
    const text = fixtureText('keys/docker-ci.key');
    const b64 = Buffer.from(text)
      .toString('base64')
      .replace(/(.{76})/g, '$1\n');
    expect(decodeKeyInput(b64)).toBe(text);
  });

  it('throws KeyFormatError for anything else, without echoing it', () => {
    expect(() => decodeKeyInput('c2VjcmV0')).toThrow(
      'neither PEM nor base64-encoded PEM'
    );
    expect(() => decodeKeyInput('')).toThrow(KeyFormatError);
  });
});
