import { constants, verify as nodeVerify } from 'node:crypto';
import type { Key, SignatureMethod, SignatureVerifier } from '../tuf/index.js';
import { p256Verify } from './native-ec.js';
import { publicKeyFromSpki } from './native-keys.js';
import { ed25519Verify } from './native-ed25519.js';
import { OID } from './oids.js';
import { parseSpki } from './spki.js';
import { certificateOfKey } from './x509.js';

/**
 * Checks one notary signature ([N] tuf/signed/verifiers.go): `ecdsa` for
 * `ecdsa`/`ecdsa-x509` keys (P-256, SHA-256, raw r‖s of exactly 64 bytes),
 * `eddsa` for `ed25519`, `rsapss` (SHA-256, MGF1-SHA-256, salt 32) and
 * `rsapkcs1v15` for `rsa`/`rsa-x509` (≥ 2048 bits). Anything else, and any
 * malformed key, is `false`: notary skips such signatures, it does not fail.
 */
export const verifySignature: SignatureVerifier = (
  key,
  method,
  data,
  signature
) => {
  try {
    return check(key, method, data, signature);
  } catch {
    return false;
  }
};

function check(
  key: Key,
  method: SignatureMethod,
  data: Uint8Array,
  sig: Uint8Array
): boolean {
  switch (method) {
    case 'ecdsa': {
      if (key.keyType !== 'ecdsa' && key.keyType !== 'ecdsa-x509') return false;
      // Go checks len(sig) == 2*curve size before anything else.
      if (sig.length !== 64) return false;
      const info = parseSpki(bareSpki(key));
      if (info.kind !== 'ec' || info.curve !== OID.prime256v1) return false;
      return p256Verify(info.point, data, sig);
    }
    case 'eddsa': {
      if (key.keyType !== 'ed25519' || sig.length !== 64) return false;
      return ed25519Verify(key.publicBytes(), data, sig);
    }
    case 'rsapss':
    case 'rsapkcs1v15':
      return verifyRsa(key, method, data, sig);
    default:
      return false;
  }
}

function verifyRsa(
  key: Key,
  method: string,
  data: Uint8Array,
  sig: Uint8Array
): boolean {
  if (key.keyType !== 'rsa' && key.keyType !== 'rsa-x509') return false;
  const spki = bareSpki(key);
  const info = parseSpki(spki);
  if (info.kind !== 'rsa' || info.modulusBits < 2048) return false;
  const publicKey = publicKeyFromSpki(spki);
  const padding =
    method === 'rsapss'
      ? { padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }
      : { padding: constants.RSA_PKCS1_PADDING };
  // node:crypto's PSS uses MGF1 with the message digest (SHA-256), as notary does.
  return nodeVerify('sha256', data, { key: publicKey, ...padding }, sig);
}

/** DER SPKI of a bare key, or of the leaf certificate of a `*-x509` key. */
function bareSpki(key: Key): Uint8Array {
  return key.keyType.endsWith('-x509')
    ? certificateOfKey(key).spki
    : key.publicBytes();
}
