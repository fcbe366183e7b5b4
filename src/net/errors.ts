import { SignerError } from '../errors.js';

/** A request that could not be completed: refused, reset, DNS, TLS, timeout. */
export class NetworkError extends SignerError {
  constructor(
    message: string,
    readonly retryable: boolean,
    options?: { cause?: unknown }
  ) {
    super(message, options);
  }
}

/** A response larger than we allow for that kind of document (endless-data defence). */
export class ResponseTooLargeError extends SignerError {}

/** A 3xx answer: we never follow redirects, so a server cannot send us to another host. */
export class RedirectError extends SignerError {}

/** The server asked for credentials we do not have, or refused the ones we sent. */
export class AuthError extends SignerError {}

/**
 * A non-success HTTP answer, with notary's / the registry's JSON error parsed:
 * message reads `(<status>) <server message>` (sigstore-js external/error.ts style).
 */
export class HTTPError extends SignerError {
  constructor(
    readonly status: number,
    readonly method: string,
    readonly path: string,
    readonly code: string | undefined,
    readonly serverMessage: string,
    readonly detail: unknown
  ) {
    super(`${method} ${path}: (${status}) ${serverMessage}`);
  }
}
