// Types for release-notes.mjs, so the TypeScript unit tests can import it.

export function changelogSection(changelog: string, version: string): string;

export function verifyFooter(build: {
  version: string;
  repo: string;
  node: string;
  npm: string;
}): string;
