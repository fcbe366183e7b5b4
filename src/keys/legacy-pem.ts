import { createHash } from 'node:crypto';
import { cbcDecrypt, stripPadding, type CbcCipher } from './cbc.js';
import { concatBytes } from './der-writer.js';
import { KeyFormatError, UnsupportedKeyError } from './errors.js';
import type { PemBlock } from './pem.js';

const CIPHERS: Readonly<
  Record<string, { cipher: CbcCipher; keyLength: number; block: number }>
> = {
  'AES-128-CBC': { cipher: 'aes-128-cbc', keyLength: 16, block: 16 },
  'AES-192-CBC': { cipher: 'aes-192-cbc', keyLength: 24, block: 16 },
  'AES-256-CBC': { cipher: 'aes-256-cbc', keyLength: 32, block: 16 },
  'DES-EDE3-CBC': { cipher: 'des-ede3-cbc', keyLength: 24, block: 8 },
};

/** True when a PEM block carries RFC 1421 encryption headers (`Proc-Type: 4,ENCRYPTED`). */
export function isLegacyEncrypted(block: PemBlock): boolean {
  return (block.headers['Proc-Type'] ?? '').includes('ENCRYPTED');
}

/**
 * Decrypts a legacy `DEK-Info` PEM body as Go's x509.DecryptPEMBlock, which
 * notary < 0.6 keys need ([N] tuf/utils/x509.go): key = OpenSSL
 * EVP_BytesToKey(MD5, one round, salt = first 8 IV bytes). Single DES-CBC is
 * refused: Node 20's OpenSSL 3 only has it in the legacy provider.
 * Returns `undefined` when the padding is wrong (a wrong passphrase).
 */
export function decryptLegacyPem(
  block: PemBlock,
  passphrase: string
): Uint8Array | undefined {
  const dek = block.headers['DEK-Info'];
  if (dek === undefined)
    throw new KeyFormatError(
      `PEM block ${block.type}: encrypted but no DEK-Info`
    );
  const [name = '', ivHex = ''] = dek.split(',').map((s) => s.trim());
  const spec = CIPHERS[name.toUpperCase()];
  if (!spec)
    throw new UnsupportedKeyError(`unsupported legacy PEM cipher ${name}`);
  if (!/^[0-9a-fA-F]+$/.test(ivHex) || ivHex.length !== spec.block * 2) {
    throw new KeyFormatError(`PEM block ${block.type}: malformed DEK-Info IV`);
  }
  const iv = new Uint8Array(Buffer.from(ivHex, 'hex'));
  const key = evpBytesToKey(
    new TextEncoder().encode(passphrase),
    iv.subarray(0, 8),
    spec.keyLength
  );
  const plain = cbcDecrypt(spec.cipher, key, iv, block.bytes, spec.block);
  return stripPadding(plain, spec.block);
}

/** OpenSSL's EVP_BytesToKey with MD5 and one iteration: D_i = MD5(D_{i-1} ‖ pass ‖ salt). */
function evpBytesToKey(
  pass: Uint8Array,
  salt: Uint8Array,
  length: number
): Uint8Array {
  let out: Uint8Array = new Uint8Array(0);
  let prev: Uint8Array = new Uint8Array(0);
  while (out.length < length) {
    prev = new Uint8Array(
      createHash('md5')
        .update(concatBytes(prev, pass, salt))
        .digest()
    );
    out = concatBytes(out, prev);
  }
  return out.subarray(0, length);
}
