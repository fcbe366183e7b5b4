// registry/: image references and manifest digests from a distribution registry.
export {
  parseImageReference,
  defaultRegistryUrl,
  defaultTrustServer,
  DOCKER_HUB,
} from './reference.js';
export type { ImageReference } from './reference.js';
export {
  RegistryClient,
  ManifestNotFoundError,
  RegistryResponseError,
  MANIFEST_MEDIA_TYPES,
} from './client.js';
export type { ManifestDescriptor } from './client.js';
