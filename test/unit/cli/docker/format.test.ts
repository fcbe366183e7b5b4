import { describe, expect, it } from 'vitest';
import {
  naturalCompare,
  naturalLess,
} from '../../../../src/cli/docker/natural-sort.js';
import { formatTable } from '../../../../src/cli/docker/table.js';
import {
  METADATA_COMMAND,
  isPluginInvocation,
  parsePluginCommandLine,
  pluginMetadata,
} from '../../../../src/cli/docker/plugin.js';

describe('#naturalLess', () => {
  it('orders numbers by value, as docker sorts tags', () => {
    const tags = ['v10', 'latest', 'v2', 'v1', 'v1.10', 'v1.9', '2', '10'];
    expect([...tags].sort(naturalCompare)).toEqual([
      '2',
      '10',
      'latest',
      'v1',
      'v1.9',
      'v1.10',
      'v2',
      'v10',
    ]);
  });

  it('puts fewer leading zeros first for equal numbers', () => {
    expect(naturalLess('v1', 'v01')).toBe(true);
    expect(naturalLess('v01', 'v1')).toBe(false);
  });

  it('puts a prefix first and is irreflexive', () => {
    expect(naturalLess('v1', 'v1a')).toBe(true);
    expect(naturalLess('v1', 'v1')).toBe(false);
    expect(naturalCompare('v1', 'v1')).toBe(0);
  });

  it('compares other characters by byte', () => {
    expect(naturalLess('B', 'a')).toBe(true);
    expect(naturalLess('a-b', 'a_b')).toBe(true);
  });
});

describe('#formatTable', () => {
  it('pads every column but the last to its widest cell + 3, at least 10', () => {
    expect(
      formatTable([
        ['SIGNER', 'KEYS'],
        ['a-long-signer-name', 'k1, k2'],
        ['ci', 'k3'],
      ])
    ).toBe(
      `${'SIGNER'.padEnd(21)}KEYS\n` +
        `${'a-long-signer-name'.padEnd(21)}k1, k2\n` +
        `${'ci'.padEnd(21)}k3\n`
    );
  });

  it('keeps the minimum width of 10 for short columns', () => {
    expect(formatTable([['A', 'B', 'C']])).toBe(
      `A${' '.repeat(9)}B${' '.repeat(9)}C\n`
    );
  });
});

describe('plugin protocol', () => {
  it('prints metadata docker accepts: SchemaVersion 0.1.0 and a vendor', () => {
    const meta = JSON.parse(pluginMetadata()) as Record<string, string>;
    expect(meta.SchemaVersion).toBe('0.1.0');
    expect(meta.Vendor).toBe('dct-sign');
    expect(meta.ShortDescription).toBe('Manage trust on Docker images');
  });

  it('is a plugin invocation for the metadata command or under docker', () => {
    expect(isPluginInvocation([METADATA_COMMAND], {})).toBe(true);
    expect(
      isPluginInvocation(['dct', 'inspect'], {
        DOCKER_CLI_PLUGIN_ORIGINAL_CLI_COMMAND: 'docker',
      })
    ).toBe(true);
    expect(isPluginInvocation(['inspect', 'x'], {})).toBe(false);
  });

  it("skips docker's global flags, keeps --config and -D, and drops the plugin name", () => {
    expect(
      parsePluginCommandLine([
        '--config',
        '/cfg',
        '-D',
        '--log-level=warn',
        '-H',
        'unix:///x',
        'dct',
        'inspect',
        '--pretty',
        'img',
      ])
    ).toEqual({
      name: 'dct',
      args: ['inspect', '--pretty', 'img'],
      configDir: '/cfg',
      debug: true,
    });
  });
});
