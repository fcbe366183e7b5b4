import { describe, expect, it } from 'vitest';
import {
  inspectElement,
  inspectJSON,
  inspectPretty,
} from '../../../../src/cli/docker/inspect-output.js';
import { runDockerTrust } from '../../../../src/cli/docker/trust-cli.js';
import { trustInfo } from '../../../../src/cli/docker/trust-info.js';
import { canonicalKeyID } from '../../../../src/keys/index.js';
import { dockerRepo, readRepository } from '../../../helpers/admin-fixtures.js';
import { fakeIO } from '../../../helpers/fake-cli-io.js';
import { tagTarget } from '../../../helpers/fake-notary.js';

const TAGS = [tagTarget('v10'), tagTarget('v2'), tagTarget('latest')];

async function signedRepo() {
  const repo = await dockerRepo({ tags: TAGS });
  return { repo, trusted: await readRepository(repo.client) };
}

describe('#trustInfo and the inspect outputs', () => {
  it("lists released tags in docker's natural order, signed by the signer", async () => {
    const { trusted } = await signedRepo();
    const info = trustInfo(trusted);
    expect(info.rows.map((r) => [r.tag, r.signers])).toEqual([
      ['latest', ['ci']],
      ['v2', ['ci']],
      ['v10', ['ci']],
    ]);
    expect(info.rows[1].digest).toBe(TAGS[1].digest.slice('sha256:'.length));
  });

  it('keeps only the asked tag', async () => {
    const { trusted } = await signedRepo();
    expect(trustInfo(trusted, 'v2').rows.map((r) => r.tag)).toEqual(['v2']);
    expect(trustInfo(trusted, 'nope').rows).toEqual([]);
  });

  it('writes the JSON in the Go field order, root key by its certificate ID', async () => {
    const { repo, trusted } = await signedRepo();
    const element = inspectElement('x', trustInfo(trusted, 'v2'));
    expect(JSON.parse(inspectJSON([element]))).toEqual([
      {
        Name: 'x',
        SignedTags: [
          {
            SignedTag: 'v2',
            Digest: TAGS[1].digest.slice(7),
            Signers: ['ci'],
          },
        ],
        Signers: [{ Name: 'ci', Keys: [{ ID: repo.signer.keyID }] }],
        AdministrativeKeys: [
          { Name: 'Root', Keys: [{ ID: repo.rootCert.keyID }] },
          { Name: 'Repository', Keys: [{ ID: repo.targetsKey.keyID }] },
        ],
      },
    ]);
    expect(inspectJSON([element])).toMatch(/^\[\n {4}\{\n {8}"Name": "x",\n/);
    expect(canonicalKeyID(repo.rootCert)).not.toBe(repo.rootCert.keyID);
  });

  it('prints an empty array when nothing could be read', () => {
    expect(inspectJSON([])).toBe('[]\n');
  });

  it('prints the pretty tables with (Repo Admin) for tags only the releases role holds', async () => {
    const repo = await dockerRepo({ tags: TAGS, publishSigner: false });
    const text = inspectPretty(
      'x',
      trustInfo(await readRepository(repo.client), 'v2')
    );
    expect(text).toBe(
      '\nSignatures for x\n\n' +
        `SIGNED TAG   DIGEST${' '.repeat(61)}SIGNERS\n` +
        `v2           ${TAGS[1].digest.slice(7)}   (Repo Admin)\n` +
        '\nList of signers and their keys for x\n\n' +
        `SIGNER    KEYS\nci        ${repo.signer.keyID.slice(0, 12)}\n` +
        '\nAdministrative keys for x\n\n' +
        `  Repository Key:\t${repo.targetsKey.keyID}\n` +
        `  Root Key:\t${repo.rootCert.keyID}\n`
    );
  });
});

describe('#runDockerTrust command line', () => {
  it('answers a missing argument as docker does: its message and exit 1', async () => {
    const io = fakeIO();
    expect(
      await runDockerTrust(['inspect'], io, 'docker trust', { debug: false })
    ).toBe(1);
    expect(io.stderr.join('\n')).toBe(
      "docker: 'docker trust inspect' requires at least 1 argument\n\nUsage:  docker trust inspect IMAGE[:TAG] [IMAGE[:TAG]...]\n\nSee 'docker trust inspect --help' for more information"
    );
  });

  it('answers an unknown flag with exit 125', async () => {
    const io = fakeIO();
    expect(
      await runDockerTrust(['revoke', '--bogus', 'x'], io, 'docker dct', {
        debug: false,
      })
    ).toBe(125);
    expect(io.stderr[0]).toMatch(
      /^unknown flag: --bogus\n\nUsage: {2}docker dct revoke/
    );
  });

  it('prints the group help on stderr without arguments, exit 0', async () => {
    const io = fakeIO();
    expect(await runDockerTrust([], io, 'docker trust', { debug: false })).toBe(
      0
    );
    expect(io.stderr[0]).toMatch(/^Usage: {2}docker trust COMMAND\n/);
    expect(io.stderr[0]).toMatch(/^ {2}signer {6}Manage entities/m);
  });

  it('names an unknown subcommand with its group, exit 1', async () => {
    const io = fakeIO();
    expect(
      await runDockerTrust(['key', 'foo'], io, 'docker trust', {
        debug: false,
      })
    ).toBe(1);
    expect(io.stderr).toEqual([
      "docker: unknown command: docker trust key foo\n\nUsage:  docker trust key\n\nRun 'docker trust key --help' for more information",
    ]);
  });

  it('refuses a digest reference for revoke', async () => {
    const io = fakeIO();
    const code = await runDockerTrust(
      ['revoke', '-y', `r.test/a@sha256:${'0'.repeat(64)}`],
      io,
      'docker trust',
      { debug: false }
    );
    expect(code).toBe(1);
    expect(io.stderr).toEqual(['cannot use a digest reference for IMAGE:TAG']);
  });
});
