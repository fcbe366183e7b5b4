import { parseArgs, type ParseArgsConfig } from 'node:util';
import { SignerError } from '../errors.js';

/** The command line itself is wrong (unknown flag, missing argument): exit code 2. */
export class CommandLineError extends SignerError {}

/** Flag definitions of one command, node:util parseArgs style. */
export type FlagSpec = NonNullable<ParseArgsConfig['options']>;

/** Parses argv for one command; unknown flags and missing positionals are CommandLineErrors. */
export function parseCommandLine<F extends FlagSpec>(
  argv: string[],
  flags: F,
  positionals: string[],
  command: string
): { values: Record<string, string | boolean | undefined>; args: string[] } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: flags,
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    throw new CommandLineError(
      `${command}: ${(err as Error).message.split('\n')[0]}`
    );
  }
  const required = positionals.filter((p) => !p.endsWith('?'));
  if (parsed.positionals.length < required.length) {
    throw new CommandLineError(
      `${command}: missing ${required.slice(parsed.positionals.length).join(' ')}; see dct-sign ${command} --help`
    );
  }
  if (parsed.positionals.length > positionals.length) {
    throw new CommandLineError(
      `${command}: unexpected argument "${parsed.positionals[positionals.length]}"; see dct-sign ${command} --help`
    );
  }
  return {
    values: parsed.values,
    args: parsed.positionals,
  };
}
