import type { IncomingMessage } from 'node:http';
import { clientAddress, trustedProxies } from './client-address';

const request = (peer: string, forwardedFor?: string) =>
  ({
    socket: { remoteAddress: peer },
    connection: { remoteAddress: peer },
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
  }) as unknown as IncomingMessage;

describe('clientAddress', () => {
  it('ignores X-Forwarded-For from a client that is not a trusted proxy', () => {
    expect(clientAddress(request('198.51.100.9', '203.0.113.1'), trustedProxies([]))).toBe('198.51.100.9');
    expect(clientAddress(request('198.51.100.9', '203.0.113.1'), trustedProxies(['10.0.0.0/8']))).toBe('198.51.100.9');
  });

  it('takes the address a trusted proxy appended', () => {
    expect(clientAddress(request('10.0.0.2', '203.0.113.1'), trustedProxies(['10.0.0.0/8']))).toBe('203.0.113.1');
  });

  it('takes the right-most untrusted hop, so a client cannot choose its address by prepending entries', () => {
    const trust = trustedProxies(['10.0.0.0/8']);
    expect(clientAddress(request('10.0.0.2', '1.2.3.4, 203.0.113.1'), trust)).toBe('203.0.113.1');
    expect(clientAddress(request('10.0.0.2', '1.2.3.4, 203.0.113.1, 10.0.0.7'), trust)).toBe('203.0.113.1');
  });

  it('understands names such as loopback', () => {
    expect(clientAddress(request('127.0.0.1', '203.0.113.1'), trustedProxies(['loopback']))).toBe('203.0.113.1');
  });

  it('refuses an entry that is not an address, range or name', () => {
    expect(() => trustedProxies(['proxy.example'])).toThrow(TypeError);
  });
});
