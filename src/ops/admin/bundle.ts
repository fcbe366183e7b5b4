import { withContext } from '../../errors.js';
import { checkRootCertificate, verifySignature } from '../../keys/index.js';
import type { NotaryClient } from '../../notary/index.js';
import {
  base64ToBytes,
  bytesToBase64,
  parseTime,
  SignedMetadata,
  sha256Hex,
  verifyRepository,
  type RepositoryFiles,
  type TrustedRepository,
} from '../../tuf/index.js';
import { checkPinnedRoot, loadTrustedRepository } from '../load-trusted.js';
import type { Logger } from '../types.js';
import { applySignerChange, changeResult } from './apply-change.js';
import { BundleError } from './errors.js';
import { readBack, upload, type RootTrust } from './signer-change.js';
import type { ChangeResult, KeyRing, SignerChange } from './types.js';

/** Schema tag of a bundle file; bump on any incompatible change. */
export const BUNDLE_SCHEMA = 'dct-sign/bundle/v1';

/**
 * A repository's metadata carried to an offline machine and back: every file
 * as fetched (base64 of the exact bytes), and after a change, the signed new
 * role files to upload (`staged`). Holds nothing secret.
 */
export interface Bundle {
  schema: typeof BUNDLE_SCHEMA;
  server: string;
  gun: string;
  /** When it was fetched (RFC 3339); offline verification uses this clock. */
  fetchedAt: string;
  /** role name → base64 of the file: root, timestamp, snapshot, targets, targets/… */
  files: Record<string, string>;
  /** role name → base64 of the signed new file, in upload order. */
  staged?: Record<string, string>;
  /** The diff of the staged change, for the publisher to read. */
  changes?: string[];
  /**
   * The root key the fetch was pinned to (`--root-key-id`), if any: the
   * offline machine checks the bundle's root against it too.
   */
  rootKeyID?: string;
}

/**
 * Fetches and verifies the whole repository into a new bundle (online, no
 * keys), anchored as every command is: pin, remembered root (walked along the
 * rotation chain), or first use. The bundle carries the root it was verified
 * against (`files.root`) and the pin.
 */
export async function fetchBundle(
  client: NotaryClient,
  now: Date,
  trust: RootTrust = {}
): Promise<{ bundle: Bundle; repo: TrustedRepository }> {
  const { repo, files } = await loadTrustedRepository(client, {
    referenceTime: now,
    ...trust,
  });
  const encoded: Record<string, string> = {
    root: bytesToBase64(files.root),
    timestamp: bytesToBase64(files.timestamp),
    snapshot: bytesToBase64(files.snapshot),
    targets: bytesToBase64(files.targets),
  };
  for (const [role, bytes] of files.delegations ?? [])
    encoded[role] = bytesToBase64(bytes);
  const bundle: Bundle = {
    schema: BUNDLE_SCHEMA,
    server: client.serverUrl,
    gun: client.gun,
    fetchedAt: now.toISOString(),
    files: encoded,
    ...(trust.rootKeyID ? { rootKeyID: trust.rootKeyID } : {}),
  };
  return { bundle, repo };
}

/** Serializes a bundle (stable, readable JSON). */
export function encodeBundle(bundle: Bundle): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(bundle, null, 2)}\n`);
}

/** Parses and checks a bundle file's shape. */
export function parseBundle(bytes: Uint8Array): Bundle {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new BundleError(
      'the bundle is not JSON; make it with dct-sign fetch GUN --out FILE'
    );
  }
  const b = data as Partial<Bundle>;
  if (typeof b !== 'object' || b === null || b.schema !== BUNDLE_SCHEMA) {
    throw new BundleError(
      `the bundle is not a ${BUNDLE_SCHEMA} file; make it with dct-sign fetch GUN --out FILE`
    );
  }
  for (const field of ['server', 'gun', 'fetchedAt'] as const) {
    if (typeof b[field] !== 'string')
      throw new BundleError(`the bundle has no ${field}`);
  }
  if (b.rootKeyID !== undefined && typeof b.rootKeyID !== 'string')
    throw new BundleError("the bundle's rootKeyID is not a string");
  try {
    parseTime(b.fetchedAt!);
  } catch {
    throw new BundleError(
      `the bundle's fetchedAt "${b.fetchedAt}" is not an RFC 3339 time; make the bundle again with dct-sign fetch`
    );
  }
  for (const field of ['files', 'staged'] as const) {
    const map = b[field];
    if (map === undefined && field === 'staged') continue;
    if (typeof map !== 'object' || map === null)
      throw new BundleError(`the bundle has no ${field}`);
    for (const [role, value] of Object.entries(map)) {
      if (typeof value !== 'string' || !base64ToBytes(value))
        throw new BundleError(`the bundle's ${field}.${role} is not base64`);
    }
  }
  return b as Bundle;
}

/** The bundle's fetched files, in verifyRepository's shape. */
export function bundleFiles(bundle: Bundle): RepositoryFiles {
  const get = (role: string): Uint8Array => {
    const v = bundle.files[role];
    if (v === undefined)
      throw new BundleError(`the bundle has no ${role}.json`);
    return base64ToBytes(v)!;
  };
  const delegations = new Map<string, Uint8Array>();
  for (const role of Object.keys(bundle.files))
    if (role.startsWith('targets/')) delegations.set(role, get(role));
  return {
    root: get('root'),
    timestamp: get('timestamp'),
    snapshot: get('snapshot'),
    targets: get('targets'),
    delegations,
  };
}

/**
 * Verifies the bundle's files at its fetch time (no network, no clock skew
 * problem offline), against this machine's anchors: its remembered root of
 * the GUN (the bundle's root must be signed by it, [N] ValidateRoot) and the
 * pin, from `trust` or else the one recorded at fetch. A bundle is a file
 * anyone could have written: without an anchor it is trusted on first use.
 */
export function verifyBundle(
  bundle: Bundle,
  trust: RootTrust = {}
): TrustedRepository {
  const at = parseTime(bundle.fetchedAt);
  const files = bundleFiles(bundle);
  const repo = verifyFiles(files, bundle.gun, at, trust.trustedRoot);
  const pin = trust.rootKeyID ?? bundle.rootKeyID;
  if (pin) checkPinnedRoot(repo.root, pin, bundle.gun, at);
  trust.remember?.(files.root);
  return repo;
}

/**
 * Applies a signer change to a bundle with no network at all: verify it
 * offline, sign the new files with the key ring, and return the bundle with
 * them `staged` (targets first). A bundle can carry one staged change.
 */
export async function applyToBundle(
  bundle: Bundle,
  change: SignerChange,
  options: { keyring: KeyRing; now: Date; dryRun?: boolean } & RootTrust
): Promise<{ bundle: Bundle; result: ChangeResult }> {
  if (bundle.staged && Object.keys(bundle.staged).length > 0) {
    throw new BundleError(
      `the bundle for ${bundle.gun} already holds a staged change; publish it (dct-sign publish) and fetch again before the next change`
    );
  }
  const repo = verifyBundle(bundle, options);
  const applied = await applySignerChange(repo, change, options);
  const result = changeResult(bundle.gun, applied);
  if (options.dryRun) return { bundle, result };
  const staged: Record<string, string> = {};
  for (const u of applied.uploads) staged[u.role] = bytesToBase64(u.bytes);
  return { bundle: { ...bundle, staged, changes: applied.diff }, result };
}

/**
 * Uploads a bundle's staged files in one POST (online, no keys). Refuses when
 * the server's root, targets or any staged role differ from the fetched
 * ones: the staged files were made from a state that no longer exists.
 */
export async function publishBundle(
  client: NotaryClient,
  bundle: Bundle,
  options: { now: Date; logger: Logger; dryRun?: boolean } & RootTrust
): Promise<ChangeResult> {
  const staged = Object.entries(bundle.staged ?? {});
  if (staged.length === 0)
    throw new BundleError(
      `the bundle for ${bundle.gun} has nothing staged; run dct-sign signer add|remove|rotate ... --bundle FILE first`
    );
  const uploads = staged.map(([role, b64]) => {
    const bytes = base64ToBytes(b64)!;
    return SignedMetadata.parse(
      bytes,
      role === 'root' ? 'root' : 'targets',
      role
    );
  });
  for (const role of new Set(['root', 'targets', ...staged.map(([r]) => r)])) {
    const now = await client.getRole(role).catch((err: unknown) => {
      throw withContext(`fetching ${role} of ${bundle.gun}`, err);
    });
    const then = bundle.files[role];
    const same =
      now && then
        ? sha256Hex(now) === sha256Hex(base64ToBytes(then)!)
        : !now && !then;
    if (!same) {
      throw new BundleError(
        `${role} of ${bundle.gun} changed on the server since the bundle was fetched (${bundle.fetchedAt}); nothing was published: run dct-sign fetch again and redo the change on the new bundle`
      );
    }
  }
  const result: ChangeResult = {
    gun: bundle.gun,
    initialised: false,
    roles: uploads.map((u) => ({ role: u.role, version: u.signed.version })),
    diff: bundle.changes ?? [],
    warnings: [],
    published: false,
  };
  if (options.dryRun) return result;
  await upload(client, uploads);
  await readBack(client, uploads, options);
  options.logger.info(
    `published ${result.roles.map((r) => `${r.role} v${r.version}`).join(', ')} for ${bundle.gun}`
  );
  return { ...result, published: true };
}

function verifyFiles(
  files: RepositoryFiles,
  gun: string,
  at: Date,
  trustedRoot?: Uint8Array
): TrustedRepository {
  return verifyRepository(files, {
    gun,
    referenceTime: at,
    verifier: verifySignature,
    checkRootKey: checkRootCertificate,
    trustedRoot,
  });
}
