import { contentSecurityPolicy } from './content-security-policy';

const connectSrc = (liveKitUrl?: string) =>
  contentSecurityPolicy({ nonce: 'abc', liveKitUrl })
    .split('; ')
    .find((directive) => directive.startsWith('connect-src'));

describe('contentSecurityPolicy', () => {
  it('allows a self-hosted LiveKit in the scheme pair it uses', () => {
    expect(connectSrc('ws://127.0.0.1:7880')).toBe("connect-src 'self' ws://127.0.0.1:7880 http://127.0.0.1:7880");
    expect(connectSrc('https://livekit.example.com')).toBe("connect-src 'self' wss://livekit.example.com https://livekit.example.com");
  });

  it("allows LiveKit Cloud's regional hosts", () => {
    expect(connectSrc('wss://amigo.livekit.cloud')).toBe(
      "connect-src 'self' wss://amigo.livekit.cloud https://amigo.livekit.cloud wss://*.livekit.cloud https://*.livekit.cloud",
    );
  });

  it('allows only this site without a usable LiveKit URL', () => {
    expect(connectSrc(undefined)).toBe("connect-src 'self'");
    expect(connectSrc('not a url')).toBe("connect-src 'self'");
  });

  it('runs only scripts carrying the nonce, and nothing from plugins, frames or foreign forms', () => {
    const policy = contentSecurityPolicy({ nonce: 'abc' });
    expect(policy).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).toContain("form-action 'self'");
    expect(policy).not.toMatch(/unsafe-eval/);
  });
});
