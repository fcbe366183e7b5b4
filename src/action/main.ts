import * as core from '@actions/core';
import { UsageError, withContext } from '../errors.js';
import { oneLine } from '../one-line.js';
import {
  dockerCredentials,
  extraCAFromEnv,
  proxyFromEnv,
  proxySecrets,
} from '../host/index.js';
import {
  BadPassphraseError,
  KeyError,
  UnsupportedKeyError,
  decodeKeyInput,
  loadPrivateKeys,
  type PrivateKey,
} from '../keys/index.js';
import {
  createNodeTransport,
  withRetries,
  withTokenAuth,
} from '../net/index.js';
import { NotaryClient } from '../notary/index.js';
import {
  SYSTEM_CLOCK,
  signImages,
  type Logger,
  type SignImagesResult,
  type TagTarget,
} from '../ops/index.js';
import {
  RegistryClient,
  defaultRegistryUrl,
  defaultTrustServer,
  parseImageReference,
  type ImageReference,
} from '../registry/index.js';
import { restoreTrustState, saveTrustState } from './cache.js';
import { getInputs, type Inputs } from './inputs.js';
import { renderSummary, verifyCommands } from './summary.js';

const USER_AGENT = 'dct-sign-action';

/**
 * Longest wait for each Actions cache operation (or timeout-seconds if less):
 * a cache service that is down or slow costs this and a warning, never the
 * signing. @actions/cache alone would retry for ~25 s.
 */
const CACHE_TIME_BOX_SECONDS = 10;

/** Docker Hub's notary service ends on this date (docs.docker.com, "Content trust in Docker"). */
const HUB_NOTARY_SHUTDOWN = '2026-12-08';

/** Maps ops' logger onto the workflow log: groups per phase, warnings as annotations. */
const actionLogger: Logger = {
  info: (m) => core.info(m),
  warn: (m) => core.warning(m),
  debug: (m) => core.debug(m),
  group: (name, fn) => core.group(name, fn),
};

/**
 * The Action: inputs → one signImages() per GUN → outputs and job summary.
 * The single try/catch of the Action; any thrown value becomes one failure line.
 */
export async function run(): Promise<void> {
  try {
    const inputs = getInputs();
    const keys = await loadKeys(inputs);
    core.setOutput('key-id', keys[0].keyID);
    for (const key of keys) {
      core.info(
        `delegation key ${key.keyID} (${describeKey(key)}${key.role ? `, role ${key.role}` : ''})`
      );
    }

    const results: SignImagesResult[] = [];
    for (const [gun, refs] of groupByGun(inputs.tags)) {
      results.push(await signOneRepository(gun, refs, inputs, keys));
    }
    setOutputs(results);
    await writeSummary(results, inputs.dryRun);
  } catch (err) {
    core.setFailed(oneLine(err instanceof Error ? err.message : String(err)));
    if (err instanceof Error && err.stack) core.debug(err.stack);
  }
}

function describeKey(key: PrivateKey): string {
  return key.algorithm === 'rsa' ? `rsa ${key.bits}` : key.algorithm;
}

/**
 * Decrypts the key, or keys: a role with threshold > 1 needs as many, given
 * one after the other in `delegation-key`. Errors name the input to fix.
 */
async function loadKeys(inputs: Inputs): Promise<PrivateKey[]> {
  try {
    const pem = decodeKeyInput(inputs.delegationKey);
    return await loadPrivateKeys(pem, inputs.delegationPassphrase);
  } catch (err) {
    if (err instanceof BadPassphraseError)
      throw withContext('delegation-passphrase', err);
    if (err instanceof UnsupportedKeyError) {
      throw new UsageError(
        `delegation-key: ${err.message}; use an ECDSA P-256 key (docker trust key generate, dct-sign key generate), Ed25519, or RSA of at least 2048 bits`,
        { cause: err }
      );
    }
    if (err instanceof KeyError) {
      throw new UsageError(
        `delegation-key: the key is corrupted or incomplete (${err.message}); store the whole private key file (PEM, or base64 of it) in the secret`,
        { cause: err }
      );
    }
    throw err;
  }
}

/** Groups tag references by GUN: one atomic publish per repository. */
export function groupByGun(tags: string[]): Map<string, ImageReference[]> {
  const groups = new Map<string, ImageReference[]>();
  for (const text of tags) {
    const ref = parseImageReference(text);
    if (!ref.tag) {
      throw new UsageError(
        `tags: "${text}" has no tag; DCT signs tags (e.g. ${ref.gun}:v1)`
      );
    }
    const list = groups.get(ref.gun) ?? [];
    if (!list.some((r) => r.tag === ref.tag)) list.push(ref);
    groups.set(ref.gun, list);
  }
  return groups;
}

async function signOneRepository(
  gun: string,
  refs: ImageReference[],
  inputs: Inputs,
  keys: readonly PrivateKey[]
): Promise<SignImagesResult> {
  const key = keys[0];
  const { domain, path } = refs[0];
  const trustServer = (
    inputs.trustServer ?? defaultTrustServer(domain)
  ).replace(/\/+$/, '');
  if (trustServer.includes('notary.docker.io')) {
    core.warning(
      `Docker Hub's notary service shuts down on ${HUB_NOTARY_SHUTDOWN}; move ${gun} to a self-hosted notary-server (trust-server input)`
    );
  }
  const credentials =
    inputs.username !== undefined
      ? { username: inputs.username, password: inputs.password ?? '' }
      : dockerCredentials(domain, process.env);
  // The runner's proxy (self-hosted runners behind a corporate proxy); its
  // credentials are masked before anything could print them.
  const proxy = proxyFromEnv(process.env);
  for (const secret of proxySecrets(proxy)) core.setSecret(secret);
  const base = withRetries(
    createNodeTransport({
      ca: inputs.trustServerCA,
      caOrigin: trustServer,
      userAgent: USER_AGENT,
      timeoutMs: Math.round(inputs.timeoutSeconds * 1000),
      extraCA: extraCAFromEnv(process.env),
      proxy,
    }),
    {
      onRetry: (what, attempt, reason) =>
        core.info(`retrying ${what} (attempt ${attempt + 1}): ${reason}`),
    }
  );
  const onSecret = (s: string) => core.setSecret(s);
  const notaryTransport = withTokenAuth(base, {
    credentials,
    scopes: [`repository:${gun}:push,pull`],
    onSecret,
  });
  const registryTransport = withTokenAuth(base, {
    credentials,
    scopes: [`repository:${path}:pull`],
    onSecret,
  });

  try {
    // Started now and awaited inside signImages: the registry look-ups
    // overlap the trust-data fetch instead of preceding it (issue 7).
    const targets = resolveTargets(
      new RegistryClient(
        inputs.registryUrl ?? defaultRegistryUrl(domain),
        registryTransport
      ),
      refs,
      inputs.digest
    );
    const cacheOptions = {
      gun,
      server: trustServer,
      key: key.signer,
      timeoutMs: Math.min(inputs.timeoutSeconds, CACHE_TIME_BOX_SECONDS) * 1000,
    };
    const remembered = await restoreTrustState({
      ...cacheOptions,
      pinned: inputs.rootKeyID !== undefined,
    });
    const result = await signImages({
      gun,
      trustServer,
      notary: new NotaryClient({
        serverUrl: trustServer,
        gun,
        transport: notaryTransport,
      }),
      key: key.signer,
      extraKeys: keys.slice(1).map((k) => k.signer),
      signerName: inputs.signer ?? key.role,
      roles: inputs.roles,
      targets,
      rootKeyID: inputs.rootKeyID,
      trustedRoot: remembered.root,
      previousVersions: remembered.versions,
      expiryWarnDays: inputs.expiryWarnDays,
      dryRun: inputs.dryRun,
      logger: actionLogger,
      clock: SYSTEM_CLOCK,
    });
    if (!inputs.dryRun)
      await saveTrustState(cacheOptions, result.rootBytes, result.versions);
    core.info(`${gun}: ${base.requestCount ?? '?'} HTTP requests`);
    return result;
  } finally {
    base.close?.();
  }
}

async function resolveTargets(
  registry: RegistryClient,
  refs: ImageReference[],
  digest: string | undefined
): Promise<TagTarget[]> {
  if (digest) {
    const d = await registry.resolve(refs[0].path, digest);
    core.info(`${digest}: ${d.size} bytes (${d.mediaType})`);
    return refs.map((r) => ({ tag: r.tag!, digest: d.digest, size: d.size }));
  }
  core.warning(
    "no digest input: signing what each tag points to in the registry now; pass build-push-action's digest output to sign exactly what you built"
  );
  return Promise.all(
    refs.map(async (r) => {
      const d = await registry.resolve(r.path, r.tag!);
      core.info(
        `${r.gun}:${r.tag} → ${d.digest} (${d.size} bytes, ${d.mediaType})`
      );
      return { tag: r.tag!, digest: d.digest, size: d.size };
    })
  );
}

function setOutputs(results: SignImagesResult[]): void {
  const first = results[0]?.targets[0];
  if (first) {
    core.setOutput('digest', first.digest);
    core.setOutput('size', String(first.size));
  }
  core.setOutput(
    'roles',
    [...new Set(results.flatMap((r) => r.roles.map((u) => u.role)))].join(',')
  );
  const signed = results.flatMap((r) =>
    r.targets.map((t) => ({
      gun: r.gun,
      tag: t.tag,
      digest: t.digest,
      size: t.size,
      roles: r.roles.map((u) => u.role),
      versions: Object.fromEntries(r.roles.map((u) => [u.role, u.version])),
    }))
  );
  core.setOutput('signed', JSON.stringify(signed));
  core.setOutput('verify-commands', verifyCommands(results).join('\n'));
}

async function writeSummary(
  results: SignImagesResult[],
  dryRun: boolean
): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(renderSummary(results, dryRun)).write();
}
