import { describe, expect, it } from 'vitest';
import {
  RepositoryNotFoundError,
  fetchRepositoryFiles,
  loadTrustedRepository,
} from '../../../src/ops/index.js';
import { NotaryHTTPError } from '../../../src/notary/index.js';
import {
  FakeNotary,
  createDockerRepository,
  notaryErrorResponse,
  tagTarget,
  type DockerRepo,
} from '../../helpers/fake-notary.js';

const NOW = new Date('2026-11-22T03:00:00Z');
const GUN = 'registry.test/acme/app';
const HINTS = ['targets/releases', 'targets/ci'];

async function setup(
  options: { storage?: 'memory' | 'sql'; published?: boolean } = {}
): Promise<DockerRepo> {
  const notary = new FakeNotary({ now: () => NOW, storage: options.storage });
  const published = options.published ?? true;
  return createDockerRepository(notary, {
    gun: GUN,
    tags: published ? [tagTarget('v1')] : [],
    publishReleases: published,
    publishSigner: published,
  });
}

const byHashLines = (log: string[]) =>
  log.map((l) => l.replace(/\.[0-9a-f]{64}\./, '.<sha256>.'));

describe('#fetchRepositoryFiles', () => {
  describe('when nothing changes during the fetch', () => {
    it('makes one request per file: top-level roles by name, then the delegations by the hash the snapshot lists', async () => {
      const repo = await setup();
      await fetchRepositoryFiles(repo.client, { hints: HINTS });
      const log = byHashLines(repo.notary.log);
      expect(log.slice(0, 4).sort()).toEqual([
        'GET root.json',
        'GET snapshot.json',
        'GET targets.json',
        'GET timestamp.json',
      ]);
      expect(log.slice(4).sort()).toEqual([
        'GET targets/ci.<sha256>.json',
        'GET targets/releases.<sha256>.json',
      ]);
    });

    it('returns the bytes the server stores', async () => {
      const repo = await setup();
      const files = await fetchRepositoryFiles(repo.client, { hints: HINTS });
      expect(files.root).toEqual(repo.notary.current(GUN, 'root'));
      expect(files.delegations?.get('targets/ci')).toEqual(
        repo.notary.current(GUN, 'targets/ci')
      );
    });
  });

  describe('when a delegation was not hinted', () => {
    it('fetches it by hash in a second round', async () => {
      const repo = await setup();
      const files = await fetchRepositoryFiles(repo.client);
      expect(repo.notary.log).toHaveLength(6);
      expect(repo.notary.log.slice(4).sort()).toEqual([
        expect.stringMatching(/^GET targets\/ci\.[0-9a-f]{64}\.json$/),
        expect.stringMatching(/^GET targets\/releases\.[0-9a-f]{64}\.json$/),
      ]);
      expect(files.delegations?.size).toBe(2);
    });
  });

  describe('when a hinted delegation is in no snapshot', () => {
    it('never asks for it and leaves it out', async () => {
      const repo = await setup();
      const files = await fetchRepositoryFiles(repo.client, {
        hints: [...HINTS, 'targets/qa'],
      });
      expect(repo.notary.log.join('\n')).not.toContain('targets/qa');
      expect(files.delegations?.has('targets/qa')).toBe(false);
    });
  });

  describe('when targets lists delegations that were never published, on SQL storage', () => {
    // notary-server 0.7 on PostgreSQL answers 500 (not 404) for them (issue 12)
    it('asks only for what the snapshot lists, and verifies them as version 0 (absent)', async () => {
      const repo = await setup({ storage: 'sql', published: false });
      const { repo: trusted, files } = await loadTrustedRepository(
        repo.client,
        { referenceTime: NOW, hints: HINTS }
      );
      expect(repo.notary.log.join('\n')).not.toContain('targets/');
      expect(files.delegations?.size).toBe(0);
      expect(trusted.role('targets/releases')).toBeUndefined();
      expect(trusted.role('targets/ci')).toBeUndefined();
    });
  });

  describe('when the server changes between the requests', () => {
    it('re-fetches by hash what the newer timestamp names', async () => {
      const repo = await setup();
      // Another publisher commits while our timestamp request is served:
      // the other first-round answers are from the old state.
      repo.notary.tamper = async (req, res) => {
        if (req.tail !== 'timestamp.json') return res;
        await repo.notary.publishAs(GUN, 'targets/releases', repo.signer, [
          tagTarget('new'),
        ]);
        return { ...res, body: repo.notary.current(GUN, 'timestamp')! };
      };
      const files = await fetchRepositoryFiles(repo.client, { hints: HINTS });
      repo.notary.tamper = undefined;
      const byHash = byHashLines(repo.notary.log).filter((l) =>
        l.includes('<sha256>')
      );
      expect(byHash[0]).toBe('GET snapshot.<sha256>.json');
      expect(byHash.slice(1).sort()).toEqual([
        'GET targets/ci.<sha256>.json',
        'GET targets/releases.<sha256>.json',
      ]);
      const { repo: trusted } = await loadTrustedRepository(repo.client, {
        referenceTime: NOW,
        hints: HINTS,
      });
      expect(files.delegations?.get('targets/releases')).toEqual(
        trusted.role('targets/releases')!.metadata.bytes
      );
      expect([
        ...trusted.role('targets/releases')!.metadata.signed.targets.keys(),
      ]).toEqual(['new', 'v1']);
    });
  });

  describe('when the repository does not exist', () => {
    it('throws RepositoryNotFoundError saying how to initialise it', async () => {
      const notary = new FakeNotary({ now: () => NOW });
      await expect(
        fetchRepositoryFiles(notary.client('registry.test/none'))
      ).rejects.toThrow(
        expect.objectContaining({
          constructor: RepositoryNotFoundError,
          message: expect.stringContaining(
            'has no trust data for registry.test/none; a key holder must initialise it'
          ) as string,
        })
      );
    });
  });

  describe('when a request fails', () => {
    it('throws the HTTP error with the role and GUN', async () => {
      const repo = await setup();
      repo.notary.tamper = (req, res) =>
        req.tail === 'targets.json'
          ? notaryErrorResponse(500, 'UNKNOWN', 'boom')
          : res;
      await expect(fetchRepositoryFiles(repo.client)).rejects.toThrow(
        expect.objectContaining({
          constructor: NotaryHTTPError,
          message: expect.stringContaining(
            `fetching targets of ${GUN}: GET ${repo.notary.serverUrl}/v2/${GUN}/_trust/tuf/targets.json: (500) boom`
          ) as string,
        })
      );
    });
  });
});
