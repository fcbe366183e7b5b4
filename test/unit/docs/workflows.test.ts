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
interface Workflow {
  name: string;
  on: unknown;
  permissions?: Record<string, string>;
  jobs: Record<string, { 'runs-on': string; steps: Step[] }>;
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
