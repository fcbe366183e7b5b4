import { describe, expect, it } from 'vitest';
import { PASSPHRASE_ENV, passphraseFor } from '../../../src/host/index.js';

const ALL = {
  DCT_PASSPHRASE: 'ours',
  DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE: 'docker-root',
  DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: 'docker-repo',
  NOTARY_ROOT_PASSPHRASE: 'notary-root',
  NOTARY_TARGETS_PASSPHRASE: 'notary-targets',
  NOTARY_SNAPSHOT_PASSPHRASE: 'notary-snapshot',
  NOTARY_DELEGATION_PASSPHRASE: 'notary-delegation',
};

const without = (...names: (keyof typeof ALL)[]) =>
  Object.fromEntries(
    Object.entries(ALL).filter(([k]) => !names.includes(k as keyof typeof ALL))
  );

describe('#passphraseFor', () => {
  describe('when DCT_PASSPHRASE and docker variables are both set', () => {
    it('returns DCT_PASSPHRASE for any role', () => {
      for (const role of [
        'root',
        'targets',
        'snapshot',
        'targets/releases',
        'ci',
        undefined,
      ]) {
        expect(passphraseFor(role, ALL)).toEqual({
          passphrase: 'ours',
          source: PASSPHRASE_ENV.ours,
        });
      }
    });
  });

  describe('when DCT_PASSPHRASE is empty', () => {
    it('returns the next variable', () => {
      expect(passphraseFor('root', { ...ALL, DCT_PASSPHRASE: '' })).toEqual({
        passphrase: 'docker-root',
        source: 'DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE',
      });
    });
  });

  describe('when only docker variables are set', () => {
    const env = without('DCT_PASSPHRASE');

    it('returns the root passphrase for root', () => {
      expect(passphraseFor('root', env)?.passphrase).toBe('docker-root');
    });

    for (const role of ['targets', 'snapshot', 'targets/releases', 'ci']) {
      it(`returns the repository passphrase for ${role}`, () => {
        expect(passphraseFor(role, env)).toEqual({
          passphrase: 'docker-repo',
          source: 'DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE',
        });
      });
    }
  });

  describe('when only notary variables are set', () => {
    const env = without(
      'DCT_PASSPHRASE',
      'DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE',
      'DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE'
    );

    for (const [role, want] of [
      ['root', 'NOTARY_ROOT_PASSPHRASE'],
      ['targets', 'NOTARY_TARGETS_PASSPHRASE'],
      ['snapshot', 'NOTARY_SNAPSHOT_PASSPHRASE'],
      ['targets/releases', 'NOTARY_DELEGATION_PASSPHRASE'],
      ['targets/ci', 'NOTARY_DELEGATION_PASSPHRASE'],
      ['ci', 'NOTARY_DELEGATION_PASSPHRASE'],
      [undefined, 'NOTARY_DELEGATION_PASSPHRASE'],
    ] as const) {
      it(`returns ${want} for ${role ?? 'an unknown role'}`, () => {
        expect(passphraseFor(role, env)?.source).toBe(want);
      });
    }
  });

  describe('when the root passphrase is the only one set', () => {
    it('returns undefined for a delegation key', () => {
      expect(
        passphraseFor('targets/releases', {
          DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE: 'r',
        })
      ).toBeUndefined();
    });
  });

  describe('when nothing is set', () => {
    it('returns undefined', () => {
      expect(passphraseFor('root', {})).toBeUndefined();
    });
  });
});
