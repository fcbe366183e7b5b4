import { describe, expect, it } from 'vitest';
import {
  encodeEnvelope,
  SignedMetadata,
  verifyThreshold,
  Root,
  Targets,
} from '../../../src/tuf/index.js';
import type { MetadataKind, RoleKeys } from '../../../src/tuf/index.js';
import { nodeVerifier } from '../../helpers/tuf-crypto.js';
import { FIXTURE_FILES, fixtureBytes } from '../../helpers/tuf-fixtures.js';

const kindOf = (role: string): MetadataKind =>
  role.startsWith('targets') ? 'targets' : (role as MetadataKind);
const parse = (role: string): SignedMetadata =>
  SignedMetadata.parse(fixtureBytes(role), kindOf(role), role);

// Which role's keys sign each fixture file.
function keysFor(role: string): RoleKeys {
  const root = parse('root').signed as Root;
  if (!role.startsWith('targets/')) return root.roleKeys(role);
  return (parse('targets').signed as Targets).roleKeys(role);
}

describe('golden: notary-server 0.7 fixture repository', () => {
  for (const role of Object.keys(FIXTURE_FILES)) {
    describe(role, () => {
      it('re-encodes from the model to the exact served bytes', () => {
        const m = parse(role);
        const again = encodeEnvelope(m.signed.toJSON(), m.signatures);
        expect(Buffer.from(again).toString('utf8')).toBe(
          Buffer.from(fixtureBytes(role)).toString('utf8')
        );
      });

      it('has canonical signed bytes that the fixture signatures verify', () => {
        const m = parse(role);
        const valid = verifyThreshold(
          m.signedBytes,
          m.signatures,
          keysFor(role),
          nodeVerifier
        );
        expect([...valid]).toEqual(m.signatures.map((s) => s.keyID));
      });

      it('has canonical(model) equal to canonical(parsed signed object)', () => {
        const m = parse(role);
        const fromModel = new TextDecoder().decode(
          encodeEnvelope(m.signed.toJSON(), []).subarray('{"signed":'.length)
        );
        expect(
          fromModel.startsWith(new TextDecoder().decode(m.signedBytes))
        ).toBe(true);
      });

      if (kindOf(role) === 'targets') {
        it('writes the same canonical text straight from the model', () => {
          const t = parse(role).signed as Targets;
          expect(t.canonical()).toBe(
            new TextDecoder().decode(parse(role).signedBytes)
          );
        });
      }
    });
  }

  it('covers an ed25519 (eddsa), an ecdsa and an ecdsa-x509 signer', () => {
    const root = parse('root').signed as Root;
    const types = new Set([...root.keys.values()].map((k) => k.keyType));
    expect(types).toEqual(new Set(['ecdsa-x509', 'ed25519', 'ecdsa']));
  });
});
