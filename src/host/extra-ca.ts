import { readFileSync } from 'node:fs';

/**
 * The PEM text of NODE_EXTRA_CA_CERTS, which node adds to its default trust
 * store at start-up (a corporate, TLS-inspecting proxy's CA). A transport
 * that trusts a private CA next to the system roots must add it back itself.
 * A file that cannot be read is skipped: node has already warned about it.
 */
export function extraCAFromEnv(
  env: Readonly<Record<string, string | undefined>>
): string[] | undefined {
  const file = env.NODE_EXTRA_CA_CERTS;
  if (!file) return undefined;
  try {
    return [readFileSync(file, 'utf8')];
  } catch {
    return undefined;
  }
}
