import { isSameOrigin } from './same-origin';

const check = (headers: Record<string, string>) => isSameOrigin(new Headers(headers));

describe('isSameOrigin', () => {
  it('accepts a same-origin browser request', () => {
    expect(check({ host: 'amigo.app', origin: 'https://amigo.app', 'sec-fetch-site': 'same-origin' })).toBe(true);
  });

  it('accepts a matching Origin from a browser without Fetch Metadata', () => {
    expect(check({ host: 'localhost:3100', origin: 'http://localhost:3100' })).toBe(true);
  });

  it('compares with the forwarded host behind a proxy', () => {
    expect(check({ host: '10.0.0.5:3000', 'x-forwarded-host': 'amigo.app', origin: 'https://amigo.app' })).toBe(true);
  });

  it.each([
    ['another site', { host: 'amigo.app', origin: 'https://evil.example' }],
    ['another port', { host: 'amigo.app', origin: 'https://amigo.app:8443' }],
    ['a cross-site fetch', { host: 'amigo.app', origin: 'https://amigo.app', 'sec-fetch-site': 'cross-site' }],
    ['a same-site sibling', { host: 'amigo.app', origin: 'https://amigo.app', 'sec-fetch-site': 'same-site' }],
    ['no Origin', { host: 'amigo.app' }],
    ['an opaque Origin', { host: 'amigo.app', origin: 'null' }],
  ])('refuses %s', (_label, headers) => {
    expect(check(headers)).toBe(false);
  });
});
