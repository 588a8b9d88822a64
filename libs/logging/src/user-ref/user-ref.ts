import { createHmac, randomBytes } from 'node:crypto';

/**
 * Turns a user id into the short reference logs carry to correlate one person's lines. Keyed (HMAC-SHA256 with a
 * server secret), so nobody holding the logs can test a guessed id or join them to LiveKit identities or Redis key
 * digests, which are unkeyed.
 */
export type UserRef = (userId: string) => string;

/** A reference function keyed with `secret` (at least 16 bytes); without one, a random key for this process only. */
export function keyedUserRef(secret: string | Uint8Array = randomBytes(32)): UserRef {
  const key = typeof secret === 'string' ? Buffer.from(secret, 'utf8') : Buffer.from(secret);
  if (key.length < 16) throw new RangeError('the user reference secret must be at least 16 bytes');
  return (userId) => createHmac('sha256', key).update(userId).digest('base64url').slice(0, 12);
}
