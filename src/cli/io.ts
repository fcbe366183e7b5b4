import { readFileSync } from 'node:fs';
import { UsageError } from '../errors.js';

/**
 * What a command may touch outside itself. The entry point passes the real
 * process; tests pass buffers and a fake environment.
 */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  env: Record<string, string | undefined>;
  readFile(path: string): Uint8Array;
  /** Asks for a secret without echo; undefined when there is no terminal. */
  promptSecret?(question: string): Promise<string>;
  isTTY: boolean;
  /** Working directory for relative paths and the default trust dir. */
  cwd: string;
}

/** The real process's IO. */
export function processIO(): CliIO {
  return {
    out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
    env: process.env,
    readFile: readUserFile,
    isTTY: Boolean(process.stdin.isTTY && process.stderr.isTTY),
    promptSecret: process.stdin.isTTY ? promptNoEcho : undefined,
    cwd: process.cwd(),
  };
}

/** Reads a file the user named; a missing or unreadable one is a one-line UsageError. */
export function readUserFile(path: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(path));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'is a directory'
            : String(code);
    throw new UsageError(`cannot read ${path}: ${why}`);
  }
}

/** Reads a line from the terminal with echo off (raw mode), for passphrases. */
function promptNoEcho(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stderr.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    let value = '';
    const onData = (chunk: Buffer) => {
      for (const ch of chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n') {
          finish();
          resolve(value);
          return;
        }
        if (ch === '\u0003') {
          finish();
          reject(new Error('interrupted'));
          return;
        }
        if (ch === '\u007f') value = value.slice(0, -1);
        else value += ch;
      }
    };
    const finish = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
    };
    stdin.on('data', onData);
  });
}
