import { describe, expect, it } from 'vitest';
import { parseChallenges, type Challenge } from '../../../src/net/index.js';

describe('#parseChallenges', () => {
  const cases: { when: string; header: string; want: Challenge[] }[] = [
    {
      when: 'when given a Bearer challenge with realm, service and scope',
      header:
        'Bearer realm="https://auth.example.com/token",service="notary.example.com",scope="repository:example.com/acme/app:push,pull"',
      want: [
        {
          scheme: 'bearer',
          params: {
            realm: 'https://auth.example.com/token',
            service: 'notary.example.com',
            scope: 'repository:example.com/acme/app:push,pull',
          },
        },
      ],
    },
    {
      when: 'when the scope holds several records with commas and colons',
      header:
        'Bearer realm="https://a/t",scope="repository:x/y:pull,push repository:x/z:pull",error="insufficient_scope"',
      want: [
        {
          scheme: 'bearer',
          params: {
            realm: 'https://a/t',
            scope: 'repository:x/y:pull,push repository:x/z:pull',
            error: 'insufficient_scope',
          },
        },
      ],
    },
    {
      when: 'when given a Basic challenge',
      header: 'Basic realm="Registry Realm"',
      want: [{ scheme: 'basic', params: { realm: 'Registry Realm' } }],
    },
    {
      when: 'when one header holds several challenges',
      header:
        'Basic realm="proxy", Bearer realm="https://auth/token",service="svc"',
      want: [
        { scheme: 'basic', params: { realm: 'proxy' } },
        {
          scheme: 'bearer',
          params: { realm: 'https://auth/token', service: 'svc' },
        },
      ],
    },
    {
      when: 'when a quoted value has escaped quotes and backslashes',
      header: 'Bearer realm="say \\"hi\\", a\\\\b",service="s"',
      want: [
        { scheme: 'bearer', params: { realm: 'say "hi", a\\b', service: 's' } },
      ],
    },
    {
      when: 'when names are mixed case and values unquoted with spaces around =',
      header: 'BEARER Realm = https://auth/token , Service=svc',
      want: [
        {
          scheme: 'bearer',
          params: { realm: 'https://auth/token', service: 'svc' },
        },
      ],
    },
    {
      when: 'when the scheme has no parameters',
      header: 'Negotiate',
      want: [{ scheme: 'negotiate', params: {} }],
    },
    {
      when: 'when the header is empty',
      header: '',
      want: [],
    },
  ];

  for (const { when, header, want } of cases) {
    describe(when, () => {
      it('returns the challenges with lower-case schemes and parameter names', () => {
        expect(parseChallenges(header)).toEqual(want);
      });
    });
  }
});
