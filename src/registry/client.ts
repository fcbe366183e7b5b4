import { SignerError } from '../errors.js';
import { HTTPError, type HttpResponse, type Transport } from '../net/index.js';
import { sha256Hex } from '../tuf/index.js';

/** The manifest kinds a DCT target may point at (issue 3: v2, list, OCI manifest and index). */
export const MANIFEST_MEDIA_TYPES = [
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.oci.image.index.v1+json',
] as const;

/** What a DCT target records for a tag: the manifest digest and byte size (notary-protocol.md §3.4). */
export interface ManifestDescriptor {
  digest: string;
  size: number;
  mediaType: string;
}

/** The tag or digest is not in the registry. */
export class ManifestNotFoundError extends SignerError {}

/** The registry's answer contradicts itself or what we asked for. */
export class RegistryResponseError extends SignerError {}

const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

/**
 * Reads manifest digests and sizes from a registry (distribution API v2),
 * never pulling an image: HEAD first, GET only when HEAD omits the digest or
 * the length, and then the bytes are hashed here.
 */
export class RegistryClient {
  private readonly baseUrl: string;

  constructor(
    baseUrl: string,
    private readonly transport: Transport
  ) {
    this.baseUrl = baseUrl.replace(/\/+$/, '');
  }

  /** Resolves `reference` (a tag, or `sha256:…`) in repository `path`. */
  async resolve(path: string, reference: string): Promise<ManifestDescriptor> {
    const url = `${this.baseUrl}/v2/${path}/manifests/${reference}`;
    const headers = { accept: MANIFEST_MEDIA_TYPES.join(', ') };
    const head = await this.transport.request({ method: 'HEAD', url, headers });
    this.check(head, 'HEAD', path, reference);
    const digest = head.headers['docker-content-digest'];
    const length = Number(head.headers['content-length'] ?? NaN);
    const mediaType = (head.headers['content-type'] ?? '').split(';')[0].trim();
    if (digest && Number.isSafeInteger(length) && length > 0) {
      return this.verified(path, reference, {
        digest,
        size: length,
        mediaType,
      });
    }
    const get = await this.transport.request({
      method: 'GET',
      url,
      headers,
      maxBytes: MAX_MANIFEST_BYTES,
    });
    this.check(get, 'GET', path, reference);
    const computed = `sha256:${sha256Hex(get.body)}`;
    const claimed = get.headers['docker-content-digest'];
    if (claimed && claimed !== computed) {
      throw new RegistryResponseError(
        `${path}:${reference}: the registry says digest ${claimed} but the manifest hashes to ${computed}`
      );
    }
    return this.verified(path, reference, {
      digest: computed,
      size: get.body.length,
      mediaType: (get.headers['content-type'] ?? mediaType)
        .split(';')[0]
        .trim(),
    });
  }

  private verified(
    path: string,
    reference: string,
    d: ManifestDescriptor
  ): ManifestDescriptor {
    if (!/^sha256:[a-f0-9]{64}$/.test(d.digest)) {
      throw new RegistryResponseError(
        `${path}:${reference}: unsupported digest ${d.digest} (only sha256 can be signed)`
      );
    }
    if (reference.startsWith('sha256:') && d.digest !== reference) {
      throw new RegistryResponseError(
        `${path}@${reference}: the registry answered with digest ${d.digest}`
      );
    }
    if (!(MANIFEST_MEDIA_TYPES as readonly string[]).includes(d.mediaType)) {
      throw new RegistryResponseError(
        `${path}:${reference}: unsupported manifest type "${d.mediaType}"`
      );
    }
    return d;
  }

  private check(
    res: HttpResponse,
    method: string,
    path: string,
    reference: string
  ): void {
    if (res.status === 200) return;
    const sep = reference.startsWith('sha256:') ? '@' : ':';
    if (res.status === 404) {
      throw new ManifestNotFoundError(
        `${path}${sep}${reference} is not in the registry ${this.baseUrl}; push it before signing`
      );
    }
    throw new HTTPError(
      res.status,
      method,
      `${this.baseUrl}/v2/${path}/manifests/${reference}`,
      undefined,
      'registry request failed',
      undefined
    );
  }
}
