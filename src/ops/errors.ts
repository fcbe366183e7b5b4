import { SignerError, withContext } from '../errors.js';
import { NotaryHTTPError, NOTARY_CODES } from '../notary/index.js';
import {
  ExpiredError,
  HashMismatchError,
  MetadataError,
  RollbackError,
  RootRotationError,
  ThresholdError,
  VerificationError,
} from '../tuf/index.js';

/** The trust server has no trust data for the GUN (root.json is 404). */
export class RepositoryNotFoundError extends SignerError {}

/** A repository delegates to more roles than we fetch (a memory exhaustion attempt). */
export class TooManyDelegationsError extends SignerError {}

/** The signing key is not listed by any delegation role we could sign into. */
export class KeyNotDelegatedError extends SignerError {}

/** The repository's root is not the one pinned (root-key-id) or remembered (TOFU). */
export class RootPinError extends SignerError {}

/** A role we would sign into exists but does not verify: we refuse to overwrite it. */
export class UntrustedRoleError extends SignerError {}

/** Concurrent publishers kept winning; we gave up after the allowed attempts. */
export class PublishConflictError extends SignerError {}

/** The upload returned 200 but the server does not serve what we uploaded. */
export class ReadBackError extends SignerError {}

/** The server refused the upload; the message says what a key holder must do. */
export class PublishRejectedError extends SignerError {}

/**
 * True for the answers a losing concurrent publisher gets: 400 VERSION
 * ([N] server/errors VERSION; §1.7), or, from notary-server 0.7 on
 * PostgreSQL, 500 UPDATING. There two uploads can both pass the version
 * check, and the second INSERT then breaks the unique key
 * tuf_files_gun_role_version_key, which 0.7 maps to a 500 (its
 * translateOldVersionError knows only MySQL's codes; issue 12). UPDATING is
 * only sent when the storage transaction failed ([N] server/handlers/default.go
 * atomicUpdateHandler), so nothing landed and starting again is safe.
 */
export function isVersionConflict(err: unknown): boolean {
  if (!(err instanceof NotaryHTTPError)) return false;
  if (err.status === 400) return err.code === NOTARY_CODES.version;
  return (
    err.status === 500 &&
    err.method === 'POST' &&
    err.code === NOTARY_CODES.updating
  );
}

/**
 * Turns a refused upload into one line that says what to do. The detail
 * names come from [N] tuf/validation/errors.go (notary-protocol.md §1.4).
 */
export function explainRejection(
  err: NotaryHTTPError,
  gun: string,
  roles: string[]
): SignerError {
  const detail = (err.detail ?? {}) as {
    Name?: string;
    Error?: { Msg?: string; Missing?: string };
  };
  const msg = detail.Error?.Msg ?? err.serverMessage;
  if (
    detail.Name === 'ErrBadHierarchy' &&
    detail.Error?.Missing === 'snapshot'
  ) {
    return new PublishRejectedError(
      `the trust server does not hold the snapshot key of ${gun}, so delegates cannot publish; a root/targets key holder must run \`notary key rotate ${gun} snapshot -r\` (docker-made repositories already do this)`,
      { cause: err }
    );
  }
  if (detail.Name === 'ErrBadTargets' && /threshold/.test(msg)) {
    return new PublishRejectedError(
      `the trust server refused the signature on ${roles.join(', ')} (${msg}): the key is not a signer of that role any more; ask a key holder to run \`dct-sign signer add\``,
      { cause: err }
    );
  }
  if (/rpc error: code = (Unavailable|DeadlineExceeded)/.test(msg)) {
    // notary-server with a remote trust service (notary-signer over gRPC)
    // answers 400 when it cannot have snapshot/timestamp signed (issue 12);
    // the request was fine, the server's own signer is not.
    return new PublishRejectedError(
      `the trust server ${origin(err.path)} could not have the snapshot and timestamp of ${gun} signed: its signing service (notary-signer) is unreachable (${msg}); nothing was published; ask the server's operator to check notary-signer, then run again`,
      { cause: err }
    );
  }
  if (err.code === NOTARY_CODES.invalidGun) {
    return new PublishRejectedError(
      `the trust server does not accept the GUN ${gun}: ${msg}`,
      { cause: err }
    );
  }
  return new PublishRejectedError(
    `the trust server refused the upload for ${gun}: (${err.status}) ${msg}`,
    {
      cause: err,
    }
  );
}

/** `https://host:port` of a request URL, for naming the server. */
function origin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

// What each refusal protects against (TUF spec §1.5.2 attacks), so a refused
// download says why it matters, not only which check failed.
const ATTACKS: ReadonlyArray<[new (...a: never[]) => Error, string]> = [
  [RollbackError, 'possible rollback attack: older than the trusted version'],
  [ExpiredError, 'possible freeze attack: expired metadata'],
  [
    HashMismatchError,
    'possible mix-and-match attack or tampered file: bytes differ from what signed metadata records',
  ],
  [
    RootRotationError,
    'possible root swap: the root does not chain from the trusted root',
  ],
  [ThresholdError, 'forged or under-signed metadata'],
  [VerificationError, 'trust data did not verify'],
  [MetadataError, 'malformed trust data'],
];

/**
 * Adds to a verification or parse error of `gun`'s trust data the attack it
 * may be; the class and cause are kept. Other errors pass through unchanged.
 */
export function nameTheAttack(err: unknown, gun: string): unknown {
  const hit = ATTACKS.find(([cls]) => err instanceof cls);
  return hit
    ? withContext(`refusing the trust data of ${gun} (${hit[1]})`, err)
    : err;
}
