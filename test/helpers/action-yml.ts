import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** action.yml, parsed. */
export interface ActionYml {
  name: string;
  description: string;
  branding?: { icon: string; color: string };
  inputs: Record<
    string,
    { description: string; required?: boolean; default?: string }
  >;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string; post?: string };
}

export function readActionYml(): ActionYml {
  return parse(readFileSync('action.yml', 'utf8')) as ActionYml;
}

/** Names under `inputs:` or `outputs:` in action.yml, in file order. */
export function actionYmlKeys(section: 'inputs' | 'outputs'): string[] {
  return Object.keys(readActionYml()[section]);
}
