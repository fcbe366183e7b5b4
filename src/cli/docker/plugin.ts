import { VERSION } from '../version.js';

// The docker CLI plugin protocol ([C] cli-plugins/manager/manager.go,
// cli-plugins/metadata/metadata.go): docker finds `docker-NAME` in its
// cli-plugins dirs, runs `docker-NAME docker-cli-plugin-metadata` to list it,
// and runs a command as `docker-NAME [global flags] NAME ARGS...` with
// DOCKER_CLI_PLUGIN_ORIGINAL_CLI_COMMAND set.

/** The subcommand every plugin answers with its metadata. */
export const METADATA_COMMAND = 'docker-cli-plugin-metadata';

/** Set by docker when it runs a plugin command ([C] metadata.ReexecEnvvar). */
export const PLUGIN_ENV = 'DOCKER_CLI_PLUGIN_ORIGINAL_CLI_COMMAND';

/** What docker reads from METADATA_COMMAND; SchemaVersion must be "0.1.0" and Vendor non-empty. */
export function pluginMetadata(): string {
  return JSON.stringify(
    {
      SchemaVersion: '0.1.0',
      Vendor: 'dct-sign',
      Version: VERSION,
      ShortDescription: 'Manage trust on Docker images',
    },
    null,
    2
  );
}

/** True when this process was started by docker as a plugin (or asked for its metadata). */
export function isPluginInvocation(
  argv: readonly string[],
  env: Record<string, string | undefined>
): boolean {
  return argv[0] === METADATA_COMMAND || env[PLUGIN_ENV] !== undefined;
}

/** docker's global flags that take a value ([C] cli/flags/options.go). */
const VALUE_FLAGS = new Set([
  '--config',
  '-c',
  '--context',
  '-H',
  '--host',
  '-l',
  '--log-level',
  '--tlscacert',
  '--tlscert',
  '--tlskey',
]);

/** What a plugin command line means once docker's global flags are taken off. */
export interface PluginCommandLine {
  /** The plugin's name as docker ran it (`trust`, `dct`). */
  name: string;
  /** The words after it: `inspect --pretty IMAGE`. */
  args: string[];
  /** --config DIR, which docker passes on as a flag, not as DOCKER_CONFIG. */
  configDir?: string;
  debug: boolean;
}

/**
 * Splits `[global flags] NAME ARGS...`. docker passes its own argv on
 * unchanged, global flags included, so the plugin must skip them itself.
 */
export function parsePluginCommandLine(
  argv: readonly string[]
): PluginCommandLine {
  let configDir: string | undefined;
  let debug = false;
  let i = 0;
  while (i < argv.length && argv[i].startsWith('-')) {
    const arg = argv[i];
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    let value = inline;
    if (VALUE_FLAGS.has(flag) && value === undefined) value = argv[++i];
    if (flag === '--config') configDir = value;
    if (flag === '-D' || flag === '--debug') debug = true;
    i++;
  }
  return {
    name: argv[i] ?? 'trust',
    args: argv.slice(i + 1),
    configDir,
    debug,
  };
}
