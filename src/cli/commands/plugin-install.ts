import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import { dockerConfigDir } from '../../host/index.js';
import type { Command } from '../command.js';

/** Marks a wrapper as ours, so install may replace it without --force. */
const MARK = '# written by dct-sign plugin install';

/** docker accepts plugin names matching this ([C] cli-plugins/manager/plugin.go). */
const PLUGIN_NAME = /^[a-z][a-z0-9]*$/;

/** `dct-sign plugin install`: puts `docker-NAME` where docker looks for CLI plugins. */
export const pluginInstall: Command = {
  name: 'plugin install',
  summary:
    'install dct-sign as the docker CLI plugin docker-trust (or --name NAME)',
  positionals: [],
  flags: {
    name: { type: 'string' },
    dir: { type: 'string' },
    entry: { type: 'string' },
    force: { type: 'boolean' },
  },
  help: `Usage: dct-sign plugin install [--name NAME] [--dir DIR] [--force]

Writes DIR/docker-NAME, a small shell script that runs this dct-sign with
node, so that \`docker NAME ...\` takes docker trust's commands, flags and
output (see the README's docker trust table). docker finds it by itself.

Docker CLI 29 and later have no built-in trust command: the default name
"trust" gives \`docker trust ...\` back. Docker 28 and older ignore a plugin
named trust (their own command wins): install it as --name dct there and run
\`docker dct inspect ...\`.

Flags:
  --name NAME    plugin name (default: trust); lowercase letters and digits
  --dir DIR      plugin dir (default: $DOCKER_CONFIG/cli-plugins, i.e. ~/.docker/cli-plugins;
                 /usr/libexec/docker/cli-plugins for every user)
  --entry FILE   the dct-sign script the plugin runs (default: this one)
  --force        replace a docker-NAME that dct-sign did not write

Examples:
  dct-sign plugin install
  dct-sign plugin install --name dct && docker dct inspect --pretty registry.example.com/acme/app`,
  run({ values, io }) {
    const name = typeof values.name === 'string' ? values.name : 'trust';
    if (!PLUGIN_NAME.test(name))
      throw new UsageError(
        `--name ${name}: docker only runs plugins named with lowercase letters and digits (e.g. dct)`
      );
    const dir =
      typeof values.dir === 'string'
        ? resolve(io.cwd, values.dir)
        : join(dockerConfigDir(io.env), 'cli-plugins');
    const entry = realpathSync(
      typeof values.entry === 'string'
        ? resolve(io.cwd, values.entry)
        : process.argv[1]
    );
    const file = join(dir, `docker-${name}`);
    if (
      existsSync(file) &&
      values.force !== true &&
      !readFileSync(file, 'utf8').includes(MARK)
    ) {
      throw new UsageError(
        `${file} exists and was not written by dct-sign; pass --force to replace it`
      );
    }
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, wrapper(process.execPath, entry));
    chmodSync(file, 0o755);
    io.out(`installed ${file}: try docker ${name} inspect --help`);
    return Promise.resolve();
  },
};

/** The plugin: node running the CLI, which sees docker's arguments unchanged. */
function wrapper(node: string, entry: string): string {
  const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  return `#!/bin/sh\n${MARK}\nexec ${q(node)} ${q(entry)} "$@"\n`;
}
