import { pbkdf2Sync, randomBytes } from 'node:crypto';
import { parseDer, type DerNode } from './der.js';
import {
  derInteger,
  derOctetString,
  derOid,
  derSequence,
} from './der-writer.js';
import { cbcDecrypt, cbcEncrypt, stripPadding, type CbcCipher } from './cbc.js';
import { KeyFormatError, UnsupportedKeyError } from './errors.js';
import { OID, oidName } from './oids.js';

// PBKDF2 runs natively (node:crypto): in pure JavaScript it was ~100 ms of
// every signing run (the benchmark's CPU profile).
const PRFS = {
  [OID.hmacWithSHA1]: 'sha1',
  [OID.hmacWithSHA256]: 'sha256',
  [OID.hmacWithSHA384]: 'sha384',
  [OID.hmacWithSHA512]: 'sha512',
} as const;

function pbkdf2(
  digest: string,
  passphrase: string,
  salt: Uint8Array,
  iterations: number,
  keyLength: number
): Uint8Array {
  return new Uint8Array(
    pbkdf2Sync(
      Buffer.from(passphrase, 'utf8'),
      salt,
      iterations,
      keyLength,
      digest
    )
  );
}

const AES: Readonly<Record<string, { cipher: CbcCipher; keyLength: number }>> =
  {
    [OID.aes128CBC]: { cipher: 'aes-128-cbc', keyLength: 16 },
    [OID.aes192CBC]: { cipher: 'aes-192-cbc', keyLength: 24 },
    [OID.aes256CBC]: { cipher: 'aes-256-cbc', keyLength: 32 },
  };

/** Iterations notary writes ([N] tuf/utils/pkcs8.go); also our write default. */
export const NOTARY_PBKDF2_ITERATIONS = 2048;
/** A crafted file must not make us spin for hours. */
const MAX_ITERATIONS = 10_000_000;

/**
 * Decrypts a PKCS#8 EncryptedPrivateKeyInfo with PBES2 + PBKDF2 (RFC 8018)
 * and AES-CBC. Any PRF is honoured (notary ignores it and always uses SHA-1;
 * OpenSSL 3 writes hmacWithSHA256). Returns the PrivateKeyInfo DER without
 * padding, or `undefined` when the padding is wrong (a wrong passphrase).
 */
export function decryptPbes2(
  der: Uint8Array,
  passphrase: string
): Uint8Array | undefined {
  const what = 'EncryptedPrivateKeyInfo';
  const [algorithm, data] = parseDer(der, what).sequence(what, 2);
  const [schemeOid, schemeParams] = algorithm.sequence(`${what} algorithm`, 2);
  const scheme = schemeOid.oid(`${what} algorithm`);
  if (scheme !== OID.pbes2) {
    throw new UnsupportedKeyError(
      `unsupported key encryption ${oidName(scheme)}: only PBES2 is supported`
    );
  }
  const [kdf, encryption] = schemeParams.sequence('PBES2 parameters', 2);
  const [encOid, ivNode] = encryption.sequence('PBES2 encryption scheme', 2);
  const encName = encOid.oid('PBES2 encryption scheme');
  const aes = AES[encName];
  if (!aes)
    throw new UnsupportedKeyError(`unsupported key cipher ${oidName(encName)}`);
  const iv = ivNode.octets('AES-CBC IV');
  if (iv.length !== 16) throw new KeyFormatError('AES-CBC IV must be 16 bytes');
  const key = deriveKey(kdf, passphrase, aes.keyLength);
  const plain = cbcDecrypt(
    aes.cipher,
    key,
    iv,
    data.octets(`${what} data`),
    16
  );
  return stripPadding(plain, 16);
}

/** PBKDF2 from its AlgorithmIdentifier; keyLength, if present, must fit the cipher. */
function deriveKey(
  kdf: DerNode,
  passphrase: string,
  keyLength: number
): Uint8Array {
  const [kdfOid, params] = kdf.sequence('PBES2 key derivation', 2);
  const kdfName = kdfOid.oid('PBES2 key derivation');
  if (kdfName !== OID.pbkdf2) {
    throw new UnsupportedKeyError(
      `unsupported key derivation ${oidName(kdfName)}: only PBKDF2 is supported`
    );
  }
  const [salt, iterNode, ...rest] = params.sequence('PBKDF2 parameters', 2);
  const iterations = iterNode.smallInt('PBKDF2 iterations');
  if (iterations < 1 || iterations > MAX_ITERATIONS) {
    throw new UnsupportedKeyError(
      `unsupported PBKDF2 iteration count ${iterations}`
    );
  }
  let prf: string = OID.hmacWithSHA1; // RFC 8018 default when the field is absent.
  for (const item of rest) {
    if (item.tag === 0x02 && item.smallInt('PBKDF2 keyLength') !== keyLength) {
      throw new KeyFormatError('PBKDF2 keyLength does not match the cipher');
    }
    if (item.tag === 0x30)
      prf = item.sequence('PBKDF2 prf', 1)[0].oid('PBKDF2 prf');
  }
  const hash = PRFS[prf as keyof typeof PRFS];
  if (!hash)
    throw new UnsupportedKeyError(`unsupported PBKDF2 PRF ${oidName(prf)}`);
  return pbkdf2(
    hash,
    passphrase,
    salt.octets('PBKDF2 salt'),
    iterations,
    keyLength
  );
}

/**
 * Encrypts a PrivateKeyInfo exactly as notary 0.7 does (notary-protocol.md
 * §6.3): PBES2, PBKDF2 params holding only an 8-byte salt and 2048
 * iterations (so HMAC-SHA1: OpenSSL 3's SHA-256 default is unreadable by
 * notary and docker), AES-256-CBC with a 16-byte IV, PKCS#7 padding.
 */
export function encryptPbes2(
  privateKeyInfo: Uint8Array,
  passphrase: string
): Uint8Array {
  const salt = new Uint8Array(randomBytes(8));
  const iv = new Uint8Array(randomBytes(16));
  const key = pbkdf2('sha1', passphrase, salt, NOTARY_PBKDF2_ITERATIONS, 32);
  const data = cbcEncrypt('aes-256-cbc', key, iv, privateKeyInfo);
  return derSequence(
    derSequence(
      derOid(OID.pbes2),
      derSequence(
        derSequence(
          derOid(OID.pbkdf2),
          derSequence(
            derOctetString(salt),
            derInteger(NOTARY_PBKDF2_ITERATIONS)
          )
        ),
        derSequence(derOid(OID.aes256CBC), derOctetString(iv))
      )
    ),
    derOctetString(data)
  );
}
