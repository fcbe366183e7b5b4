import { createSigner } from './create-signer.js';
import { BadPassphraseError, KeyFormatError } from './errors.js';
import { decryptLegacyPem, isLegacyEncrypted } from './legacy-pem.js';
import { decryptPbes2 } from './pbes2.js';
import { decodeKeyInput, parsePemBlocks, type PemBlock } from './pem.js';
import {
  parseEcPrivateKey,
  parseNotaryEd25519,
  parsePrivateKeyInfo,
  parseRsaPrivateKey,
} from './pkcs8.js';
import type { KeyAlgorithm, RawPrivateKey } from './raw-key.js';
import type { PrivateKeySigner } from './signer.js';
import { parseSpki } from './spki.js';

/** A decrypted private key and what its PEM block said about it. */
export interface PrivateKey {
  readonly signer: PrivateKeySigner;
  /** The `role` header (`root`, `targets`, `ci`, `targets/releases`…), if any. */
  readonly role?: string;
  /** The `gun` header, if any (notary writes it only for targets/snapshot/timestamp keys). */
  readonly gun?: string;
  /** Canonical key ID: the TUF ID of the bare public key; notary names key files by it. */
  readonly keyID: string;
  readonly algorithm: KeyAlgorithm;
  /** Key size in bits: the RSA modulus length, 256 for P-256 and Ed25519. */
  readonly bits: number;
  /** The PEM label it was read from, e.g. `ENCRYPTED PRIVATE KEY`. */
  readonly pemType: string;
  /** Whether a passphrase was needed. */
  readonly encrypted: boolean;
}

const PRIVATE_TYPES = new Set([
  'ENCRYPTED PRIVATE KEY',
  'PRIVATE KEY',
  'EC PRIVATE KEY',
  'ED25519 PRIVATE KEY',
  'RSA PRIVATE KEY',
]);

/**
 * Reads one private key from PEM text (or base64 of PEM) in any form notary
 * or docker wrote (notary-protocol.md §6.2) and returns a signer for it.
 * Throws {@link BadPassphraseError}, UnsupportedKeyError or KeyFormatError;
 * never includes the passphrase or key bytes in a message.
 */
export function loadPrivateKey(
  text: string,
  passphrase: string | undefined
): Promise<PrivateKey> {
  return new Promise((resolve) => resolve(loadSync(text, passphrase)));
}

function loadSync(text: string, passphrase: string | undefined): PrivateKey {
  const blocks = privateBlocks(text);
  if (blocks.length !== 1) {
    throw new KeyFormatError(
      `expected one private key PEM block, found ${blocks.length}`
    );
  }
  return loadBlock(blocks[0], passphrase);
}

/**
 * Reads every private key in `text` (PEM blocks one after the other, or
 * base64 of that), for roles whose threshold needs several keys. The
 * passphrase is used for every key, unless there are several keys and it
 * has exactly as many lines: then line i decrypts key i.
 */
export function loadPrivateKeys(
  text: string,
  passphrase: string | undefined
): Promise<PrivateKey[]> {
  return new Promise((resolve) => {
    const blocks = privateBlocks(text);
    if (blocks.length === 0)
      throw new KeyFormatError('expected a private key PEM block, found none');
    const lines = passphrase?.split(/\r?\n/) ?? [];
    const perKey = blocks.length > 1 && lines.length === blocks.length;
    resolve(
      blocks.map((block, i) => loadBlock(block, perKey ? lines[i] : passphrase))
    );
  });
}

function privateBlocks(text: string): PemBlock[] {
  return parsePemBlocks(decodeKeyInput(text)).filter((b) =>
    PRIVATE_TYPES.has(b.type)
  );
}

function loadBlock(
  block: PemBlock,
  passphrase: string | undefined
): PrivateKey {
  const role = block.headers.role;
  const gun = block.headers.gun;
  const { raw, encrypted } = decode(block, passphrase);
  const signer = createSigner(raw, { role, gun });
  return {
    signer,
    role,
    gun,
    keyID: signer.keyID,
    algorithm: raw.algorithm,
    bits: keyBits(raw),
    pemType: block.type,
    encrypted,
  };
}

function decode(
  block: PemBlock,
  passphrase: string | undefined
): { raw: RawPrivateKey; encrypted: boolean } {
  const pkcs8 = block.type === 'ENCRYPTED PRIVATE KEY';
  if (!pkcs8 && !isLegacyEncrypted(block))
    return { raw: parseBody(block.type, block.bytes), encrypted: false };
  const label = keyLabel(block);
  if (passphrase === undefined || passphrase === '') {
    throw new BadPassphraseError(
      `key ${label} is encrypted and no passphrase was given`
    );
  }
  const plain = pkcs8
    ? decryptPbes2(block.bytes, passphrase)
    : decryptLegacyPem(block, passphrase);
  const wrong = (): BadPassphraseError =>
    new BadPassphraseError(
      `wrong passphrase for key ${label} (or the encrypted key is corrupted)`
    );
  if (!plain) throw wrong();
  try {
    return {
      raw: parseBody(pkcs8 ? 'PRIVATE KEY' : block.type, plain),
      encrypted: true,
    };
  } catch (err) {
    // A wrong key that happens to leave valid padding yields garbage DER or a
    // scalar whose embedded public key does not match: still a wrong passphrase.
    if (err instanceof KeyFormatError) throw wrong();
    throw err;
  }
}

/** Dispatches a decrypted body on its PEM label. */
function parseBody(type: string, der: Uint8Array): RawPrivateKey {
  switch (type) {
    case 'EC PRIVATE KEY':
      return parseEcPrivateKey(der);
    case 'ED25519 PRIVATE KEY':
      return parseNotaryEd25519(der);
    case 'RSA PRIVATE KEY':
      return parseRsaPrivateKey(der);
    default:
      return parsePrivateKeyInfo(der);
  }
}

function keyBits(raw: RawPrivateKey): number {
  if (raw.algorithm !== 'rsa') return 256;
  const info = parseSpki(raw.publicKey);
  return info.kind === 'rsa' ? info.modulusBits : 0;
}

/** How messages name a key before it is decrypted: `path` header (short ID), else role. */
function keyLabel(block: PemBlock): string {
  const path = block.headers.path;
  if (path) return (path.split('/').pop() ?? path).slice(0, 12);
  return block.headers.role ?? '(no role header)';
}
