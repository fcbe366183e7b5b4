import { readUserFile, type CliIO } from '../../src/cli/io.js';

/** A CliIO that records output and reads real files; no terminal. */
export function fakeIO(
  env: Record<string, string> = {}
): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (t) => stdout.push(t),
    err: (t) => stderr.push(t),
    env,
    readFile: readUserFile,
    isTTY: false,
    cwd: process.cwd(),
  };
}
