import { describe, expect, it } from 'vitest';
import {
  ChangefeedClient,
  type NotaryClient,
} from '../../../../src/notary/index.js';
import { SILENT_LOGGER } from '../../../../src/ops/index.js';
import {
  HistoryWalkError,
  formatHistoryMarkdown,
  formatHistoryText,
  readHistory,
  type HistoryEvent,
  type HistoryOptions,
} from '../../../../src/ops/history/index.js';
import {
  DelegatedRole,
  SignedMetadata,
  Targets,
  Timestamp,
  signMetadata,
  type SigningKey,
} from '../../../../src/tuf/index.js';
import {
  FakeNotary,
  createDockerRepository,
  newDelegationKey,
  tagMeta,
  tagTarget,
} from '../../../helpers/fake-notary.js';

const GUN = 'registry.test/acme/app';
const HOUR = 3600 * 1000;
const T0 = new Date('2026-03-01T10:00:00Z');

/** A server whose clock the test moves, and the repository's scripted life. */
async function scriptedRepository() {
  let now = T0;
  const notary = new FakeNotary({ now: () => now });
  const tick = () => (now = new Date(now.getTime() + HOUR));
  const repo = await createDockerRepository(notary, {
    gun: GUN,
    signerName: 'alice',
    tags: [tagTarget('v1')],
  });
  const publish = async (
    role: string,
    edit: (t: Targets) => Targets,
    by: SigningKey
  ) => {
    tick();
    const cur = notary.currentTargets(GUN, role)!;
    const signed = await signMetadata(edit(cur.bumpVersion()), [by]);
    await notary.commit(GUN, [{ role, bytes: signed.bytes }]);
  };
  // ts v2: alice signs v2 into releases
  await publish(
    'targets/releases',
    (t) => t.withTarget('v2', tagMeta(tagTarget('v2'))),
    repo.signer
  );
  // ts v3: v1 moves to another digest
  await publish(
    'targets/releases',
    (t) => t.withTarget('v1', tagMeta(tagTarget('v1', 'b'))),
    repo.signer
  );
  // ts v4: root key rotation
  tick();
  const newRoot = newDelegationKey('root');
  await repo.rotateRoot({ newRootKey: newRoot });
  // ts v5: signer bob added
  tick();
  const bob = newDelegationKey('bob');
  await repo.editTargets((t) =>
    t
      .withDelegation(
        new DelegatedRole({
          name: 'targets/bob',
          keyIDs: [bob.keyID],
          threshold: 1,
          paths: [''],
        }),
        [bob.publicKey]
      )
      .withDelegationKeys('targets/releases', [bob.publicKey])
  );
  // ts v6: bob revokes v2 from releases
  await publish('targets/releases', (t) => t.withoutTarget('v2'), bob);
  return { notary, repo, bob, newRoot, now: () => now };
}

function history(
  client: NotaryClient,
  notary: FakeNotary,
  options: Partial<HistoryOptions> = {}
) {
  return readHistory(client, {
    now: notary.now(),
    logger: SILENT_LOGGER,
    feed: new ChangefeedClient({
      serverUrl: notary.serverUrl,
      gun: client.gun,
      transport: notary,
    }),
    ...options,
  });
}

/** The timeline reduced to what a reader checks. */
function brief(events: HistoryEvent[]): string[] {
  return events.map((e) => {
    switch (e.kind) {
      case 'tag-added':
      case 'tag-removed':
        return `${e.timestampVersion} ${e.kind} ${e.tag} ${e.role} ${e.digest.slice(7, 15)} by ${e.signedBy.map((s) => s.signer ?? s.keyID.slice(0, 6)).join(',')}`;
      case 'tag-moved':
        return `${e.timestampVersion} ${e.kind} ${e.tag} ${e.role} ${e.previousDigest!.slice(7, 15)}->${e.digest.slice(7, 15)}`;
      case 'signer-added':
      case 'signer-removed':
      case 'signer-keys-changed':
        return `${e.timestampVersion} ${e.kind} ${e.role} +${e.keys.added.length} -${e.keys.removed.length}`;
      case 'root-changed':
        return `${e.timestampVersion} root v${e.rootVersion} ${e.changes.map((c) => `${c.role}+${c.added.length}-${c.removed.length}`).join(' ')}`;
      default:
        return `${e.timestampVersion} ${e.kind}`;
    }
  });
}

const d = (tag: string, salt = '') => tagTarget(tag, salt).digest.slice(7, 15);

describe('#readHistory', () => {
  describe('when a repository went through a scripted sequence', () => {
    it('reads back exactly that timeline from the changefeed', async () => {
      const { notary, repo } = await scriptedRepository();
      const report = await history(repo.client, notary);
      expect(report.source).toBe('changefeed');
      expect(report.complete).toBe(true);
      expect(report.versionsRead).toBe(6);
      expect(brief(report.events)).toEqual([
        '1 root v1 root+1-0 targets+1-0 snapshot+1-0 timestamp+1-0',
        '1 signer-added targets/alice +1 -0',
        '1 signer-added targets/releases +1 -0',
        `1 tag-added v1 targets/releases ${d('v1')} by alice`,
        `1 tag-added v1 targets/alice ${d('v1')} by alice`,
        `2 tag-added v2 targets/releases ${d('v2')} by alice`,
        `3 tag-moved v1 targets/releases ${d('v1')}->${d('v1', 'b')}`,
        '4 root v2 root+1-1',
        '5 signer-added targets/bob +1 -0',
        '5 signer-keys-changed targets/releases +1 -0',
        `6 tag-removed v2 targets/releases ${d('v2')} by bob`,
      ]);
    });

    it('names signer, key and role versions, and the server time of each change', async () => {
      const { notary, repo } = await scriptedRepository();
      const report = await history(repo.client, notary);
      const moved = report.events.find((e) => e.kind === 'tag-moved');
      expect(moved).toMatchObject({
        tag: 'v1',
        role: 'targets/releases',
        roleVersion: 3,
        digest: tagTarget('v1', 'b').digest,
        size: tagTarget('v1', 'b').size,
        previousDigest: tagTarget('v1').digest,
        signedBy: [{ keyID: repo.signer.keyID, signer: 'alice' }],
        time: new Date(T0.getTime() + 2 * HOUR).toISOString(),
      });
      const root = report.events.find(
        (e) => e.kind === 'root-changed' && e.rootVersion === 2
      );
      expect(root).toMatchObject({
        previousRootVersion: 1,
        timestampVersion: 4,
      });
      expect(report.oldestTrustedRoot).toBe(1);
    });

    it('walks <v>.timestamp.json to the same timeline when there is no changefeed', async () => {
      const { notary, repo } = await scriptedRepository();
      const feed = await history(repo.client, notary);
      notary.changefeed = false;
      const walked = await history(repo.client, notary);
      expect(walked.source).toBe('versions');
      expect(walked.complete).toBe(true);
      // Times are estimated from the signed timestamp expiry, not the feed.
      expect(brief(walked.events)).toEqual(brief(feed.events));
      expect(walked.events[5].time).toBe(
        new Date(T0.getTime() + HOUR).toISOString()
      );
    });
  });

  describe('when versions are missing (gaps)', () => {
    it('skips them in a version walk and attributes the change to the next version', async () => {
      const { notary, repo } = await scriptedRepository();
      notary.changefeed = false;
      notary.dropVersion(GUN, 'timestamp', 2);
      const report = await history(repo.client, notary);
      expect(report.versionsRead).toBe(5);
      expect(brief(report.events)).toContain(
        `3 tag-added v2 targets/releases ${d('v2')} by alice`
      );
    });

    it('reports a changefeed record whose timestamp is gone as unverified', async () => {
      const { notary, repo } = await scriptedRepository();
      notary.tamper = (req, res) =>
        /^timestamp\.[0-9a-f]{64}\.json$/.test(req.tail) &&
        SignedMetadata.parse(res.body, 'timestamp').signed.version === 2
          ? { status: 404, headers: {}, body: new Uint8Array() }
          : res;
      const report = await history(repo.client, notary);
      expect(
        report.events.filter((e) => e.kind === 'unverified')
      ).toMatchObject([
        {
          timestampVersion: 2,
          message: 'timestamp v2 is gone from the server',
        },
      ]);
      expect(report.versionsRead).toBe(5);
    });
  });

  describe('when filtering', () => {
    it('keeps only the changes of --tag', async () => {
      const { notary, repo } = await scriptedRepository();
      const report = await history(repo.client, notary, { tag: 'v2' });
      expect(brief(report.events)).toEqual([
        `2 tag-added v2 targets/releases ${d('v2')} by alice`,
        `6 tag-removed v2 targets/releases ${d('v2')} by bob`,
      ]);
    });

    it('keeps only changes at or after --since, reading one older version as the baseline', async () => {
      const { notary, repo } = await scriptedRepository();
      const report = await history(repo.client, notary, {
        since: new Date(T0.getTime() + 2 * HOUR),
      });
      expect(report.complete).toBe(false);
      expect(report.versionsRead).toBe(6 - 1);
      expect(brief(report.events)[0]).toBe(
        `3 tag-moved v1 targets/releases ${d('v1')}->${d('v1', 'b')}`
      );
      expect(
        report.events.every(
          (e) => e.time >= new Date(T0.getTime() + 2 * HOUR).toISOString()
        )
      ).toBe(true);
    });

    it('reads at most --max-versions, newest first', async () => {
      const { notary, repo } = await scriptedRepository();
      for (const changefeed of [true, false]) {
        notary.changefeed = changefeed;
        const report = await history(repo.client, notary, { maxVersions: 2 });
        expect(report.versionsRead).toBe(2);
        expect(report.complete).toBe(false);
      }
    });
  });

  describe('when a signer key is removed from releases but its signature stays', () => {
    it('reports the role as invalid once instead of removing its tags', async () => {
      const { notary, repo } = await scriptedRepository();
      await repo.editTargets((t) =>
        t.withoutDelegationKeys('targets/releases', [
          repo.signer.keyID,
          t.delegation('targets/bob')!.keyIDs[0],
        ])
      );
      const report = await history(repo.client, notary);
      const last = report.events.filter((e) => e.timestampVersion === 7);
      expect(last.map((e) => e.kind)).toEqual([
        'role-invalid',
        'signer-keys-changed',
      ]);
      expect(last.some((e) => e.kind === 'tag-removed')).toBe(false);
    });
  });

  describe('when the server is hostile', () => {
    it('refuses a timestamp the changefeed names but that is not signed by a trusted timestamp key', async () => {
      const { notary, repo } = await scriptedRepository();
      notary.tamper = async (req, res) => {
        if (!/^timestamp\.[0-9a-f]{64}\.json$/.test(req.tail)) return res;
        const ts = SignedMetadata.parse(res.body, 'timestamp');
        if (ts.signed.version !== 3) return res;
        const forged = await signMetadata(ts.signed, [
          newDelegationKey('evil'),
        ]);
        return { ...res, body: forged.bytes };
      };
      const report = await history(repo.client, notary);
      const bad = report.events.find((e) => e.kind === 'unverified');
      expect(bad).toMatchObject({ timestampVersion: 3 });
      expect(bad && 'message' in bad && bad.message).toContain(
        'other bytes than the changefeed names'
      );
      // the move is then seen at the next verified version
      expect(brief(report.events)).toContain(
        `4 tag-moved v1 targets/releases ${d('v1')}->${d('v1', 'b')}`
      );
    });

    it('refuses a forged version in a version walk (not signed by the timestamp key)', async () => {
      const { notary, repo } = await scriptedRepository();
      notary.changefeed = false;
      notary.tamper = async (req, res) => {
        if (req.tail !== '3.timestamp.json') return res;
        const ts = SignedMetadata.parse(res.body, 'timestamp');
        return {
          ...res,
          body: (await signMetadata(ts.signed, [newDelegationKey('evil')]))
            .bytes,
        };
      };
      const report = await history(repo.client, notary);
      expect(report.events.find((e) => e.kind === 'unverified')).toMatchObject({
        timestampVersion: 3,
        message: expect.stringContaining(
          'not signed by the timestamp key of any trusted root'
        ) as unknown,
      });
    });

    it('does not trust an old root that does not chain to the current one', async () => {
      const { notary, repo } = await scriptedRepository();
      notary.tamper = async (req, res) => {
        if (req.tail !== '1.root.json') return res;
        const root = SignedMetadata.parse(res.body, 'root');
        return {
          ...res,
          body: (await signMetadata(root.signed, [newDelegationKey('evil')]))
            .bytes,
        };
      };
      const report = await history(repo.client, notary);
      expect(report.oldestTrustedRoot).toBe(2);
      const unverified = report.events.filter((e) => e.kind === 'unverified');
      expect(unverified.map((e) => e.timestampVersion)).toEqual([1, 2, 3]);
      expect(
        report.events.some(
          (e) => e.kind === 'tag-added' && e.timestampVersion < 4
        )
      ).toBe(false);
    });

    it('refuses a changefeed whose IDs do not fall (no endless walk)', async () => {
      const { notary, repo } = await scriptedRepository();
      notary.tamper = (req, res) => {
        if (!req.tail.startsWith('changefeed?')) return res;
        const body = JSON.parse(Buffer.from(res.body).toString()) as {
          records: Array<{ ID: string }>;
        };
        for (const r of body.records) r.ID = '7';
        return {
          ...res,
          body: new Uint8Array(Buffer.from(JSON.stringify(body))),
        };
      };
      await expect(history(repo.client, notary)).rejects.toThrow(
        HistoryWalkError
      );
    });

    it('refuses changefeed records of another GUN', async () => {
      const { notary, repo } = await scriptedRepository();
      notary.tamper = (req, res) =>
        req.tail.startsWith('changefeed?')
          ? {
              ...res,
              body: new Uint8Array(
                Buffer.from(
                  Buffer.from(res.body).toString().replaceAll(GUN, 'other/gun')
                )
              ),
            }
          : res;
      await expect(history(repo.client, notary)).rejects.toThrow(/another GUN/);
    });

    it('bounds a version walk when the server claims a huge timestamp version', async () => {
      const { notary, repo } = await scriptedRepository();
      notary.changefeed = false;
      const ts = SignedMetadata.parse(
        notary.current(GUN, 'timestamp')!,
        'timestamp'
      ).signed;
      const huge = new Timestamp({
        version: 1e12,
        expires: ts.expires,
        meta: ts.meta,
      });
      const body = (
        await signMetadata(huge, [notary.serverSigner(GUN, 'timestamp')])
      ).bytes;
      notary.tamper = (req, res) =>
        req.tail === 'timestamp.json' ? { ...res, body } : res;
      const before = notary.requestCount;
      await history(repo.client, notary, { maxVersions: 20 }).catch(
        () => undefined
      );
      expect(notary.requestCount - before).toBeLessThan(60);
    });
  });
});

describe('history formats', () => {
  it('prints one line per change and a Markdown table with escaped cells', async () => {
    const { notary, repo } = await scriptedRepository();
    const report = await history(repo.client, notary, { tag: 'v1' });
    const text = formatHistoryText(report);
    expect(text).toContain(
      `v1 moved from ${tagTarget('v1').digest} to ${tagTarget('v1', 'b').digest}`
    );
    expect(text).toContain(`by alice (key ${repo.signer.keyID.slice(0, 12)})`);
    report.events.push({
      ...report.events[0],
      kind: 'unverified',
      message: 'a | b',
    });
    const md = formatHistoryMarkdown(report);
    expect(md).toContain('| time | timestamp | change | details |');
    expect(md).toContain('a \\| b');
    expect(formatHistoryMarkdown({ ...report, events: [] })).toContain(
      '_No changes._'
    );
  });
});
