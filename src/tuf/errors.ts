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
