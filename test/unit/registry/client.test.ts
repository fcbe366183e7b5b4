import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { HTTPError } from '../../../src/net/index.js';
import {
  MANIFEST_MEDIA_TYPES,
  ManifestNotFoundError,
  RegistryClient,
  RegistryResponseError,
} from '../../../src/registry/index.js';
import { FakeTransport } from '../../helpers/fake-transport.js';

const BASE = 'https://registry.example.com';
const TAG_URL = `${BASE}/v2/acme/app/manifests/v1`;
const V2 = 'application/vnd.docker.distribution.manifest.v2+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const MANIFEST = Buffer.from(
  '{"schemaVersion":2,"mediaType":"application/vnd.docker.distribution.manifest.v2+json"}'
);
const DIGEST = `sha256:${createHash('sha256').update(MANIFEST).digest('hex')}`;
const OTHER = `sha256:${'f'.repeat(64)}`;

const headOk = (headers: Record<string, string>) => ({ status: 200, headers });

describe('RegistryClient', () => {
  describe('#resolve', () => {
    describe('when HEAD returns digest and length', () => {
      it('returns them without a GET', async () => {
        const inner = new FakeTransport().on(
          'HEAD',
          TAG_URL,
          headOk({
            'docker-content-digest': DIGEST,
            'content-length': '1234',
            'content-type': V2,
          })
        );
        const got = await new RegistryClient(`${BASE}/`, inner).resolve(
          'acme/app',
          'v1'
        );
        expect(got).toEqual({ digest: DIGEST, size: 1234, mediaType: V2 });
        expect(inner.requests.map((r) => [r.method, r.url])).toEqual([
          ['HEAD', TAG_URL],
        ]);
      });

      it('returns after sending an Accept header listing the four manifest types', async () => {
        const inner = new FakeTransport().on(
          'HEAD',
          TAG_URL,
          headOk({
            'docker-content-digest': DIGEST,
            'content-length': '10',
            'content-type': `${OCI_INDEX}; charset=utf-8`,
          })
        );
        const got = await new RegistryClient(BASE, inner).resolve(
          'acme/app',
          'v1'
        );
        expect(got.mediaType).toBe(OCI_INDEX);
        const accept = inner.requests[0].headers.accept
          .split(',')
          .map((s) => s.trim());
        expect(accept.sort()).toEqual(
          [
            'application/vnd.docker.distribution.manifest.v2+json',
            'application/vnd.docker.distribution.manifest.list.v2+json',
            'application/vnd.oci.image.manifest.v1+json',
            'application/vnd.oci.image.index.v1+json',
          ].sort()
        );
        expect(MANIFEST_MEDIA_TYPES).toHaveLength(4);
      });
    });

    describe('when HEAD omits the digest', () => {
      it('returns the digest and size computed from a GET', async () => {
        const inner = new FakeTransport()
          .on(
            'HEAD',
            TAG_URL,
            headOk({
              'content-length': String(MANIFEST.length),
              'content-type': V2,
            })
          )
          .on('GET', TAG_URL, {
            status: 200,
            headers: { 'content-type': V2 },
            body: new Uint8Array(MANIFEST),
          });
        const got = await new RegistryClient(BASE, inner).resolve(
          'acme/app',
          'v1'
        );
        expect(got).toEqual({
          digest: DIGEST,
          size: MANIFEST.length,
          mediaType: V2,
        });
        expect(inner.requests.map((r) => r.method)).toEqual(['HEAD', 'GET']);
        expect(inner.requests[1].headers.accept).toContain(V2);
        expect(inner.requests[1].maxBytes).toBeGreaterThan(0);
      });
    });

    describe('when HEAD omits the length', () => {
      it('returns the size of the GET body', async () => {
        const inner = new FakeTransport()
          .on(
            'HEAD',
            TAG_URL,
            headOk({ 'docker-content-digest': DIGEST, 'content-type': V2 })
          )
          .on('GET', TAG_URL, {
            status: 200,
            headers: { 'content-type': V2, 'docker-content-digest': DIGEST },
            body: new Uint8Array(MANIFEST),
          });
        const got = await new RegistryClient(BASE, inner).resolve(
          'acme/app',
          'v1'
        );
        expect(got.size).toBe(MANIFEST.length);
        expect(inner.count('GET', TAG_URL)).toBe(1);
      });
    });

    describe('when the GET claims a digest the body does not hash to', () => {
      it('throws RegistryResponseError naming both digests', async () => {
        const inner = new FakeTransport()
          .on('HEAD', TAG_URL, headOk({ 'content-type': V2 }))
          .on('GET', TAG_URL, {
            status: 200,
            headers: { 'content-type': V2, 'docker-content-digest': OTHER },
            body: new Uint8Array(MANIFEST),
          });
        const err = await new RegistryClient(BASE, inner)
          .resolve('acme/app', 'v1')
          .catch((e: unknown) => e);
        expect(err).toBeInstanceOf(RegistryResponseError);
        expect((err as Error).message).toContain(OTHER);
        expect((err as Error).message).toContain(DIGEST);
      });
    });

    describe('when the tag is not in the registry', () => {
      it('throws ManifestNotFoundError saying to push it before signing', async () => {
        const inner = new FakeTransport().on('HEAD', TAG_URL, { status: 404 });
        const err = await new RegistryClient(BASE, inner)
          .resolve('acme/app', 'v1')
          .catch((e: unknown) => e);
        expect(err).toBeInstanceOf(ManifestNotFoundError);
        expect((err as Error).message).toContain('acme/app:v1');
        expect((err as Error).message).toContain('push it before signing');
      });
    });

    describe('when resolving by digest', () => {
      const byDigest = `${BASE}/v2/acme/app/manifests/${DIGEST}`;

      it('returns the descriptor when the registry answers that digest', async () => {
        const inner = new FakeTransport().on(
          'HEAD',
          byDigest,
          headOk({
            'docker-content-digest': DIGEST,
            'content-length': '99',
            'content-type': V2,
          })
        );
        expect(
          (await new RegistryClient(BASE, inner).resolve('acme/app', DIGEST))
            .digest
        ).toBe(DIGEST);
      });

      it('throws RegistryResponseError when HEAD answers another digest', async () => {
        const inner = new FakeTransport().on(
          'HEAD',
          byDigest,
          headOk({
            'docker-content-digest': OTHER,
            'content-length': '99',
            'content-type': V2,
          })
        );
        const err = await new RegistryClient(BASE, inner)
          .resolve('acme/app', DIGEST)
          .catch((e: unknown) => e);
        expect(err).toBeInstanceOf(RegistryResponseError);
        expect((err as Error).message).toContain(`acme/app@${DIGEST}`);
        expect((err as Error).message).toContain(OTHER);
      });

      it('throws RegistryResponseError when the GET body hashes to another digest', async () => {
        const url = `${BASE}/v2/acme/app/manifests/${OTHER}`;
        const inner = new FakeTransport()
          .on('HEAD', url, headOk({ 'content-type': V2 }))
          .on('GET', url, {
            status: 200,
            headers: { 'content-type': V2 },
            body: new Uint8Array(MANIFEST),
          });
        await expect(
          new RegistryClient(BASE, inner).resolve('acme/app', OTHER)
        ).rejects.toThrow(RegistryResponseError);
      });

      it('throws ManifestNotFoundError written with @ when missing', async () => {
        const inner = new FakeTransport().on('HEAD', byDigest, { status: 404 });
        await expect(
          new RegistryClient(BASE, inner).resolve('acme/app', DIGEST)
        ).rejects.toThrow(`acme/app@${DIGEST} is not in the registry`);
      });
    });

    describe('when the manifest has an unsupported media type', () => {
      it('throws RegistryResponseError naming the type', async () => {
        const schema1 =
          'application/vnd.docker.distribution.manifest.v1+prettyjws';
        const inner = new FakeTransport().on(
          'HEAD',
          TAG_URL,
          headOk({
            'docker-content-digest': DIGEST,
            'content-length': '50',
            'content-type': schema1,
          })
        );
        const err = await new RegistryClient(BASE, inner)
          .resolve('acme/app', 'v1')
          .catch((e: unknown) => e);
        expect(err).toBeInstanceOf(RegistryResponseError);
        expect((err as Error).message).toContain(
          `unsupported manifest type "${schema1}"`
        );
      });
    });

    describe('when HEAD reports a non-sha256 digest', () => {
      it('throws RegistryResponseError', async () => {
        const inner = new FakeTransport().on(
          'HEAD',
          TAG_URL,
          headOk({
            'docker-content-digest': `sha512:${'a'.repeat(128)}`,
            'content-length': '50',
            'content-type': V2,
          })
        );
        await expect(
          new RegistryClient(BASE, inner).resolve('acme/app', 'v1')
        ).rejects.toThrow('only sha256 can be signed');
      });
    });

    describe('when the registry answers 500', () => {
      it('throws HTTPError with the status', async () => {
        const inner = new FakeTransport().on('HEAD', TAG_URL, { status: 500 });
        const err = await new RegistryClient(BASE, inner)
          .resolve('acme/app', 'v1')
          .catch((e: unknown) => e);
        expect(err).toBeInstanceOf(HTTPError);
        expect(err).toMatchObject({ status: 500, method: 'HEAD' });
      });
    });
  });
});
