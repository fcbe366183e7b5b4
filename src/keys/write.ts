import type { SigningKey } from '../tuf/index.js';
import { UsageError } from '../errors.js';
import { encodePem } from './pem.js';
import { encryptPbes2 } from './pbes2.js';
import { encodePrivateKeyInfo } from './pkcs8.js';
import { rawKeyOf } from './signer.js';

/** Headers for a written key file. */
export interface WriteKeyOptions {
  /** `role` header: `root`, `targets`, `snapshot`, `timestamp`, or a delegation/signer name. */
  role: string;
  /** `gun` header; kept only for the roles notary keeps it for. */
  gun?: string;
}

// notary keeps `gun` only for these; it deletes it for root and delegations
// ([N] trustmanager/keys.go ImportKeys, notary-protocol.md §6.2).
const GUN_ROLES = new Set(['targets', 'snapshot', 'timestamp']);

/** The `gun` header notary writes for `role`: required for base roles, dropped otherwise. */
export function gunHeaderFor(
  role: string,
  gun: string | undefined
): string | undefined {
  if (!GUN_ROLES.has(role)) return undefined;
  if (!gun) throw new UsageError(`a ${role} key needs a gun`);
  return gun;
}

/**
 * Writes a key made or loaded by keys/ as notary 0.7 stores it:
 * `ENCRYPTED PRIVATE KEY` (PBES2/PBKDF2-SHA1/2048/AES-256-CBC) with `role`
 * and, for targets/snapshot/timestamp, `gun` headers. An empty or missing
 * passphrase writes unencrypted `PRIVATE KEY`, as notary does.
 */
export function writePrivateKeyPem(
  key: SigningKey | { signer: SigningKey },
  passphrase: string | undefined,
  options: WriteKeyOptions
): string {
  const signer = 'signer' in key ? key.signer : key;
  const info = encodePrivateKeyInfo(rawKeyOf(signer));
  const headers = Object.create(null) as Record<string, string>;
  headers.role = options.role;
  const gun = gunHeaderFor(options.role, options.gun);
  if (gun !== undefined) headers.gun = gun;
  const encrypted = passphrase !== undefined && passphrase !== '';
  return encodePem({
    type: encrypted ? 'ENCRYPTED PRIVATE KEY' : 'PRIVATE KEY',
    headers,
    bytes: encrypted ? encryptPbes2(info, passphrase) : info,
  });
}
