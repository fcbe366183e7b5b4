import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readActionYml } from '../../helpers/action-yml.js';

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  'runs-on': string;
  needs?: string | string[];
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  name: string;
  on: unknown;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const dir = '.github/workflows';
const workflows = readdirSync(dir).map(
  (f) => [f, parse(readFileSync(`${dir}/${f}`, 'utf8')) as Workflow] as const
);

describe('action.yml', () => {
  const action = readActionYml();

  it('runs on node24 with main and post bundles that exist', () => {
    expect(action.runs.using).toBe('node24');
    expect(action.runs.main).toBe('dist/index.js');
    expect(action.runs.post).toBe('dist/post/index.js');
    expect(existsSync(action.runs.main)).toBe(true);
    expect(existsSync(action.runs.post!)).toBe(true);
  });

  it('has a name, a description, branding, and a description for every input and output', () => {
    expect(action.name).toBeTruthy();
    expect(action.description).toBeTruthy();
    expect(action.branding).toEqual({
      icon: expect.any(String),
      color: expect.any(String),
    });
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description.length, name).toBeGreaterThan(20);
      expect(name).toMatch(/^[a-z][a-z0-9-]*$/);
    }
    for (const [name, output] of Object.entries(action.outputs))
      expect(output.description, name).toBeTruthy();
  });
});

describe.each(workflows)('workflow %s', (_file, wf) => {
  it('has a name, triggers, least-privilege permissions and jobs with steps', () => {
    expect(wf.name).toBeTruthy();
    expect(wf.on).toBeTruthy();
    expect(wf.permissions?.contents).toBe('read');
    for (const job of Object.values(wf.jobs)) {
      expect(job['runs-on']).toMatch(/^ubuntu-/);
      expect(job.steps.length).toBeGreaterThan(0);
      for (const step of job.steps)
        expect(
          Boolean(step.uses) !== Boolean(step.run),
          JSON.stringify(step)
        ).toBe(true);
    }
  });

  it('gives this Action (uses: ./) every required input and no unknown input', () => {
    const action = readActionYml();
    for (const job of Object.values(wf.jobs)) {
      for (const step of job.steps.filter((s) => s.uses === './')) {
        const given = Object.keys(step.with ?? {});
        for (const name of given)
          expect(Object.keys(action.inputs), `unknown input ${name}`).toContain(
            name
          );
        for (const [name, input] of Object.entries(action.inputs)) {
          if (input.required)
            expect(given, `missing required input ${name}`).toContain(name);
        }
      }
    }
  });

  it('pins every action to a major version or a commit, and puts no expression in a script', () => {
    for (const job of Object.values(wf.jobs)) {
      for (const step of job.steps) {
        if (step.uses && step.uses !== './')
          expect(step.uses).toMatch(/^[\w.-]+\/[\w./-]+@(v\d+|[0-9a-f]{40})$/);
        // ${{ }} in a script is pasted into the shell: a tag or branch name
        // could inject commands; values reach scripts through env instead
        if (step.run) expect(step.run).not.toContain('${{');
      }
    }
  });

  it('refers only to outputs the steps have', () => {
    const text = JSON.stringify(wf);
    const action = readActionYml();
    for (const m of text.matchAll(/steps\.sign\.outputs\.([a-z-]+)/g))
      expect(Object.keys(action.outputs)).toContain(m[1]);
  });
});

describe('the example workflow', () => {
  it('signs after build-push-action and metadata-action with their outputs', () => {
    const [, wf] = workflows.find(([f]) => f === 'example-release.yml')!;
    const steps = Object.values(wf.jobs)[0].steps;
    const index = (uses: string) =>
      steps.findIndex((s) => s.uses?.startsWith(uses));
    expect(index('docker/metadata-action')).toBeLessThan(index('./'));
    expect(index('docker/build-push-action')).toBeLessThan(index('./'));
    const sign = steps.find((s) => s.uses === './')!;
    expect(sign.with?.tags).toBe('${{ steps.meta.outputs.tags }}');
    expect(sign.with?.digest).toBe('${{ steps.build.outputs.digest }}');
  });
});

describe('the release workflow', () => {
  const [, wf] = workflows.find(([f]) => f === 'release.yml')!;
  const { build, publish } = wf.jobs;
  const at = (steps: Step[], what: string) => {
    const i = steps.findIndex(
      (s) => s.uses?.startsWith(what) || s.run?.includes(what)
    );
    expect(i, what).toBeGreaterThanOrEqual(0);
    return i;
  };

  it('runs on version tags only', () => {
    expect(wf.on).toEqual({ push: { tags: ['v*.*.*'] } });
  });

  it('runs project code with a read-only token; only publish may write, after build passed', () => {
    expect(Object.keys(wf.jobs).sort()).toEqual(['build', 'publish']);
    expect(build.permissions).toBeUndefined(); // the workflow's contents: read
    expect(build.steps[0].with?.['persist-credentials']).toBe(false);
    expect(publish.needs).toBe('build');
    expect(publish.permissions).toEqual({
      contents: 'write',
      'id-token': 'write',
      attestations: 'write',
    });
    for (const step of publish.steps)
      expect(step.run ?? '').not.toMatch(/\bnpm (ci|install|test|run)\b/);
  });

  it('checks the notes, tests, checks dist/, builds the artifacts twice, then hands them over', () => {
    const steps = build.steps;
    const order = [
      'scripts/release-notes.mjs',
      'npm test',
      'npm run check-dist',
      'npm run release:artifacts',
      'diff artifacts/SHA256SUMS',
      'actions/upload-artifact',
    ].map((what) => at(steps, what));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('attests the tarball and the binary, releases, and moves the major tag last', () => {
    const steps = publish.steps;
    const order = [
      'actions/download-artifact',
      'sha256sum -c SHA256SUMS',
      'actions/attest-build-provenance',
      'gh release create',
      'git push --force origin "refs/tags/$major"',
    ].map((what) => at(steps, what));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order.at(-1)).toBe(steps.length - 1);

    const attest = steps[order[2]];
    const subjects = String(attest.with?.['subject-path']).trim().split('\n');
    expect(subjects).toEqual([
      'artifacts/dct-sign-*.tgz',
      'artifacts/dct-sign-*-linux-x64',
    ]);
    expect(steps[order[3]].run).toContain('--notes-file');
  });

  it('moves the major tag only for the newest stable release of that major', () => {
    const move = publish.steps.at(-1)!.run!;
    expect(move).toMatch(/case "\$TAG" in \*-\*\) .*exit 0/);
    expect(move).toContain('--sort=-v:refname');
    expect(move).toContain('[ "$newest" != "$TAG" ]');
    expect(move.indexOf('[ "$newest" != "$TAG" ]')).toBeLessThan(
      move.indexOf('git tag --force')
    );
  });
});
