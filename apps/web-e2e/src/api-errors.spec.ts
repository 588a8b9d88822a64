import { expect, test } from '@playwright/test';

test('every API error is JSON: unknown paths, unsupported methods', async ({ request }) => {
  const cases = [
    { method: 'GET', path: '/api/token', status: 405, error: 'method_not_allowed' },
    { method: 'PUT', path: '/api/token', status: 405, error: 'method_not_allowed' },
    { method: 'GET', path: '/api/profile', status: 405, error: 'method_not_allowed' },
    { method: 'POST', path: '/api/profile', status: 405, error: 'method_not_allowed' },
    { method: 'GET', path: '/api/nothing-here', status: 404, error: 'not_found' },
    { method: 'DELETE', path: '/api/token/deeper', status: 404, error: 'not_found' },
  ];
  for (const { method, path, status, error } of cases) {
    const response = await request.fetch(path, { method });
    expect(response.status(), `${method} ${path}`).toBe(status);
    expect(response.headers()['content-type'], `${method} ${path}`).toMatch(/^application\/json/);
    expect((await response.json()).error, `${method} ${path}`).toBe(error);
  }
});
