// Types for registry-push.mjs, so the TypeScript e2e tests can import it.

/** Which manifest to push: Docker v2 schema 2, OCI image manifest, or OCI index. */
export type ImageKind = 'docker' | 'oci' | 'oci-index';

export interface PushImageOptions {
  /** e.g. http://127.0.0.1:PORT (sandbox.json registryUrl); a bare host:port means http */
  registryUrl: string;
  /** repository path in the registry, without the host: e2e/abc */
  repo: string;
  tag: string;
  /** default 'docker' */
  kind?: ImageKind;
  /** file content of the single layer; default `${repo}:${tag}`; same content, same digest */
  content?: string;
  /** for 'oci-index': how many child manifests (1..4, one per architecture); default 2 */
  children?: number;
}

export interface ManifestDescriptor {
  /** sha256:<hex> of the exact manifest bytes stored in the registry */
  digest: string;
  /** length of those bytes */
  size: number;
  mediaType: string;
}

export interface PushedImage extends ManifestDescriptor {
  /** only for 'oci-index': the child manifests, in index order */
  children?: (ManifestDescriptor & {
    platform: { architecture: string; os: string };
  })[];
}

export declare const MEDIA_TYPES: Readonly<Record<string, string>>;

/** Push a tiny one-layer image (or index) and tag it; returns the tagged manifest. */
export declare function pushImage(
  options: PushImageOptions
): Promise<PushedImage>;
