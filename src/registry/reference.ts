import { UsageError } from '../errors.js';

/** Docker Hub's canonical domain, as docker/distribution reference normalizes it. */
export const DOCKER_HUB = 'docker.io';

/** A parsed image reference: `registry.example.com:5000/acme/app:v1`. */
export interface ImageReference {
  /** Registry host[:port] as written, `docker.io` for Hub. */
  domain: string;
  /** Repository path inside the registry (`library/alpine` for Hub's official images). */
  path: string;
  tag?: string;
  digest?: string;
  /** The notary GUN: `<domain>/<path>` ([C] cli/trust/trust.go). */
  gun: string;
}

// Grammar from docker/distribution reference/regexp.go (described, not copied).
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;

/**
 * Parses an image reference as docker does: a first component with `.` or `:`
 * or `localhost` is a registry; otherwise it is Docker Hub, and a one-part
 * name gets `library/`. Throws UsageError naming what is wrong.
 */
export function parseImageReference(input: string): ImageReference {
  const text = input.trim();
  if (text === '') throw new UsageError('empty image reference');
  let rest = text;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) {
      throw new UsageError(
        `${text}: the digest must be sha256:<64 hex digits>`
      );
    }
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag))
      throw new UsageError(`${text}: "${tag}" is not a valid tag`);
  }
  const parts = rest.split('/');
  let domain = DOCKER_HUB;
  if (parts.length > 1 && /[.:]|^localhost$/.test(parts[0]))
    domain = parts.shift()!;
  if (domain === 'index.docker.io' || domain === 'registry-1.docker.io')
    domain = DOCKER_HUB;
  if (domain === DOCKER_HUB && parts.length === 1) parts.unshift('library');
  for (const part of parts) {
    if (!COMPONENT.test(part)) {
      throw new UsageError(
        `${text}: "${part}" is not a valid repository name component (lower-case letters, digits, . _ -)`
      );
    }
  }
  const path = parts.join('/');
  return { domain, path, tag, digest, gun: `${domain}/${path}` };
}

/** The registry API base URL docker uses for a domain (Hub's API lives elsewhere). */
export function defaultRegistryUrl(domain: string): string {
  if (domain === DOCKER_HUB) return 'https://registry-1.docker.io';
  // docker treats loopback registries as insecure (plain HTTP allowed).
  const host = domain.replace(/:\d+$/, '');
  if (host === 'localhost' || /^127\./.test(host)) return `http://${domain}`;
  return `https://${domain}`;
}

/** The trust server docker picks: notary.docker.io for Hub, else the registry host ([C] trust.go Server). */
export function defaultTrustServer(domain: string): string {
  return domain === DOCKER_HUB
    ? 'https://notary.docker.io'
    : `https://${domain}`;
}
