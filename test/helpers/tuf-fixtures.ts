import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import type { RepositoryFiles } from '../../src/tuf/index.js';

const DIR = fileURLToPath(
  new URL('../fixtures/notary-0.7-repo/', import.meta.url)
);

/** GUN of the captured repository (fixture-info.txt). */
export const FIXTURE_GUN = '127.0.0.1:5000/fixtures/app';
/** A clock inside every role's validity (see test/fixtures/README.md). */
export const FIXTURE_TIME = new Date('2026-11-22T03:00:00Z');
/** Tags both delegations sign. */
export const FIXTURE_TAGS = ['latest', 'v1.0.0', 'v1.1.0'];

/** Role name → fixture file (relative to the repo folder). */
export const FIXTURE_FILES: Record<string, string> = {
  root: 'root.json',
  targets: 'targets.json',
  snapshot: 'snapshot.json',
  timestamp: 'timestamp.json',
  'targets/ci': 'targets/ci.json',
  'targets/releases': 'targets/releases.json',
};

/** Exact bytes of one fixture role file. */
export function fixtureBytes(role: string): Uint8Array {
  return new Uint8Array(readFileSync(DIR + FIXTURE_FILES[role]));
}

/** Every file of the fixture repository, ready for verifyRepository. */
export function fixtureRepository(): RepositoryFiles {
  return {
    root: fixtureBytes('root'),
    timestamp: fixtureBytes('timestamp'),
    snapshot: fixtureBytes('snapshot'),
    targets: fixtureBytes('targets'),
    delegations: new Map([
      ['targets/ci', fixtureBytes('targets/ci')],
      ['targets/releases', fixtureBytes('targets/releases')],
    ]),
  };
}

/** Hex sha256 of the synthetic manifest the fixture signs for `tag`. */
export function manifestSha256(tag: string): string {
  return createHash('sha256')
    .update(`{"schemaVersion":2,"tag":"${tag}"}`)
    .digest('hex');
}
