import { isCanonicalBase64 } from '../encoding.js';
import { MetadataError } from '../errors.js';
import type { JSONObject, JSONValue } from '../json.js';

/** Signature methods notary writes or accepts ([N] tuf/data/types.go). */
export type SignatureMethod = 'ecdsa' | 'eddsa' | 'rsapss' | (string & {});

/**
 * A notary signature `{keyid, method, sig}`: `sig` is standard base64; for
 * ECDSA it holds raw r‖s, not DER (notary-protocol.md §5.3).
 */
export class Signature {
  constructor(
    readonly keyID: string,
    readonly method: SignatureMethod,
    readonly sigB64: string
  ) {}

  /** Field order keyid, method, sig: the Go struct order used on the wire. */
  toJSON(): JSONObject {
    return { keyid: this.keyID, method: this.method, sig: this.sigB64 };
  }

  /** Parses an untrusted signature object; `method` is lower-cased as notary does. */
  static fromJSON(data: JSONValue, where = 'signature'): Signature {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      throw new MetadataError(`${where}: expected an object`);
    }
    const { keyid, method, sig } = data;
    if (typeof keyid !== 'string' || !/^[0-9a-f]{64}$/.test(keyid)) {
      throw new MetadataError(
        `${where}: keyid must be 64 lower-case hex digits`
      );
    }
    if (typeof method !== 'string')
      throw new MetadataError(`${where}: method must be a string`);
    // Go holds `sig` as []byte, so it must be base64 that re-encodes unchanged.
    if (typeof sig !== 'string' || !isCanonicalBase64(sig)) {
      throw new MetadataError(`${where}: sig must be base64`);
    }
    return new Signature(keyid, method.toLowerCase(), sig);
  }
}
