import { describe, expect, it } from 'vitest';
import { isValidP256Scalar } from '../../../src/keys/native-ec.js';
import {
  ed25519PrivateKey,
  ed25519PublicBytes,
  ed25519Sign,
  ed25519Verify,
} from '../../../src/keys/native-ed25519.js';

const hex = (s: string) => Uint8Array.from(Buffer.from(s, 'hex'));

// RFC 8032 §7.1, TEST 1 (empty message) and TEST 2 (one byte 0x72).
const TEST1 = {
  seed: hex('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60'),
  pub: hex('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a'),
  msg: new Uint8Array(0),
  sig: hex(
    'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b'
  ),
};

/** S + L, little-endian: the same signature with a non-canonical S (Go rejects it). */
function withMalleatedS(sig: Uint8Array): Uint8Array {
  const L = 2n ** 252n + 27742317777372353535851937790883648493n;
  const le = (b: Uint8Array) =>
    BigInt(`0x${Buffer.from(Uint8Array.from(b).reverse()).toString('hex')}`);
  const s = le(sig.subarray(32)) + L;
  const out = Uint8Array.from(sig);
  const bytes = hex(s.toString(16).padStart(64, '0')).reverse();
  out.set(bytes, 32);
  return out;
}

describe('Ed25519 through node:crypto', () => {
  it('derives the RFC 8032 public key from the seed', () => {
    expect(ed25519PublicBytes(ed25519PrivateKey(TEST1.seed))).toEqual(
      TEST1.pub
    );
  });

  it('signs deterministically as RFC 8032 says', () => {
    expect(ed25519Sign(ed25519PrivateKey(TEST1.seed), TEST1.msg)).toEqual(
      TEST1.sig
    );
  });

  it('accepts the RFC 8032 signature and rejects a changed message', () => {
    expect(ed25519Verify(TEST1.pub, TEST1.msg, TEST1.sig)).toBe(true);
    expect(ed25519Verify(TEST1.pub, hex('72'), TEST1.sig)).toBe(false);
  });

  it('rejects a non-canonical S (S + L), as Go crypto/ed25519 does', () => {
    expect(ed25519Verify(TEST1.pub, TEST1.msg, withMalleatedS(TEST1.sig))).toBe(
      false
    );
  });

  it('rejects keys and signatures of the wrong size', () => {
    expect(ed25519Verify(TEST1.pub.subarray(1), TEST1.msg, TEST1.sig)).toBe(
      false
    );
    expect(ed25519Verify(TEST1.pub, TEST1.msg, TEST1.sig.subarray(1))).toBe(
      false
    );
  });
});

describe('isValidP256Scalar', () => {
  const n = hex(
    'ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551'
  );
  const minus = (b: Uint8Array, k: number) => {
    const out = Uint8Array.from(b);
    out[31] -= k;
    return out;
  };

  it('accepts 1 and n - 1', () => {
    const one = new Uint8Array(32);
    one[31] = 1;
    expect(isValidP256Scalar(one)).toBe(true);
    expect(isValidP256Scalar(minus(n, 1))).toBe(true);
  });

  it('rejects 0, n and values of the wrong size', () => {
    expect(isValidP256Scalar(new Uint8Array(32))).toBe(false);
    expect(isValidP256Scalar(n)).toBe(false);
    expect(isValidP256Scalar(new Uint8Array(31).fill(1))).toBe(false);
  });
});
