import { createInterface } from 'node:readline';

/**
 * docker's yes/no question ([C] internal/prompt Confirm): the message and
 * ` [y/N] ` on stdout, one line from stdin; only y or Y is a yes, and end of
 * input is a no.
 */
export async function confirm(message: string): Promise<boolean> {
  process.stdout.write(`${message} [y/N] `);
  const rl = createInterface({ input: process.stdin, terminal: false });
  try {
    const line = await new Promise<string>((done) => {
      rl.once('line', done);
      rl.once('close', () => done(''));
    });
    return line.trim().toLowerCase() === 'y';
  } finally {
    rl.close();
  }
}
