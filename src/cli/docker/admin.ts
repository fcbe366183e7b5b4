import { dockerTrustDir } from '../../host/index.js';
import {
  changeSigner,
  SignerRemovalError,
  type ChangeResult,
  type SignerChange,
} from '../../ops/admin/index.js';
import type { Logger } from '../../ops/index.js';
import { trustDirKeyRing } from '../commands/admin-common.js';
import { connect, rootTrust } from '../connect.js';
import type { CliIO } from '../io.js';

// The repository changes behind docker's revoke and signer commands: the
// same ops as dct-sign's own commands, with docker's trust dir and no
// progress lines (docker prints only its own messages).

/** Warnings to stderr; nothing else (docker's commands print their own lines). */
export function quietLogger(io: CliIO): Logger {
  return {
    info: () => undefined,
    warn: (m) => io.err(`WARN: ${m}`),
    debug: () => undefined,
    group: (_name, fn) => fn(),
  };
}

/** Applies one change online with the keys of `$DOCKER_CONFIG/trust`, as docker does. */
export async function applyChange(
  io: CliIO,
  reference: string,
  change: SignerChange
): Promise<ChangeResult> {
  const conn = connect(io, reference, {}, 'push,pull');
  try {
    return await changeSigner(conn.client, change, {
      keyring: trustDirKeyRing(io, dockerTrustDir(io.env)),
      now: new Date(),
      logger: quietLogger(io),
      // anchored on the root docker remembered for this GUN (#13), as
      // docker's own trust commands are
      ...rootTrust(io, {}, conn.ref.gun),
    });
  } finally {
    conn.close();
  }
}

/** docker's key and signer names ([C] cli/command/trust/key_generate.go validKeyName). */
export const DOCKER_NAME = /^[a-z0-9][a-z0-9_-]*$/;

/** docker's message for a bad key or signer name. */
export function badName(what: 'key' | 'signer', name: string): Error {
  return new Error(
    `${what} name "${name}" must start with lowercase alphanumeric characters and can include "-" or "_" after the first character`
  );
}

export { SignerRemovalError };
