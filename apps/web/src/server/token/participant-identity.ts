import { createHash } from 'node:crypto';

/**
 * The LiveKit identity for a user: a digest, because identities are visible to every participant, show up in
 * LiveKit's dashboards and webhooks, and the raw user id is a bearer secret that must only travel in the metadata.
 * Stable per user, so the same person is recognisable across sessions in LiveKit's analytics.
 */
export function participantIdentity(userId: string): string {
  return `user-${createHash('sha256').update(userId).digest('hex').slice(0, 16)}`;
}
