import { randomBytes } from 'node:crypto';
import type { SandboxConfig } from './sandbox-config.js';

/** A GUN and the registry repository path it names. */
export interface TestGun {
  /** <registryHost>/e2e/<prefix>-<random>, e.g. 127.0.0.1:41234/e2e/app-1f2e3d4c */
  gun: string;
  /** the same without the registry host (what pushImage wants as `repo`) */
  repo: string;
}

/**
 * A fresh random GUN under the sandbox registry, so tests never share trust
 * data (the notary-server keeps every repo until it stops).
 */
export function randomGun(sandbox: SandboxConfig, prefix = 'app'): TestGun {
  // lower case only: notary and registries reject upper-case repo names
  const repo = `e2e/${prefix}-${randomBytes(4).toString('hex')}`;
  return { gun: `${sandbox.registryHost}/${repo}`, repo };
}
