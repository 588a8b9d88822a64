import { ConfigError } from '@amigo/config';
import { apiNotFound, jsonErrors, methodNotAllowed } from './api-route';

describe('JSON everywhere', () => {
  let error: jest.SpyInstance;
  beforeEach(() => (error = jest.spyOn(console, 'error').mockImplementation(() => undefined)));
  afterEach(() => jest.restoreAllMocks());

  const request = new Request('http://amigo.test/api/token', { method: 'POST' });

  it('turns anything a handler throws into a JSON 500 and logs only its class', async () => {
    const response = await jsonErrors('api/test', async () => {
      throw new TypeError('user 6f0c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f said something');
    })(request);
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: 'internal_error', message: expect.any(String) });
    expect(JSON.stringify(error.mock.calls)).not.toContain('6f0c1d2e');
    expect(JSON.stringify(error.mock.calls)).toContain('TypeError');
  });

  it('answers 503 for an invalid configuration and logs which variable is wrong', async () => {
    const response = await jsonErrors('api/test', async () => {
      throw new ConfigError('invalid_config', 'Invalid settings:\n  - AMIGO_PUBLIC_ORIGIN: Invalid URL');
    })(request);
    expect(response.status).toBe(503);
    expect((await response.json()).error).toBe('server_misconfigured');
    expect(JSON.stringify(error.mock.calls)).toContain('AMIGO_PUBLIC_ORIGIN');
  });

  it('answers an unsupported method with a JSON 405 naming the allowed ones', async () => {
    const response = await methodNotAllowed(['POST'])(request);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect((await response.json()).error).toBe('method_not_allowed');
  });

  it('answers an unknown API path with a JSON 404', async () => {
    const response = await apiNotFound();
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'not_found', message: expect.any(String) });
  });
});
