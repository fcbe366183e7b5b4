// Push tiny images to a registry through the distribution HTTP API (no docker
// engine, no curl): blob POST + PUT, then manifest PUT. Used by push-image.mjs
// and imported by the e2e tests. Output is deterministic for a given content
// string, so the same call always yields the same digest.
//
// A DCT target records exactly what pushImage returns for the pushed tag:
// `size` (length) and the sha256 `digest` of the manifest bytes.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

export const MEDIA_TYPES = {
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  dockerLayer: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  ociLayer: 'application/vnd.oci.image.layer.v1.tar+gzip',
};

const ARCHES = ['amd64', 'arm64', 'ppc64le', 's390x'];

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** A one-file ustar archive (header + data padded to 512 + two zero blocks). */
function tarOneFile(name, data) {
  const header = Buffer.alloc(512);
  const field = (offset, length, value) =>
    header.write(value, offset, length, 'ascii');
  const octal = (offset, length, n) =>
    field(offset, length, n.toString(8).padStart(length - 1, '0') + '\0');
  field(0, 100, name);
  octal(100, 8, 0o644); // mode
  octal(108, 8, 0); // uid
  octal(116, 8, 0); // gid
  octal(124, 12, data.length);
  octal(136, 12, 0); // mtime: fixed, for reproducible digests
  field(156, 1, '0'); // regular file
  field(257, 6, 'ustar\0');
  field(263, 2, '00');
  // The checksum is computed with its own field read as eight spaces.
  field(148, 8, '        ');
  let sum = 0;
  for (const byte of header) sum += byte;
  field(148, 8, sum.toString(8).padStart(6, '0') + '\0 ');
  const padded = Buffer.alloc(Math.ceil(data.length / 512) * 512);
  data.copy(padded);
  return Buffer.concat([header, padded, Buffer.alloc(1024)]);
}

async function expectStatus(res, wanted, what) {
  if (res.status !== wanted) {
    const body = await res.text().catch(() => '');
    throw new Error(
      `registry: ${what}: expected HTTP ${wanted}, got ${res.status} ${body.slice(0, 300)}`
    );
  }
}

/** Monolithic blob upload: POST for an upload URL, then PUT the bytes with ?digest=. */
async function pushBlob(registryUrl, repo, bytes) {
  const digest = `sha256:${sha256(bytes)}`;
  const start = await fetch(`${registryUrl}/v2/${repo}/blobs/uploads/`, {
    method: 'POST',
  });
  await expectStatus(start, 202, `start blob upload to ${repo}`);
  // Location may be relative to the registry and may already hold a query.
  const location = new URL(start.headers.get('location') ?? '', registryUrl);
  location.searchParams.set('digest', digest);
  const put = await fetch(location, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/octet-stream' },
    body: bytes,
  });
  await expectStatus(put, 201, `upload blob ${digest} to ${repo}`);
  return { digest, size: bytes.length };
}

/** PUT manifest bytes under `reference` (a tag or their own digest). */
async function putManifest(registryUrl, repo, reference, built) {
  const res = await fetch(`${registryUrl}/v2/${repo}/manifests/${reference}`, {
    method: 'PUT',
    headers: { 'Content-Type': built.mediaType },
    body: built.bytes,
  });
  await expectStatus(res, 201, `put manifest ${repo}:${reference}`);
  // The registry must store our exact bytes; otherwise a signature over our
  // digest would point at nothing.
  const stored = res.headers.get('docker-content-digest');
  if (stored !== built.digest) {
    throw new Error(
      `registry: ${repo}:${reference} stored as ${stored}, expected ${built.digest}`
    );
  }
  return {
    digest: built.digest,
    size: built.bytes.length,
    mediaType: built.mediaType,
  };
}

/** Serialize a manifest once; digest and size are of exactly these bytes. */
function build(mediaType, manifest) {
  const bytes = Buffer.from(JSON.stringify(manifest));
  return { mediaType, bytes, digest: `sha256:${sha256(bytes)}` };
}

/** Push config + layer blobs and build one image manifest (docker or OCI). */
async function buildImage(registryUrl, repo, oci, content, arch) {
  const tar = tarOneFile('content.txt', Buffer.from(`${content}\n`));
  // gzipSync writes mtime 0 in the gzip header, so the digest is stable
  const layer = gzipSync(tar, { level: 9 });
  const config = Buffer.from(
    JSON.stringify({
      architecture: arch,
      os: 'linux',
      config: {},
      rootfs: { type: 'layers', diff_ids: [`sha256:${sha256(tar)}`] },
    })
  );
  const configDesc = await pushBlob(registryUrl, repo, config);
  const layerDesc = await pushBlob(registryUrl, repo, layer);
  const mediaType = oci ? MEDIA_TYPES.ociManifest : MEDIA_TYPES.dockerManifest;
  return build(mediaType, {
    schemaVersion: 2,
    mediaType,
    config: {
      mediaType: oci ? MEDIA_TYPES.ociConfig : MEDIA_TYPES.dockerConfig,
      ...configDesc,
    },
    layers: [
      {
        mediaType: oci ? MEDIA_TYPES.ociLayer : MEDIA_TYPES.dockerLayer,
        ...layerDesc,
      },
    ],
  });
}

/**
 * Push a tiny image and tag it.
 * kind: 'docker' (Docker v2 schema 2), 'oci' (OCI image manifest) or
 * 'oci-index' (an OCI index over `children` (1-4) OCI manifests, one per
 * architecture; the children are pushed first, by digest, because the
 * registry checks that an index's manifests exist).
 * Returns the tagged manifest's {digest, size, mediaType}, plus `children`
 * (their descriptors) for an index.
 */
export async function pushImage({
  registryUrl,
  repo,
  tag,
  kind = 'docker',
  content,
  children = 2,
}) {
  if (!registryUrl || !repo || !tag)
    throw new Error('pushImage: registryUrl, repo and tag are required');
  const base = (
    registryUrl.includes('://') ? registryUrl : `http://${registryUrl}`
  ).replace(/\/+$/, '');
  const text = content ?? `${repo}:${tag}`;
  if (kind === 'docker' || kind === 'oci') {
    const image = await buildImage(base, repo, kind === 'oci', text, 'amd64');
    return putManifest(base, repo, tag, image);
  }
  if (kind !== 'oci-index') throw new Error(`pushImage: unknown kind ${kind}`);
  if (!Number.isInteger(children) || children < 1 || children > ARCHES.length) {
    throw new Error(`pushImage: children must be 1..${ARCHES.length}`);
  }
  const descriptors = [];
  for (const arch of ARCHES.slice(0, children)) {
    const image = await buildImage(base, repo, true, `${text} ${arch}`, arch);
    // by digest: the child gets no tag of its own
    const desc = await putManifest(base, repo, image.digest, image);
    descriptors.push({
      ...desc,
      platform: { architecture: arch, os: 'linux' },
    });
  }
  const index = build(MEDIA_TYPES.ociIndex, {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociIndex,
    manifests: descriptors.map((d) => ({
      mediaType: d.mediaType,
      digest: d.digest,
      size: d.size,
      platform: d.platform,
    })),
  });
  return {
    ...(await putManifest(base, repo, tag, index)),
    children: descriptors,
  };
}
