import { createPrivateKey, verify } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadPrivateKey } from '../../../src/keys/index.js';

/** A secret to look for, with a label for the failure message (never the value). */
export interface Secret {
  label: string;
  value: string;
}

/** Where a secret turned up. */
export interface SecretHit {
  label: string;
  source: string;
}

/** The JWT shape (header.payload.signature, base64url); bearer tokens look like this. */
export const JWT_PATTERN = /eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/g;

/** Everything that could leak a key: passphrase, PEM text and lines, raw scalar. */
export interface KeySecrets {
  secrets: Secret[];
  /** the raw private scalar, for byte-level search of binary files */
  scalar: Buffer;
}

/**
 * Decrypts `pem` (as docker/notary wrote it, with `role:` headers) and lists
 * every form of it that must never appear in a log or file: the passphrase,
 * the whole PEM, each base64 body line, and the private scalar in hex,
 * base64 and base64url. The key is decrypted twice: with our loader (which
 * must accept it) and with node:crypto (which exports the scalar).
 */
export async function keySecrets(
  pem: string,
  passphrase: string
): Promise<KeySecrets> {
  // node's PEM reader does not take RFC 1421 headers such as `role: ci`
  const bare = pem
    .split('\n')
    .filter((l) => !/^[A-Za-z-]+: /.test(l))
    .join('\n');
  const nodeKey = createPrivateKey({ key: bare, format: 'pem', passphrase });
  const jwk = nodeKey.export({ format: 'jwk' });
  if (!jwk.d) throw new Error('no private scalar in the exported JWK');
  // our loader decrypts the same key: what it signs, node's key verifies
  const ours = await loadPrivateKey(pem, passphrase);
  const probe = Buffer.from('dct-sign e2e secret scan probe');
  const sig = await ours.signer.sign(probe);
  const ok =
    jwk.kty === 'EC'
      ? verify(
          'sha256',
          probe,
          { key: nodeKey, dsaEncoding: 'ieee-p1363' },
          sig
        )
      : verify(null, probe, nodeKey, sig);
  if (!ok) throw new Error('node:crypto and src/keys decrypted different keys');
  const scalar = Buffer.from(jwk.d, 'base64url');
  const bodyLines = pem
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /^[A-Za-z0-9+/=]{16,}$/.test(l));
  if (bodyLines.length < 2) throw new Error('PEM has no base64 body lines');
  return {
    scalar,
    secrets: [
      { label: 'passphrase', value: passphrase },
      { label: 'PEM text', value: pem.trim() },
      ...bodyLines.map((value, i) => ({
        label: `PEM body line ${i + 1}`,
        value,
      })),
      { label: 'private scalar (hex)', value: scalar.toString('hex') },
      {
        label: 'private scalar (HEX)',
        value: scalar.toString('hex').toUpperCase(),
      },
      { label: 'private scalar (base64)', value: scalar.toString('base64') },
      { label: 'private scalar (base64url)', value: jwk.d },
    ],
  };
}

/** The password, and the HTTP Basic credential made from it. */
export function credentialSecrets(user: string, password: string): Secret[] {
  return [
    { label: 'password', value: password },
    {
      label: 'Basic credentials',
      value: Buffer.from(`${user}:${password}`).toString('base64'),
    },
  ];
}

/** Every secret (and every JWT-shaped string) found in `text`. */
export function scanText(
  source: string,
  text: string,
  secrets: readonly Secret[]
): SecretHit[] {
  const hits: SecretHit[] = [];
  for (const s of secrets) {
    if (text.includes(s.value)) hits.push({ label: s.label, source });
  }
  for (const m of text.matchAll(JWT_PATTERN)) {
    hits.push({ label: `JWT ${m[0].slice(0, 12)}…`, source });
  }
  return hits;
}

/** Every file below `dir`, recursively (symlinks not followed). */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path));
    else if (entry.isFile() || statSync(path).isFile()) out.push(path);
  }
  return out;
}

/**
 * Scans every file below `dir` as text for `secrets` and JWTs, and as bytes
 * for the raw scalar and for unencrypted private-key PEM labels.
 */
export function scanFiles(
  dir: string,
  secrets: readonly Secret[],
  scalar?: Buffer
): { files: string[]; hits: SecretHit[] } {
  const files = filesUnder(dir);
  const hits: SecretHit[] = [];
  for (const file of files) {
    const bytes = readFileSync(file);
    const source = file.slice(dir.length + 1);
    hits.push(...scanText(source, bytes.toString('utf8'), secrets));
    if (scalar && bytes.includes(scalar))
      hits.push({ label: 'private scalar (raw bytes)', source });
    const unencrypted = /-----BEGIN (EC |RSA |ED25519 )?PRIVATE KEY-----/.exec(
      bytes.toString('latin1')
    );
    if (unencrypted)
      hits.push({ label: `unencrypted PEM (${unencrypted[0]})`, source });
  }
  return { files, hits };
}
