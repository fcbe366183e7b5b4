import { afterEach, describe, expect, it, vi } from 'vitest';

const setSecret = vi.fn();
vi.mock('@actions/core', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@actions/core')>()),
  setSecret: (s: string) => setSecret(s),
}));

const { getInputs, INPUT_NAMES, splitList } =
  await import('../../../src/action/inputs.js');
const { actionYmlKeys } = await import('../../helpers/action-yml.js');
const { UsageError } = await import('../../../src/errors.js');

const PEM =
  '-----BEGIN ENCRYPTED PRIVATE KEY-----\nrole: ci\n\nMIHuMEkGCSqGSIb3DQEFDTA8MBsGCSqGSIb3DQEFDDAOBAjQ4BxR1RiRygICCAAw\n-----END ENCRYPTED PRIVATE KEY-----\n';

function setInputs(inputs: Record<string, string>): void {
  for (const [k, v] of Object.entries(inputs))
    vi.stubEnv(`INPUT_${k.toUpperCase()}`, v);
}

afterEach(() => {
  vi.unstubAllEnvs();
  setSecret.mockReset();
});

describe('action inputs', () => {
  describe('INPUT_NAMES', () => {
    it('lists exactly the inputs of action.yml, in its order', () => {
      expect([...INPUT_NAMES]).toEqual(actionYmlKeys('inputs'));
    });
  });

  describe('#getInputs', () => {
    describe('when every input is set', () => {
      it('reads each one', () => {
        setInputs({
          tags: 'r.example/a/b:v1\nr.example/a/b:v2, r.example/a/b:latest',
          digest: `sha256:${'a'.repeat(64)}`,
          'delegation-key': PEM,
          'delegation-passphrase': 'pass-phrase-1',
          signer: 'ci',
          roles: 'targets/releases,targets/ci',
          'trust-server': 'https://notary.example',
          'trust-server-ca': 'CA PEM',
          'registry-url': 'http://127.0.0.1:5000',
          username: 'user',
          password: 'pass-word-1',
          'root-key-id': 'ab'.repeat(32),
          'expiry-warn-days': '10',
          'timeout-seconds': '2.5',
          'dry-run': 'true',
        });
        expect(getInputs()).toEqual({
          tags: [
            'r.example/a/b:v1',
            'r.example/a/b:v2',
            'r.example/a/b:latest',
          ],
          digest: `sha256:${'a'.repeat(64)}`,
          delegationKey: PEM.trim(), // core.getInput trims, as the runner does
          delegationPassphrase: 'pass-phrase-1',
          signer: 'ci',
          roles: ['targets/releases', 'targets/ci'],
          trustServer: 'https://notary.example',
          trustServerCA: 'CA PEM',
          registryUrl: 'http://127.0.0.1:5000',
          username: 'user',
          password: 'pass-word-1',
          rootKeyID: 'ab'.repeat(32),
          expiryWarnDays: 10,
          timeoutSeconds: 2.5,
          dryRun: true,
        });
      });

      it('masks the key (whole and per line), the passphrase and the password', () => {
        setInputs({
          tags: 'r.example/a:v1',
          'delegation-key': PEM,
          'delegation-passphrase': 'pass-phrase-1',
          password: 'pass-word-1',
        });
        getInputs();
        const masked = setSecret.mock.calls.map((c) => c[0]);
        expect(masked).toEqual(
          expect.arrayContaining([
            PEM.trim(),
            'pass-phrase-1',
            'pass-word-1',
            'MIHuMEkGCSqGSIb3DQEFDTA8MBsGCSqGSIb3DQEFDDAOBAjQ4BxR1RiRygICCAAw',
          ])
        );
      });

      it('masks the PEM inside a base64-encoded key input', () => {
        const b64 = Buffer.from(PEM).toString('base64');
        setInputs({ tags: 'r.example/a:v1', 'delegation-key': b64 });
        getInputs();
        expect(setSecret.mock.calls.map((c) => c[0])).toEqual(
          expect.arrayContaining([b64, PEM])
        );
      });
    });

    describe('when only the required inputs are set', () => {
      it('uses the defaults', () => {
        setInputs({ tags: 'r.example/a:v1', 'delegation-key': PEM });
        expect(getInputs()).toMatchObject({
          expiryWarnDays: 30,
          dryRun: false,
          digest: undefined,
          roles: undefined,
        });
      });
    });

    describe.each([
      [
        { digest: 'sha256:abc' },
        /digest: "sha256:abc" is not a manifest digest/,
      ],
      [{ digest: `SHA256:${'a'.repeat(64)}` }, /not a manifest digest/],
      [
        { 'expiry-warn-days': 'soon' },
        /expiry-warn-days: "soon" is not a whole number/,
      ],
      [{ 'dry-run': 'maybe' }, /dry-run: "maybe" is not true or false/],
      [
        { 'timeout-seconds': '0' },
        /timeout-seconds: "0" is not a number of seconds/,
      ],
      [
        { 'timeout-seconds': 'ten' },
        /timeout-seconds: "ten" is not a number of seconds/,
      ],
      [{ tags: ' , ' }, /tags: no image reference given/],
    ])('when %j', (override, message) => {
      it('throws a UsageError naming the input', () => {
        setInputs({
          tags: 'r.example/a:v1',
          'delegation-key': PEM,
          ...override,
        });
        expect(() => getInputs()).toThrow(UsageError);
        expect(() => getInputs()).toThrow(message);
      });
    });

    describe('when the key is missing', () => {
      it('throws naming delegation-key', () => {
        setInputs({ tags: 'r.example/a:v1' });
        expect(() => getInputs()).toThrow(/delegation-key/);
      });
    });
  });

  describe('#splitList', () => {
    it('splits on newlines and commas, trims, drops blanks and comments', () => {
      expect(splitList(' a ,b\n\n# note\nc,')).toEqual(['a', 'b', 'c']);
    });
  });
});
