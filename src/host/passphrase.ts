/**
 * Environment variables that may hold a key's passphrase, most specific first:
 * ours, then docker's (root vs repository: targets, snapshot and every
 * delegation key), then notary's per-role names (notary-protocol.md §6.4).
 */
export const PASSPHRASE_ENV = {
  ours: 'DCT_PASSPHRASE',
  dockerRoot: 'DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE',
  dockerRepository: 'DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE',
} as const;

/** The env names consulted for a key of `role` (`root`, `targets`, `ci`, `targets/releases`, …). */
export function passphraseEnvNames(role: string | undefined): string[] {
  const base =
    role === 'root' || role === 'targets' || role === 'snapshot'
      ? role
      : 'delegation';
  const docker =
    base === 'root'
      ? PASSPHRASE_ENV.dockerRoot
      : PASSPHRASE_ENV.dockerRepository;
  return [
    PASSPHRASE_ENV.ours,
    docker,
    `NOTARY_${base.toUpperCase()}_PASSPHRASE`,
  ];
}

/** The first passphrase set in `env` for a key of `role`, and where it came from. */
export function passphraseFor(
  role: string | undefined,
  env: Record<string, string | undefined>
): { passphrase: string; source: string } | undefined {
  for (const name of passphraseEnvNames(role)) {
    const value = env[name];
    if (value !== undefined && value !== '')
      return { passphrase: value, source: name };
  }
  return undefined;
}
