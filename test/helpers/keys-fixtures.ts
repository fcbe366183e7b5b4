// Fixture access for keys/ tests: test code may read files, keys/ may not.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Key, type JSONObject } from '../../src/tuf/index.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** Text of a file under test/fixtures. */
export function fixtureText(path: string): string {
  return readFileSync(FIXTURES + path, 'utf8');
}

/** A parsed JSON fixture (plain JSON.parse is fine in tests). */
export function fixtureJSON(path: string): JSONObject {
  return JSON.parse(fixtureText(path)) as JSONObject;
}

/** One row of keys/passphrases.txt. */
export interface FixtureKey {
  file: string;
  keyID: string | undefined;
  role: string;
  gun: string | undefined;
  passphrase: string;
}

/** The rows of test/fixtures/keys/passphrases.txt. */
export function fixtureKeys(): FixtureKey[] {
  return fixtureText('keys/passphrases.txt')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [file, keyID, role, gun, passphrase] = line.trim().split(/\s+/) as [
        string,
        string,
        string,
        string,
        string,
      ];
      return {
        file,
        keyID: keyID === '-' ? undefined : keyID,
        role,
        gun: gun === '-' ? undefined : gun,
        passphrase,
      };
    });
}

/** A key object from a repo metadata file, by TUF key ID. */
export function repoKey(keys: JSONObject, keyID: string): Key {
  return Key.fromJSON(keys[keyID]);
}

/** PEM text with the header lines removed (what node:crypto accepts). */
export function stripPemHeaders(pem: string): string {
  return pem
    .split('\n')
    .filter((line) => !/^[A-Za-z-]+: /.test(line))
    .join('\n')
    .replace(/-----\n\n/, '-----\n');
}
