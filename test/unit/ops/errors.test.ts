import { describe, expect, it } from 'vitest';
import { NotaryHTTPError } from '../../../src/notary/index.js';
import {
  PublishRejectedError,
  explainRejection,
  isVersionConflict,
  nameTheAttack,
} from '../../../src/ops/index.js';
import { ExpiredError, MetadataError } from '../../../src/tuf/index.js';

const GUN = 'registry.test/acme/app';
const http400 = (code: string, message: string, detail?: unknown) =>
  new NotaryHTTPError(
    400,
    'POST',
    `/v2/${GUN}/_trust/tuf/`,
    code,
    message,
    detail
  );

const http500 = (method: string, code: string | undefined) =>
  new NotaryHTTPError(
    500,
    method,
    `/v2/${GUN}/_trust/tuf/`,
    code,
    'An error has occurred while updating the TUF repository.',
    null
  );

describe('#isVersionConflict', () => {
  it('is true for 400 VERSION, not for other refusals', () => {
    expect(isVersionConflict(http400('VERSION', 'newer'))).toBe(true);
    expect(isVersionConflict(http400('INVALID_UPDATE', 'x'))).toBe(false);
    expect(isVersionConflict(new Error('VERSION'))).toBe(false);
  });

  describe('when notary-server on PostgreSQL answers a colliding upload', () => {
    it('is true for 500 UPDATING on the upload (the unique-key race)', () => {
      expect(isVersionConflict(http500('POST', 'UPDATING'))).toBe(true);
    });

    it('is false for any other 500', () => {
      expect(isVersionConflict(http500('POST', 'UNKNOWN'))).toBe(false);
      expect(isVersionConflict(http500('POST', undefined))).toBe(false);
      expect(isVersionConflict(http500('GET', 'UPDATING'))).toBe(false);
    });
  });
});

describe('#explainRejection', () => {
  describe("when the server's notary-signer is unreachable", () => {
    it('names the trust server and its signing service, and says nothing was published', () => {
      const err = explainRejection(
        new NotaryHTTPError(
          400,
          'POST',
          `https://notary.test:4443/v2/${GUN}/_trust/tuf/`,
          'UNKNOWN',
          'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing dial tcp 127.0.0.1:1: connect: connection refused"',
          undefined
        ),
        GUN,
        ['targets/releases']
      );
      expect(err).toBeInstanceOf(PublishRejectedError);
      expect(err.message).toMatch(
        /^the trust server https:\/\/notary\.test:4443 could not have the snapshot and timestamp of registry\.test\/acme\/app signed: its signing service \(notary-signer\) is unreachable \(rpc error: code = Unavailable .*\); nothing was published; ask the server's operator to check notary-signer, then run again$/
      );
    });
  });

  describe('when the server refuses the delegate signature', () => {
    it('says the key is not a signer any more', () => {
      const err = explainRejection(
        http400('INVALID_UPDATE', 'invalid', {
          Name: 'ErrBadTargets',
          Error: {
            Msg: 'valid signatures did not meet threshold for targets/releases',
          },
        }),
        GUN,
        ['targets/releases']
      );
      expect(err).toBeInstanceOf(PublishRejectedError);
      expect(err.message).toContain(
        'the trust server refused the signature on targets/releases (valid signatures did not meet threshold for targets/releases): the key is not a signer of that role any more'
      );
    });
  });

  describe('when the GUN is outside the server prefixes', () => {
    it('names the GUN', () => {
      const err = explainRejection(
        http400(
          'INVALID_GUN',
          'invalid gun',
          'Require GUNs with prefix: [docker.io/]'
        ),
        GUN,
        []
      );
      expect(err.message).toBe(
        `the trust server does not accept the GUN ${GUN}: invalid gun`
      );
    });
  });

  describe('when the refusal is anything else', () => {
    it('gives status and server message', () => {
      const err = explainRejection(
        http400('MALFORMED_JSON', 'bad json'),
        GUN,
        []
      );
      expect(err.message).toBe(
        `the trust server refused the upload for ${GUN}: (400) bad json`
      );
    });
  });
});

describe('#nameTheAttack', () => {
  it('prefixes a verification error with the attack and keeps the class', () => {
    const err = nameTheAttack(new ExpiredError('timestamp expired at X'), GUN);
    expect(err).toBeInstanceOf(ExpiredError);
    expect((err as Error).message).toBe(
      `refusing the trust data of ${GUN} (possible freeze attack: expired metadata): timestamp expired at X`
    );
  });

  it('names malformed data', () => {
    const err = nameTheAttack(new MetadataError('timestamp: bad'), GUN);
    expect((err as Error).message).toContain('(malformed trust data)');
  });

  it('passes other errors through', () => {
    const other = new Error('network');
    expect(nameTheAttack(other, GUN)).toBe(other);
  });
});
