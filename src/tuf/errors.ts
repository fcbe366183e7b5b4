import { SignerError } from '../errors.js';

/** Metadata that is not shaped as notary's Go structs expect (wrong type, missing field). */
export class MetadataError extends SignerError {}

/** Metadata that is well formed but must not be trusted (signature, threshold, version, expiry, hash). */
export class VerificationError extends SignerError {}

/** Fewer valid signatures than the role's threshold ([N] tuf/signed/verify.go ErrRoleThreshold). */
export class ThresholdError extends VerificationError {}

/** A role's `expires` lies before the reference time ([N] tuf/signed/verify.go ErrExpired). */
export class ExpiredError extends VerificationError {}

/** A version lower than one already trusted: a rollback ([N] ErrLowVersion). */
export class RollbackError extends VerificationError {}

/** Bytes whose length or hash differs from what the referring role recorded. */
export class HashMismatchError extends VerificationError {}

/** A target listed in a delegation whose `paths` do not allow it. */
export class PathNotAllowedError extends VerificationError {}

/** A role file with no signatures at all ([N] tuf/signed/verify.go ErrNoSignatures; fatal even for delegations). */
export class NoSignaturesError extends VerificationError {}

/** A role lists a key under an ID the key does not hash to ([N] tuf/signed/errors.go ErrInvalidKeyID). */
export class InvalidKeyIDError extends VerificationError {}

/** A new root not signed by a threshold of the trusted root's keys ([N] trustpinning ErrRootRotationFail). */
export class RootRotationError extends VerificationError {}

/** A file the trusted metadata requires was not supplied ([N] ErrMetaNotFound, a 404). */
export class MissingMetadataError extends VerificationError {}
