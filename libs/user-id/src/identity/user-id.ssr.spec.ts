/**
 * @jest-environment node
 */
import { getUserId, resetUserId } from './user-id.js';

describe('getUserId during server rendering', () => {
  it('runs without window', () => {
    expect(typeof window).toBe('undefined');
  });

  it('returns a throwaway UUID that is never reused', () => {
    const first = getUserId();
    const second = getUserId();
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(second).not.toBe(first);
  });

  it('resets without throwing', () => {
    expect(() => resetUserId()).not.toThrow();
  });
});
