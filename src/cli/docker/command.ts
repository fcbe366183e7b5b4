import type { FlagSpec } from '../args.js';
import type { CliIO } from '../io.js';

/** What a docker trust command receives once cobra-style parsing is done. */
export interface DockerContext {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  args: string[];
  io: CliIO;
  /** `docker trust` or `docker dct`: how the user called us, for messages. */
  prefix: string;
  debug: boolean;
}

/** One `docker trust …` command, with docker 28's usage and help text. */
export interface DockerCommand {
  /** Words after `trust`: `inspect`, `key generate`. */
  path: string;
  /** cobra Use after the path: `IMAGE[:TAG] [IMAGE[:TAG]...]`. */
  use: string;
  short: string;
  /** Extra help paragraph (where we differ from docker). */
  long?: string;
  flags: FlagSpec;
  /** The Options block of --help, as docker prints it. */
  options?: string;
  /** cobra's Args check: exactly, or at least. */
  args: { exactly?: number; atLeast?: number };
  run(ctx: DockerContext): Promise<number | void>;
}

/** An error docker reports with a status of its own (cobra usage errors: 1 or 125). */
export class DockerStatusError extends Error {
  constructor(
    message: string,
    readonly status: number
  ) {
    super(message);
  }
}

/** The user declined a prompt: docker exits 0 and prints nothing ([C] cmd/docker/docker.go). */
export class CancelledError extends Error {}
