import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import {
  defaultRegistryUrl,
  defaultTrustServer,
  parseImageReference,
  type ImageReference,
} from '../../../src/registry/index.js';

const D = `sha256:${'0123456789abcdef'.repeat(4)}`;

describe('#parseImageReference', () => {
  const valid: [string, Omit<ImageReference, 'gun'> & { gun: string }][] = [
    [
      'alpine',
      {
        domain: 'docker.io',
        path: 'library/alpine',
        tag: undefined,
        digest: undefined,
        gun: 'docker.io/library/alpine',
      },
    ],
    [
      'alpine:3.20',
      {
        domain: 'docker.io',
        path: 'library/alpine',
        tag: '3.20',
        digest: undefined,
        gun: 'docker.io/library/alpine',
      },
    ],
    [
      'library/alpine:latest',
      {
        domain: 'docker.io',
        path: 'library/alpine',
        tag: 'latest',
        digest: undefined,
        gun: 'docker.io/library/alpine',
      },
    ],
    [
      'acme/app:v1',
      {
        domain: 'docker.io',
        path: 'acme/app',
        tag: 'v1',
        digest: undefined,
        gun: 'docker.io/acme/app',
      },
    ],
    [
      'docker.io/alpine',
      {
        domain: 'docker.io',
        path: 'library/alpine',
        tag: undefined,
        digest: undefined,
        gun: 'docker.io/library/alpine',
      },
    ],
    [
      'docker.io/acme/app:v1',
      {
        domain: 'docker.io',
        path: 'acme/app',
        tag: 'v1',
        digest: undefined,
        gun: 'docker.io/acme/app',
      },
    ],
    [
      'index.docker.io/acme/app',
      {
        domain: 'docker.io',
        path: 'acme/app',
        tag: undefined,
        digest: undefined,
        gun: 'docker.io/acme/app',
      },
    ],
    [
      'registry-1.docker.io/nginx',
      {
        domain: 'docker.io',
        path: 'library/nginx',
        tag: undefined,
        digest: undefined,
        gun: 'docker.io/library/nginx',
      },
    ],
    [
      'registry.example.com/acme/app:1.0.0',
      {
        domain: 'registry.example.com',
        path: 'acme/app',
        tag: '1.0.0',
        digest: undefined,
        gun: 'registry.example.com/acme/app',
      },
    ],
    [
      'registry.example.com:5000/team/sub/app:v2',
      {
        domain: 'registry.example.com:5000',
        path: 'team/sub/app',
        tag: 'v2',
        digest: undefined,
        gun: 'registry.example.com:5000/team/sub/app',
      },
    ],
    [
      'registry.example.com/app',
      {
        domain: 'registry.example.com',
        path: 'app',
        tag: undefined,
        digest: undefined,
        gun: 'registry.example.com/app',
      },
    ],
    [
      'localhost/app:dev',
      {
        domain: 'localhost',
        path: 'app',
        tag: 'dev',
        digest: undefined,
        gun: 'localhost/app',
      },
    ],
    [
      'localhost:5000/acme/app',
      {
        domain: 'localhost:5000',
        path: 'acme/app',
        tag: undefined,
        digest: undefined,
        gun: 'localhost:5000/acme/app',
      },
    ],
    [
      '127.0.0.1:5000/app:v1',
      {
        domain: '127.0.0.1:5000',
        path: 'app',
        tag: 'v1',
        digest: undefined,
        gun: '127.0.0.1:5000/app',
      },
    ],
    [
      `acme/app@${D}`,
      {
        domain: 'docker.io',
        path: 'acme/app',
        tag: undefined,
        digest: D,
        gun: 'docker.io/acme/app',
      },
    ],
    [
      `localhost:5000/app:v1@${D}`,
      {
        domain: 'localhost:5000',
        path: 'app',
        tag: 'v1',
        digest: D,
        gun: 'localhost:5000/app',
      },
    ],
    [
      'my-org/my_app.web__x:Tag_1.2-rc',
      {
        domain: 'docker.io',
        path: 'my-org/my_app.web__x',
        tag: 'Tag_1.2-rc',
        digest: undefined,
        gun: 'docker.io/my-org/my_app.web__x',
      },
    ],
    [
      '  acme/app:v1  ',
      {
        domain: 'docker.io',
        path: 'acme/app',
        tag: 'v1',
        digest: undefined,
        gun: 'docker.io/acme/app',
      },
    ],
    [
      'a---b/c:v',
      {
        domain: 'docker.io',
        path: 'a---b/c',
        tag: 'v',
        digest: undefined,
        gun: 'docker.io/a---b/c',
      },
    ],
  ];

  for (const [input, want] of valid) {
    describe(`when given ${JSON.stringify(input)}`, () => {
      it('returns domain, path, tag, digest and GUN', () => {
        expect(parseImageReference(input)).toEqual(want);
      });
    });
  }

  const invalid: [string, string][] = [
    ['', 'empty image reference'],
    ['   ', 'empty image reference'],
    ['Acme/App:v1', 'not a valid repository name component'],
    ['acme/App', '"App" is not a valid repository name component'],
    ['acme/app:', '"" is not a valid tag'],
    ['acme/app:-v1', '"-v1" is not a valid tag'],
    [`acme/app:${'t'.repeat(129)}`, 'is not a valid tag'],
    ['acme/app:v 1', 'is not a valid tag'],
    ['acme/app@sha256:abc', 'sha256:<64 hex digits>'],
    [`acme/app@sha512:${'a'.repeat(128)}`, 'sha256:<64 hex digits>'],
    [`acme/app@${D.toUpperCase()}`, 'sha256:<64 hex digits>'],
    ['acme//app', '"" is not a valid repository name component'],
    ['acme/app_', 'not a valid repository name component'],
    ['registry.example.com/', 'not a valid repository name component'],
  ];

  for (const [input, fragment] of invalid) {
    describe(`when given ${JSON.stringify(input)}`, () => {
      it('throws UsageError', () => {
        expect(() => parseImageReference(input)).toThrow(UsageError);
        expect(() => parseImageReference(input)).toThrow(fragment);
      });
    });
  }
});

describe('#defaultRegistryUrl', () => {
  for (const [domain, want] of [
    ['docker.io', 'https://registry-1.docker.io'],
    ['registry.example.com', 'https://registry.example.com'],
    ['registry.example.com:5000', 'https://registry.example.com:5000'],
    ['localhost:5000', 'http://localhost:5000'],
    ['localhost', 'http://localhost'],
    ['127.0.0.1:5000', 'http://127.0.0.1:5000'],
    ['localhost.example.com', 'https://localhost.example.com'],
  ] as const) {
    describe(`when given ${domain}`, () => {
      it(`returns ${want}`, () => {
        expect(defaultRegistryUrl(domain)).toBe(want);
      });
    });
  }
});

describe('#defaultTrustServer', () => {
  for (const [domain, want] of [
    ['docker.io', 'https://notary.docker.io'],
    ['registry.example.com', 'https://registry.example.com'],
    ['registry.example.com:4443', 'https://registry.example.com:4443'],
    ['localhost:5000', 'https://localhost:5000'],
  ] as const) {
    describe(`when given ${domain}`, () => {
      it(`returns ${want}`, () => {
        expect(defaultTrustServer(domain)).toBe(want);
      });
    });
  }
});
