import { parseImageReference } from '../../registry/index.js';
import { withVerifiedRepository } from '../connect.js';
import type { CliIO } from '../io.js';
import type { DockerCommand } from './command.js';
import {
  inspectElement,
  inspectJSON,
  inspectPretty,
} from './inspect-output.js';
import { trustInfo, type TrustInfo } from './trust-info.js';

/** `docker trust inspect [--pretty] IMAGE[:TAG]...`: docker 28's JSON and tables. */
export const trustInspect: DockerCommand = {
  path: 'inspect',
  use: 'IMAGE[:TAG] [IMAGE[:TAG]...]',
  short: 'Return low-level information about keys and signatures',
  flags: { pretty: { type: 'boolean' } },
  options: '      --pretty   Print the information in a human friendly format',
  args: { atLeast: 1 },
  async run({ values, args, io, debug }) {
    if (values.pretty === true) {
      // docker stops at the first failing reference, after printing the others.
      let out = '';
      for (const [i, remote] of args.entries()) {
        let info: TrustInfo;
        try {
          info = await lookup(io, remote, debug);
        } catch (err) {
          if (out) io.out(out);
          throw err;
        }
        out += inspectPretty(remote, info);
        if (i < args.length - 1) out += '\n\n';
      }
      io.out(out);
      return 0;
    }
    // JSON: every reference that can be read, then all errors (exit 1).
    const elements: object[] = [];
    const errors: string[] = [];
    for (const remote of args) {
      try {
        elements.push(inspectElement(remote, await lookup(io, remote, debug)));
      } catch (err) {
        errors.push((err as Error).message);
      }
    }
    io.out(inspectJSON(elements));
    if (errors.length === 0) return 0;
    io.err(errors.join('\n'));
    return 1;
  },
};

/**
 * Verifies the repository and builds docker's view of it. Like docker, any
 * failure to read it becomes "no signatures or cannot access REF" (the
 * cause follows with --debug / -D).
 */
async function lookup(
  io: CliIO,
  remote: string,
  debug: boolean
): Promise<TrustInfo> {
  const ref = parseImageReference(remote);
  try {
    return await withVerifiedRepository(
      io,
      remote,
      {},
      { hints: ['targets/releases'] },
      (repo) => trustInfo(repo, ref.tag)
    );
  } catch (err) {
    if (debug) io.err(`debug: ${remote}: ${(err as Error).message}`);
    throw new Error(`no signatures or cannot access ${remote}`, {
      cause: err,
    });
  }
}
