import { createHash } from 'node:crypto';

/** A short, one-way reference to a user id for logs: the id itself is a bearer secret. */
export function userRef(userId: string): string {
  return createHash('sha256').update(userId).digest('hex').slice(0, 10);
}
