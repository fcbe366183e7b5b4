import { SignerError } from '../errors.js';
import { oneLine } from '../one-line.js';
import { CommandLineError, parseCommandLine } from './args.js';
import type { Command } from './command.js';
import { COMMANDS } from './commands/index.js';
import { runDockerPlugin, runDockerTrust } from './docker/trust-cli.js';
import { isPluginInvocation } from './docker/plugin.js';
import type { CliIO } from './io.js';
import { redact } from './redact.js';
import { paint } from './style.js';
import { VERSION } from './version.js';

/** Exit codes, documented in the README. */
export const EXIT = { ok: 0, failure: 1, commandLine: 2 } as const;

/**
 * Runs one command line. The single place that turns errors into an exit
 * code and one `error:` line; stacks only with --debug or DCT_DEBUG=1.
 */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  // Run by docker as a CLI plugin, or `dct-sign trust ...`: docker's syntax.
  if (isPluginInvocation(argv, io.env)) return runDockerPlugin(argv, io);
  if (argv[0] === 'trust')
    return runDockerTrust(argv.slice(1), io, 'dct-sign trust', {
      debug: io.env.DCT_DEBUG === '1',
    });
  const debug = argv.includes('--debug') || io.env.DCT_DEBUG === '1';
  const args = argv.filter((a) => a !== '--debug');
  try {
    if (
      args.length === 0 ||
      args[0] === '--help' ||
      args[0] === '-h' ||
      args[0] === 'help'
    ) {
      io.out(overview());
      return args.length === 0 ? EXIT.commandLine : EXIT.ok;
    }
    if (args[0] === '--version' || args[0] === '-v') {
      io.out(`dct-sign ${VERSION}`);
      return EXIT.ok;
    }
    const { command, rest } = findCommand(args);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(command.help);
      return EXIT.ok;
    }
    const { values, args: positionals } = parseCommandLine(
      rest,
      command.flags,
      command.positionals,
      command.name
    );
    return (await command.run({ values, args: positionals, io })) ?? EXIT.ok;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    io.err(`${paint(io, 'red', 'error:')} ${oneLine(redact(message, io.env))}`);
    if (debug && err instanceof Error && err.stack)
      io.err(redact(err.stack, io.env));
    if (err instanceof CommandLineError) return EXIT.commandLine;
    if (!(err instanceof SignerError) && !debug) {
      io.err(
        '(unexpected error; run again with --debug for details, and please report it)'
      );
    }
    return EXIT.failure;
  }
}

function findCommand(args: string[]): { command: Command; rest: string[] } {
  for (const words of [2, 1]) {
    const name = args.slice(0, words).join(' ');
    const command = COMMANDS.find((c) => c.name === name);
    if (command) return { command, rest: args.slice(words) };
  }
  const group = COMMANDS.filter((c) => c.name.startsWith(`${args[0]} `));
  if (group.length > 0) {
    throw new CommandLineError(
      `unknown command "${args.slice(0, 2).join(' ')}"; try: ${group.map((c) => `dct-sign ${c.name}`).join(', ')}`
    );
  }
  throw new CommandLineError(
    `unknown command "${args[0]}"; run dct-sign --help`
  );
}

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    `dct-sign ${VERSION}: Docker Content Trust (Notary v1) signing for CI and key holders`,
    '',
    'Usage: dct-sign <command> [flags]      dct-sign <command> --help',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "docker trust's commands, flags and output: dct-sign trust <command> (or as a docker CLI plugin: dct-sign plugin install)",
    'Global flags: --debug (stack traces), --help, --version',
    'Exit codes: 0 success, 1 failure (verification, bad input, server), 2 command-line error',
  ].join('\n');
}
