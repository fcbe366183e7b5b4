import { createHash } from 'node:crypto';
import { verifySignature } from '../keys/index.js';
import { base64ToBytes, bytesToBase64, type SigningKey } from '../tuf/index.js';

/** What an earlier run of this workflow trusted: the root and every role's version. */
export interface TrustState {
  root?: Uint8Array;
  versions?: Record<string, number>;
}

/** Where a state belongs: it is only ever accepted for the same GUN and server. */
export interface TrustStateScope {
  gun: string;
  server: string;
}

/**
 * Domain separation: the signed bytes start with this line, so they are never
 * JSON, and a signature over them can never pass for a TUF role signature
 * (those are over canonical JSON objects), nor the other way round.
 */
const CONTEXT = 'dct-sign trust-state v1\n';
const UTF8 = new TextEncoder();

/** The file the cache entry holds. */
export const STATE_FILE = 'trust-state.json';

/** Larger than any honest state (a root is a few KiB); read no further. */
export const MAX_STATE_BYTES = 1024 * 1024;

/**
 * Why a cache entry is not used. Thrown by {@link openTrustState} with a
 * one-line reason the caller puts into its warning.
 */
export class UntrustedStateError extends Error {
  override name = 'UntrustedStateError';
}

/** The bytes a state's signature covers: context, scope, root, versions, in a fixed order. */
function signedBytes(
  scope: TrustStateScope,
  root: string,
  versions: Record<string, number>
): Uint8Array {
  const sorted = Object.keys(versions)
    .sort()
    .map((role) => [role, versions[role]]);
  const body = JSON.stringify([scope.gun, scope.server, root, sorted]);
  return UTF8.encode(CONTEXT + body);
}

/**
 * Serialises and signs a verified state with the delegation key (issue 13,
 * finding 4): anyone who can write the workflow's cache scope can plant an
 * entry, but only the key holder can sign one.
 */
export async function sealTrustState(
  scope: TrustStateScope,
  root: Uint8Array,
  versions: Record<string, number>,
  key: SigningKey
): Promise<SealedTrustState> {
  const rootB64 = bytesToBase64(root);
  const signed = signedBytes(scope, rootB64, versions);
  const sig = await key.sign(signed);
  // ECDSA signatures are randomised: the id hashes what is signed, so one
  // state keeps one cache key however often it is saved.
  const id = createHash('sha256').update(signed).digest('hex').slice(0, 16);
  const text = JSON.stringify({
    format: 1,
    gun: scope.gun,
    server: scope.server,
    root: rootB64,
    versions,
    keyid: key.keyID,
    method: key.method,
    sig: bytesToBase64(sig),
  });
  return { text, id };
}

/** A signed state: the file's text and a short id of its content. */
export interface SealedTrustState {
  text: string;
  id: string;
}

/**
 * Parses a cache entry and checks that `key` signed it for this scope.
 * Throws {@link UntrustedStateError} for anything else: the caller ignores
 * the entry (with a warning) rather than trusting or failing on it.
 */
export function openTrustState(
  text: string,
  scope: TrustStateScope,
  key: SigningKey
): Required<TrustState> {
  const data = parseObject(text);
  if (data.format !== 1) throw new UntrustedStateError('unknown format');
  if (data.gun !== scope.gun || data.server !== scope.server) {
    throw new UntrustedStateError('saved for another repository or server');
  }
  if (data.keyid !== key.keyID || data.method !== key.method) {
    throw new UntrustedStateError(
      `not signed by the delegation key ${key.keyID.slice(0, 12)}`
    );
  }
  const root = typeof data.root === 'string' && base64ToBytes(data.root);
  const sig = typeof data.sig === 'string' && base64ToBytes(data.sig);
  const versions = parseVersions(data.versions);
  if (!root || !sig || !versions) throw new UntrustedStateError('malformed');
  const signed = signedBytes(scope, data.root as string, versions);
  if (!verifySignature(key.publicKey, key.method, signed, sig)) {
    throw new UntrustedStateError(
      `bad signature for the delegation key ${key.keyID.slice(0, 12)}`
    );
  }
  return { root, versions };
}

function parseObject(text: string): Record<string, unknown> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UntrustedStateError('not JSON');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new UntrustedStateError('not a JSON object');
  }
  return data as Record<string, unknown>;
}

function parseVersions(value: unknown): Record<string, number> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return undefined;
  const out: Record<string, number> = Object.create(null) as Record<
    string,
    number
  >;
  for (const [role, version] of Object.entries(value)) {
    if (!Number.isSafeInteger(version) || (version as number) < 1)
      return undefined;
    out[role] = version as number;
  }
  return out;
}

/**
 * The cache key prefix of one (server, GUN, delegation key): each key keeps
 * its own entries, so two jobs signing with different keys never present
 * each other's (to them unverifiable) entries.
 */
export function trustStateKeyPrefix(
  scope: TrustStateScope,
  keyID: string
): string {
  const id = createHash('sha256')
    .update(`${scope.server}\n${scope.gun}\n${keyID}`)
    .digest('hex')
    .slice(0, 32);
  return `dct-sign-trust-v2-${id}-`;
}
