import { AmigoError } from '@amigo/contracts';

/**
 * A moderation request that gave no opinion: `timeout` (no answer within the time allowed), `unavailable` (no
 * connection), `rejected` (an HTTP status other than 2xx), `malformed` (an answer that is not a moderation result).
 * The message names the status at most, never the text that was sent.
 */
export class ModerationError extends AmigoError<'timeout' | 'unavailable' | 'rejected' | 'malformed'> {}
