import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { oneLine } from '../../one-line.js';
import type { CliIO } from '../io.js';
import { redact } from '../redact.js';
import {
  CancelledError,
  DockerStatusError,
  type DockerCommand,
} from './command.js';
import {
  METADATA_COMMAND,
  parsePluginCommandLine,
  pluginMetadata,
} from './plugin.js';
import { DOCKER_COMMANDS, GROUPS } from './commands.js';

/**
 * Entry when docker runs us as a CLI plugin: answer the metadata request,
 * or take docker's global flags off and run `trust …` with docker's syntax.
 */
export async function runDockerPlugin(
  argv: readonly string[],
  io: CliIO
): Promise<number> {
  if (argv[0] === METADATA_COMMAND) {
    io.out(pluginMetadata());
    return 0;
  }
  const line = parsePluginCommandLine(argv);
  const env = line.configDir
    ? { ...io.env, DOCKER_CONFIG: resolve(io.cwd, line.configDir) }
    : io.env;
  return runDockerTrust(line.args, { ...io, env }, `docker ${line.name}`, {
    debug: line.debug || io.env.DCT_DEBUG === '1',
  });
}

/** Runs `<prefix> ARGS` (prefix `docker trust`): docker 28's messages and exit codes. */
export async function runDockerTrust(
  args: readonly string[],
  io: CliIO,
  prefix: string,
  options: { debug: boolean }
): Promise<number> {
  const { command, group, rest } = find(args);
  if (!command) {
    const path = [prefix, ...group].join(' ');
    if (rest.length > 0 && !rest[0].startsWith('-')) {
      io.err(
        `docker: unknown command: ${path} ${rest[0]}\n\nUsage:  ${path}\n\nRun '${path} --help' for more information`
      );
      return 1;
    }
    // `docker trust` alone prints its help on stderr; --help on stdout.
    const help = groupHelp(path, group);
    if (rest.includes('--help') || rest.includes('-h')) io.out(help);
    else io.err(help);
    return 0;
  }
  const path = `${prefix} ${command.path}`;
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(commandHelp(path, command));
    return 0;
  }
  try {
    const parsed = parseFlags(rest, command, path);
    checkArgs(parsed.args, command, path);
    return (
      (await command.run({ ...parsed, io, prefix, debug: options.debug })) ?? 0
    );
  } catch (err) {
    if (err instanceof CancelledError) return 0;
    if (err instanceof DockerStatusError) {
      io.err(err.message);
      return err.status;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.err(oneLine(redact(message, io.env)));
    if (options.debug && err instanceof Error && err.stack)
      io.err(redact(err.stack, io.env));
    return 1;
  }
}

function find(args: readonly string[]): {
  command?: DockerCommand;
  group: string[];
  rest: string[];
} {
  for (const words of [2, 1]) {
    const path = args.slice(0, words).join(' ');
    const command = DOCKER_COMMANDS.find((c) => c.path === path);
    if (command) return { command, group: [], rest: args.slice(words) };
  }
  if (args[0] !== undefined && GROUPS[args[0]])
    return { group: [args[0]], rest: args.slice(1) };
  return { group: [], rest: [...args] };
}

function parseFlags(
  rest: string[],
  command: DockerCommand,
  path: string
): {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  args: string[];
} {
  try {
    const parsed = parseArgs({
      args: rest,
      options: command.flags,
      allowPositionals: true,
      strict: true,
    });
    return { values: parsed.values, args: parsed.positionals };
  } catch (err) {
    const msg = (err as Error).message;
    const flag = /'(-[^' ]+)/.exec(msg)?.[1] ?? msg;
    const what = /argument missing/.test(msg)
      ? `flag needs an argument: ${flag}`
      : flag.startsWith('--')
        ? `unknown flag: ${flag}`
        : `unknown shorthand flag: '${flag.slice(1, 2)}' in ${flag}`;
    throw new DockerStatusError(
      `${what}\n\nUsage:  ${path} ${command.use}\n\nRun '${path} --help' for more information`,
      125
    );
  }
}

/** cobra's Args checks, worded as [C] cli/required.go words them. */
function checkArgs(args: string[], command: DockerCommand, path: string) {
  const { exactly, atLeast } = command.args;
  const plural = (n: number) => (n === 1 ? 'argument' : 'arguments');
  let problem: string | undefined;
  let see = 'Run';
  if (exactly !== undefined && args.length !== exactly)
    problem = `requires ${exactly} ${plural(exactly)}`;
  if (atLeast !== undefined && args.length < atLeast) {
    problem = `requires at least ${atLeast} ${plural(atLeast)}`;
    see = 'See';
  }
  if (problem) {
    throw new DockerStatusError(
      `docker: '${path}' ${problem}\n\nUsage:  ${path} ${command.use}\n\n${see} '${path} --help' for more information`,
      1
    );
  }
}

function commandHelp(path: string, command: DockerCommand): string {
  return [
    `Usage:  ${path} ${command.use}`,
    '',
    command.short,
    ...(command.long ? ['', command.long] : []),
    ...(command.options ? ['', 'Options:', command.options] : []),
  ].join('\n');
}

function groupHelp(path: string, group: string[]): string {
  const under = (c: DockerCommand) =>
    group.length === 0
      ? !c.path.includes(' ')
      : c.path.startsWith(`${group[0]} `);
  const name = (c: DockerCommand) => c.path.split(' ').at(-1)!;
  const lines = [
    `Usage:  ${path} COMMAND`,
    '',
    group.length === 0 ? 'Manage trust on Docker images' : GROUPS[group[0]],
    '',
  ];
  if (group.length === 0) {
    lines.push('Management Commands:');
    for (const [g, short] of Object.entries(GROUPS))
      lines.push(`  ${g.padEnd(10)}  ${short}`);
    lines.push('');
  }
  lines.push('Commands:');
  for (const c of DOCKER_COMMANDS.filter(under).sort((a, b) =>
    name(a) < name(b) ? -1 : 1
  ))
    lines.push(`  ${name(c).padEnd(10)}  ${c.short}`);
  lines.push(
    '',
    `Run '${path} COMMAND --help' for more information on a command.`
  );
  return lines.join('\n');
}
