/**
 * Where ops/ reports progress. The Action maps it to @actions/core (groups,
 * warnings, debug); the CLI to stderr. Nothing secret is ever passed in.
 */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  debug(message: string): void;
  /** Runs `fn` inside a named, collapsible section of the log. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

/** Time as the core sees it: injected so tests and `--at` can fix it. */
export interface Clock {
  now(): Date;
}

/** A Logger that drops everything (for tests and library use). */
export const SILENT_LOGGER: Logger = {
  info: () => undefined,
  warn: () => undefined,
  debug: () => undefined,
  group: (_name, fn) => fn(),
};

/** The wall clock. */
export const SYSTEM_CLOCK: Clock = { now: () => new Date() };

/** One tag to sign: the manifest digest and byte size recorded in the target. */
export interface TagTarget {
  tag: string;
  /** `sha256:<64 hex>` */
  digest: string;
  size: number;
}
