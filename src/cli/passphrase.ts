import { UsageError } from '../errors.js';
import { passphraseEnvNames, passphraseFor } from '../host/index.js';

import type { CliIO } from './io.js';

/**
 * A key's passphrase: from the environment (ours, docker's, notary's names
 * for the key's role), else a no-echo prompt on a terminal. Never a flag: a
 * flag value lands in shell history and `ps`.
 */
export async function resolvePassphrase(
  io: CliIO,
  role: string | undefined,
  what: string,
  options: { confirm?: boolean } = {}
): Promise<string> {
  const found = passphraseFor(role, io.env);
  if (found) return found.passphrase;
  if (io.promptSecret) {
    const value = await io.promptSecret(`Passphrase for ${what}: `);
    if (options.confirm) {
      const again = await io.promptSecret('Repeat the passphrase: ');
      if (again !== value) throw new UsageError('the passphrases do not match');
    }
    return value;
  }
  throw new UsageError(
    `${what} needs a passphrase: set ${passphraseEnvNames(role).join(' or ')} (no terminal to prompt on)`
  );
}
