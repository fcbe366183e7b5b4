import * as core from '@actions/core';
import { UsageError } from '../errors.js';
import { parseRootPin } from '../ops/index.js';

/** Every input of action.yml, parsed; a test keeps this list equal to action.yml. */
export interface Inputs {
  tags: string[];
  digest?: string;
  delegationKey: string;
  delegationPassphrase?: string;
  signer?: string;
  roles?: string[];
  trustServer?: string;
  trustServerCA?: string;
  registryUrl?: string;
  username?: string;
  password?: string;
  rootKeyID?: string;
  expiryWarnDays: number;
  timeoutSeconds: number;
  dryRun: boolean;
}

/** The input names this module reads, in action.yml's order. */
export const INPUT_NAMES = [
  'tags',
  'digest',
  'delegation-key',
  'delegation-passphrase',
  'signer',
  'roles',
  'trust-server',
  'trust-server-ca',
  'registry-url',
  'username',
  'password',
  'root-key-id',
  'expiry-warn-days',
  'timeout-seconds',
  'dry-run',
] as const;

/** Splits a newline- or comma-separated list, as docker/metadata-action writes it. */
export function splitList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('#'));
}

const optional = (name: string): string | undefined =>
  core.getInput(name) || undefined;

/**
 * Reads and checks the inputs. Secrets are masked the moment they are read
 * (setSecret masks only later output; actions/toolkit core.ts), including the
 * base64 form and each line of a PEM.
 */
export function getInputs(): Inputs {
  const delegationKey = core.getInput('delegation-key', { required: true });
  maskSecret(delegationKey);
  const delegationPassphrase = optional('delegation-passphrase');
  if (delegationPassphrase) core.setSecret(delegationPassphrase);
  const password = optional('password');
  if (password) core.setSecret(password);

  const tags = splitList(core.getInput('tags', { required: true }));
  if (tags.length === 0)
    throw new UsageError(
      'tags: no image reference given; pass e.g. registry.example.com/acme/app:v1'
    );

  const digest = optional('digest');
  if (digest !== undefined && !/^sha256:[a-f0-9]{64}$/.test(digest)) {
    throw new UsageError(
      `digest: "${digest}" is not a manifest digest; pass sha256:<64 lower-case hex digits>`
    );
  }
  const warnDaysText = core.getInput('expiry-warn-days') || '30';
  const expiryWarnDays = Number(warnDaysText);
  if (!Number.isInteger(expiryWarnDays) || expiryWarnDays < 0) {
    throw new UsageError(
      `expiry-warn-days: "${warnDaysText}" is not a whole number of days`
    );
  }
  const timeoutText = core.getInput('timeout-seconds') || '30';
  const timeoutSeconds = Number(timeoutText);
  if (
    !Number.isFinite(timeoutSeconds) ||
    timeoutSeconds <= 0 ||
    timeoutSeconds > 3600
  ) {
    throw new UsageError(
      `timeout-seconds: "${timeoutText}" is not a number of seconds between 0 and 3600`
    );
  }
  const rolesText = optional('roles');
  return {
    tags,
    digest,
    delegationKey,
    delegationPassphrase,
    signer: optional('signer'),
    roles: rolesText ? splitList(rolesText) : undefined,
    trustServer: httpURL('trust-server', 'https://notary.example.com'),
    trustServerCA: optional('trust-server-ca'),
    registryUrl: httpURL('registry-url', 'https://registry.example.com'),
    username: optional('username'),
    password,
    rootKeyID: rootPin(),
    expiryWarnDays,
    timeoutSeconds,
    dryRun: parseBoolean('dry-run'),
  };
}

/** `root-key-id`: a full key ID, checked before anything connects. */
function rootPin(): string | undefined {
  const text = optional('root-key-id');
  return text === undefined ? undefined : parseRootPin(text);
}

/** An optional http(s) URL input, checked before anything connects. */
function httpURL(name: string, example: string): string | undefined {
  const text = optional(name);
  if (text === undefined) return undefined;
  if (!URL.canParse(text) || !/^https?:$/.test(new URL(text).protocol)) {
    throw new UsageError(
      `${name}: "${text}" is not an http(s) URL; pass e.g. ${example}`
    );
  }
  return text;
}

function parseBoolean(name: string): boolean {
  const text = (core.getInput(name) || 'false').trim().toLowerCase();
  if (['true', 'yes', '1'].includes(text)) return true;
  if (['false', 'no', '0', ''].includes(text)) return false;
  throw new UsageError(`${name}: "${text}" is not true or false`);
}

/** Masks a multi-line secret: the whole, each line, and its base64 decoding. */
function maskSecret(value: string): void {
  core.setSecret(value);
  for (const line of value.split(/\r?\n/))
    if (line.trim().length >= 8) core.setSecret(line.trim());
  const compact = value.replace(/\s+/g, '');
  if (/^[A-Za-z0-9+/]+=*$/.test(compact) && compact.length > 40) {
    const decoded = Buffer.from(compact, 'base64').toString('utf8');
    if (decoded.includes('-----BEGIN')) maskSecret(decoded);
  }
}
