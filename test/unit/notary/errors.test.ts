import { describe, expect, it } from 'vitest';
import { describeDetail, parseErrorBody } from '../../../src/notary/index.js';

const bytes = (s: string) => new Uint8Array(Buffer.from(s));

describe('#parseErrorBody', () => {
  describe('when the body is notary JSON with a trailing newline', () => {
    it('returns code, message and detail of the first error', () => {
      const body = bytes(
        '{"errors":[{"code":"INVALID_ROLE","message":"The role you are attempting to operate on is invalid.","detail":"targets/Releases"},{"code":"X"}]}\n'
      );
      expect(parseErrorBody(body)).toEqual({
        code: 'INVALID_ROLE',
        message: 'The role you are attempting to operate on is invalid.',
        detail: 'targets/Releases',
      });
    });
  });

  describe('when fields have the wrong types', () => {
    it('returns only the detail', () => {
      expect(
        parseErrorBody(
          bytes('{"errors":[{"code":1,"message":null,"detail":{}}]}')
        )
      ).toEqual({
        code: undefined,
        message: undefined,
        detail: {},
      });
    });
  });

  for (const [when, text] of [
    ['when the body is not JSON', '<html>502</html>'],
    ['when the body is empty', ''],
    ['when errors is empty', '{"errors":[]}'],
    ['when the JSON is null', 'null'],
  ] as const) {
    describe(when, () => {
      it('returns an empty object', () => {
        expect(parseErrorBody(bytes(text))).toEqual({});
      });
    });
  }
});

describe('#describeDetail', () => {
  describe('when given an INVALID_UPDATE detail', () => {
    it('returns "<Name>: <Msg>"', () => {
      expect(
        describeDetail({
          Name: 'ErrBadHierarchy',
          Error: {
            Missing: 'snapshot',
            Msg: 'no snapshot was included in update',
          },
        })
      ).toBe('ErrBadHierarchy: no snapshot was included in update');
    });
  });

  describe('when the detail has a Msg but no Name', () => {
    it('returns the Msg', () => {
      expect(describeDetail({ Error: { Msg: 'm' } })).toBe('m');
    });
  });

  describe('when the detail is a string', () => {
    it('returns it', () => {
      expect(describeDetail('targets/Releases')).toBe('targets/Releases');
    });
  });

  for (const [when, detail] of [
    ['when the detail is an empty object', {}],
    ['when the detail is null', null],
    ['when the detail is a list', [{ Type: 'repository' }]],
    ['when the detail is undefined', undefined],
  ] as const) {
    describe(when, () => {
      it('returns undefined', () => {
        expect(describeDetail(detail)).toBeUndefined();
      });
    });
  }
});
