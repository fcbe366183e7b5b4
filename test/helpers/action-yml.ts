import { readFileSync } from 'node:fs';

/** Names under `inputs:` or `outputs:` in action.yml (two-space indented keys). */
export function actionYmlKeys(section: 'inputs' | 'outputs'): string[] {
  const text = readFileSync('action.yml', 'utf8');
  const start = text.indexOf(`\n${section}:\n`);
  if (start < 0) throw new Error(`action.yml has no ${section}`);
  const body = text.slice(start + section.length + 3);
  const end = body.search(/\n[a-z]/);
  return [
    ...(end < 0 ? body : body.slice(0, end)).matchAll(
      /^ {2}([a-z][a-z0-9-]*):\s*$/gm
    ),
  ].map((m) => m[1]!);
}
