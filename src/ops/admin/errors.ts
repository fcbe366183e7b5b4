import { SignerError } from '../../errors.js';

/** A change would leave `targets/releases` below its threshold and --force was not given. */
export class SignerRemovalError extends SignerError {}

/** A key the change must be signed with is not available locally. */
export class MissingKeyError extends SignerError {}

/** A bundle is malformed, already used, or the server changed since it was fetched. */
export class BundleError extends SignerError {}

/** The tag is not signed, or not trusted, in the repository. */
export class NotSignedError extends SignerError {}
