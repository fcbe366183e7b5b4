import { spawn } from 'node:child_process';

/** What a finished subprocess left behind. */
export interface CommandResult {
  /** the command line, for messages (arguments are test values, no secrets) */
  command: string;
  /** exit code; -1 when killed by a signal or the timeout */
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** full environment for the child (not merged with process.env) */
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** written to stdin, which is then closed; stdin is empty otherwise, so a
   * prompt (passphrase, username) fails at once instead of hanging */
  input?: string;
  /** default 60 s */
  timeoutMs?: number;
}

/** Thrown by the `*Ok` helpers when a command exits non-zero. */
export class CommandError extends Error {
  constructor(readonly result: CommandResult) {
    super(
      `${result.command} exited ${result.code}\n--- stdout ---\n${result.stdout}\n--- stderr ---\n${result.stderr}`
    );
    this.name = 'CommandError';
  }
}

/** Run a command to completion; never throws for a non-zero exit. */
export function runCommand(
  cmd: string,
  args: readonly string[],
  options: RunOptions = {}
): Promise<CommandResult> {
  const command = [cmd, ...args].join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      env: options.env ?? process.env,
      cwd: options.cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: options.timeoutMs ?? 60_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', (err) =>
      reject(new Error(`cannot run ${cmd}: ${err.message}`, { cause: err }))
    );
    child.on('close', (code) =>
      resolve({ command, code: code ?? -1, stdout, stderr })
    );
    // A child that exits without reading its input closes the pipe: the
    // write then fails with EPIPE, which is no error of ours (the exit code
    // and output say what happened), so it must not surface as unhandled.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}

/** Throw a CommandError with the full output unless the command succeeded. */
export function assertOk(result: CommandResult): CommandResult {
  if (result.code !== 0) throw new CommandError(result);
  return result;
}

/**
 * process.env without the variables that would change how notary or docker
 * behave behind a test's back (a developer's own DCT settings, say).
 */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(NOTARY_|DOCKER_)/.test(key)) continue;
    env[key] = value;
  }
  return env;
}

/**
 * Parse the fixed-width tables notary prints (a header line, a line of
 * dashes, then rows). Column starts come from the dashes line; a row whose
 * first cell is empty continues the previous row (notary wraps lists that
 * way), so its cells are appended to the previous row's cells.
 */
export function parseTable(output: string): Record<string, string[]>[] {
  const lines = output.split('\n');
  const dashIndex = lines.findIndex((l) => /^-+(\s+-+)*\s*$/.test(l));
  if (dashIndex < 1) return [];
  const header = lines[dashIndex - 1];
  const starts = [...lines[dashIndex].matchAll(/-+/g)].map((m) => m.index);
  const cut = (line: string) =>
    starts.map((start, i) =>
      line.slice(start, starts[i + 1] ?? line.length).trim()
    );
  const names = cut(header);
  const rows: Record<string, string[]>[] = [];
  for (const line of lines.slice(dashIndex + 1)) {
    if (line.trim() === '') continue;
    const cells = cut(line);
    const continues = cells[0] === '' && rows.length > 0;
    const row = continues ? rows[rows.length - 1] : {};
    names.forEach((name, i) => {
      const cell = cells[i] ?? '';
      row[name] ??= [];
      if (cell !== '') row[name].push(cell);
    });
    if (!continues) rows.push(row);
  }
  return rows;
}
