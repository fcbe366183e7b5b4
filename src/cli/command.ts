import type { FlagSpec } from './args.js';
import type { CliIO } from './io.js';

/** What a command receives after its command line was parsed. */
export interface CommandContext {
  values: Record<string, string | boolean | undefined>;
  args: string[];
  io: CliIO;
}

/** One `dct-sign <words…>` command: thin glue from argv to one ops/ call. */
export interface Command {
  /** The words that select it, e.g. `key info`. */
  name: string;
  summary: string;
  /** Full help: usage line, flags, examples. */
  help: string;
  flags: FlagSpec;
  /** Positional names; a trailing `?` marks an optional one. */
  positionals: string[];
  /** Returns the exit code (0 when omitted). */
  run(ctx: CommandContext): Promise<number | void>;
}
