import { sha256Hex } from '../digest.js';
import { canonicalBytes } from '../canonical.js';
import { isCanonicalBase64 } from '../encoding.js';
import { MetadataError } from '../errors.js';
import type { JSONObject, JSONValue } from '../json.js';

/** Key types notary knows ([N] tuf/data/keys.go); others are kept but never verify. */
export const KEY_TYPES = [
  'ecdsa',
  'ecdsa-x509',
  'rsa',
  'rsa-x509',
  'ed25519',
] as const;

/** Constructor bag for {@link Key}. */
export interface KeyOptions {
  /** `ecdsa`, `ecdsa-x509`, `rsa`, `rsa-x509` or `ed25519`. */
  keyType: string;
  /** `keyval.public` exactly as on the wire: standard base64 with padding. */
  publicB64: string;
}

/**
 * A public key as notary writes it: `{"keytype":t,"keyval":{"private":null,"public":b64}}`.
 * Its TUF key ID is computed, never trusted from the wire (notary-protocol.md §5.2).
 */
export class Key {
  readonly keyType: string;
  readonly publicB64: string;
  private cachedID: string | undefined;
  private cachedIdentity: string | undefined;

  constructor(options: KeyOptions) {
    this.keyType = options.keyType;
    this.publicB64 = options.publicB64;
  }

  /** TUF key ID: hex sha256 of the canonical public key JSON. */
  get keyID(): string {
    this.cachedID ??= sha256Hex(canonicalBytes(this.toJSON()));
    return this.cachedID;
  }

  /**
   * What makes two entries the same key for a threshold, whatever their
   * spelling: the key family and the sha256 of the decoded key bytes, where a
   * certificate counts by its DER, not its PEM text (line breaks, headers and
   * trailing text differ between writers; [N] tuf/utils/x509.go parses the
   * PEM before it hashes). One signature thus never counts twice.
   */
  get identity(): string {
    this.cachedIdentity ??= `${this.keyType.replace(/-x509$/, '')}:${sha256Hex(
      this.keyType.endsWith('-x509')
        ? firstPemBlock(this.publicBytes())
        : this.publicBytes()
    )}`;
    return this.cachedIdentity;
  }

  /** The decoded `keyval.public` bytes (DER SPKI, PEM certificate text, or raw ed25519). */
  publicBytes(): Uint8Array {
    return new Uint8Array(Buffer.from(this.publicB64, 'base64'));
  }

  /** Wire form; `private` is always written as null, as Go does. */
  toJSON(): JSONObject {
    return {
      keytype: this.keyType,
      keyval: { private: null, public: this.publicB64 },
    };
  }

  equals(other: Key): boolean {
    return this.keyType === other.keyType && this.publicB64 === other.publicB64;
  }

  /** Parses an untrusted key object; `keyval.private` must be absent or null. */
  static fromJSON(data: JSONValue, where = 'key'): Key {
    if (!isObject(data))
      throw new MetadataError(`${where}: expected an object`);
    const { keytype, keyval } = data;
    if (typeof keytype !== 'string' || keytype === '') {
      throw new MetadataError(`${where}: keytype must be a non-empty string`);
    }
    if (!isObject(keyval))
      throw new MetadataError(`${where}: keyval must be an object`);
    // Only the one spelling Go writes: Go decodes and re-encodes the bytes
    // before hashing the key ID ([N] tuf/data/keys.go), so another spelling
    // of the same key would get a second ID here and count twice.
    if (
      typeof keyval.public !== 'string' ||
      !isCanonicalBase64(keyval.public)
    ) {
      throw new MetadataError(
        `${where}: keyval.public must be base64 as Go writes it (padded, zero padding bits)`
      );
    }
    if (keyval.private !== undefined && keyval.private !== null) {
      throw new MetadataError(
        `${where}: refusing a key that carries private material`
      );
    }
    return new Key({ keyType: keytype, publicB64: keyval.public });
  }
}

function isObject(v: JSONValue | undefined): v is JSONObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The DER of the first PEM block of `bytes`, or `bytes` when it holds none. */
function firstPemBlock(bytes: Uint8Array): Uint8Array {
  const text = Buffer.from(bytes).toString('latin1');
  const m =
    /-----BEGIN [A-Z ]+-----([A-Za-z0-9+/=\s]*?)-----END [A-Z ]+-----/.exec(
      text
    );
  if (!m) return bytes;
  return new Uint8Array(Buffer.from(m[1].replace(/\s+/g, ''), 'base64'));
}
