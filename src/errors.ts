/**
 * Base of every error dct-sign throws on purpose. Glue (action/, cli/) turns
 * these into one-line messages; anything else is a bug and keeps its stack.
 */
export class SignerError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Bad inputs, flags or arguments: the user can fix them by changing the call. */
export class UsageError extends SignerError {}

/**
 * Prefixes an error's message with what we were doing ("publishing
 * targets/releases for GUN x"), keeping its class, its fields and the original
 * as `cause`, so callers can still branch on the type.
 */
export function withContext(context: string, err: unknown): Error {
  if (err instanceof SignerError) {
    const wrapped = Object.create(
      Object.getPrototypeOf(err) as object
    ) as SignerError;
    Object.assign(wrapped, err);
    Object.defineProperty(wrapped, 'message', {
      value: `${context}: ${err.message}`,
      enumerable: false,
      writable: true,
      configurable: true,
    });
    Object.defineProperty(wrapped, 'cause', {
      value: err,
      enumerable: false,
      writable: true,
      configurable: true,
    });
    wrapped.stack = err.stack;
    return wrapped;
  }
  const message = err instanceof Error ? err.message : String(err);
  return new SignerError(`${context}: ${message}`, { cause: err });
}
