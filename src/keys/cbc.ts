import { createCipheriv, createDecipheriv } from 'node:crypto';
import { KeyFormatError } from './errors.js';

/** CBC ciphers notary's key files use, by OpenSSL/Node name. */
export type CbcCipher =
  'aes-128-cbc' | 'aes-192-cbc' | 'aes-256-cbc' | 'des-ede3-cbc';

/**
 * Decrypts CBC without letting OpenSSL judge the padding, so a wrong key is
 * reported by {@link stripPadding} as a clean `undefined`, never as an
 * OpenSSL error string or garbled output.
 */
export function cbcDecrypt(
  cipher: CbcCipher,
  key: Uint8Array,
  iv: Uint8Array,
  data: Uint8Array,
  blockSize: number
): Uint8Array {
  if (data.length === 0 || data.length % blockSize !== 0) {
    throw new KeyFormatError(
      `encrypted key length ${data.length} is not a multiple of ${blockSize}`
    );
  }
  const d = createDecipheriv(cipher, key, iv).setAutoPadding(false);
  return new Uint8Array(Buffer.concat([d.update(data), d.final()]));
}

/** Encrypts with PKCS#7 padding (1..blockSize bytes always added). */
export function cbcEncrypt(
  cipher: CbcCipher,
  key: Uint8Array,
  iv: Uint8Array,
  data: Uint8Array
): Uint8Array {
  const c = createCipheriv(cipher, key, iv);
  return new Uint8Array(Buffer.concat([c.update(data), c.final()]));
}

/**
 * Removes PKCS#7 padding; `undefined` when it is not well formed, which after
 * decryption almost always means a wrong passphrase.
 */
export function stripPadding(
  plain: Uint8Array,
  blockSize: number
): Uint8Array | undefined {
  const pad = plain[plain.length - 1] ?? 0;
  if (pad < 1 || pad > blockSize || pad > plain.length) return undefined;
  for (let i = plain.length - pad; i < plain.length; i++) {
    if (plain[i] !== pad) return undefined;
  }
  return plain.subarray(0, plain.length - pad);
}
