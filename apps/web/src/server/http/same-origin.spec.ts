import { isSameOrigin } from './same-origin';

const PUBLIC_ORIGIN = 'https://amigo.app';
const check = (headers: Record<string, string>, publicOrigin = PUBLIC_ORIGIN) =>
  isSameOrigin(new Headers(headers), publicOrigin);

describe('isSameOrigin', () => {
  it('accepts a same-origin browser request from the public origin', () => {
    expect(check({ host: 'amigo.app', origin: 'https://amigo.app', 'sec-fetch-site': 'same-origin' })).toBe(true);
  });

  it('accepts a matching Origin from a browser without Fetch Metadata, with an explicit port', () => {
    expect(check({ origin: 'http://localhost:3100' }, 'http://localhost:3100')).toBe(true);
  });

  it('accepts the public origin whatever internal Host the proxy forwards to', () => {
    expect(check({ host: '10.0.0.5:3000', origin: 'https://amigo.app' })).toBe(true);
  });

  it.each([
    ['another site', { host: 'amigo.app', origin: 'https://evil.example' }],
    ['another site that also sets Host to itself', { host: 'evil.example', origin: 'https://evil.example' }],
    ['another site that forges X-Forwarded-Host', { 'x-forwarded-host': 'evil.example', origin: 'https://evil.example' }],
    ['another scheme', { host: 'amigo.app', origin: 'http://amigo.app' }],
    ['another port', { host: 'amigo.app', origin: 'https://amigo.app:8443' }],
    ['a sibling subdomain', { origin: 'https://evil.amigo.app' }],
    ['a cross-site fetch', { origin: 'https://amigo.app', 'sec-fetch-site': 'cross-site' }],
    ['a same-site sibling', { origin: 'https://amigo.app', 'sec-fetch-site': 'same-site' }],
    ['no Origin', { host: 'amigo.app' }],
    ['an opaque Origin', { host: 'amigo.app', origin: 'null' }],
    ['a malformed Origin', { origin: 'not a url' }],
  ])('refuses %s', (_label, headers) => {
    expect(check(headers)).toBe(false);
  });
});
