import { describe, expect, it } from 'vitest';
import { runCommand } from './helpers/exec.js';
import { getSandbox } from './helpers/sandbox.js';

// The README's quick-start command, run as written: `bash scripts/demo.sh`
// starts its own sandbox, pushes an image, makes a key with `dct-sign key
// generate`, adds it with `dct-sign signer add` (initialising the repository),
// signs with the bundled Action and verifies with dct-sign and the real notary.
// It runs on the topology of the vitest project (DEMO_TOPOLOGY).

describe('the README quick start (bash scripts/demo.sh)', () => {
  it('signs a tag with a dct-sign key through the bundled Action, verified by notary', async () => {
    const run = await runCommand('bash', ['scripts/demo.sh'], {
      env: { ...process.env, DEMO_TOPOLOGY: getSandbox().topology },
      timeoutMs: 170_000,
    });
    const out = `${run.stdout}\n${run.stderr}`;
    expect(run.code, out).toBe(0);
    const digest = /demo\/app:v1 -> (sha256:[0-9a-f]{64}) \((\d+) bytes\)/.exec(
      run.stdout
    );
    expect(digest, out).not.toBeNull();
    const [, sha, size] = digest!;
    // the Action's upload was verified after publishing
    expect(run.stdout).toContain(
      'read back snapshot v2, timestamp v2: 1 tag(s) verified in targets/releases, targets/ci'
    );
    // dct-sign verify and the real notary CLI agree on digest and size
    expect(run.stdout).toMatch(
      new RegExp(`demo/app:v1 ${sha} ${size} \\(targets/releases\\)`)
    );
    expect(run.stdout).toMatch(
      new RegExp(
        `v1\\s+${sha.replace('sha256:', '')}\\s+${size}\\s+targets/releases`
      )
    );
    expect(run.stdout).toContain(`done: `);
  });
});
