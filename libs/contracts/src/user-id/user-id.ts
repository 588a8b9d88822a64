import { z } from 'zod';
import { AmigoError } from '../errors/amigo-error.js';

/** RFC 4122 version 4, variant 1, lower case: what `crypto.randomUUID()` makes. Nil, max and other versions fail. */
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/**
 * The browser's anonymous user id, the one definition every Amigo component uses. Parsing normalises: any letter
 * case is accepted and lower-cased, so the first hop that parses an id is the last place its case matters. The id
 * is a bearer secret for the person's profile: it never goes into a log, a URL or an error message.
 */
export const UserId = z
  .string()
  .max(36)
  .transform((value) => value.toLowerCase())
  .pipe(z.string().regex(UUID_V4, 'must be a version 4 UUID'))
  .brand<'UserId'>();
export type UserId = z.infer<typeof UserId>;

/** The value given as a user id is not a version 4 UUID. */
export class InvalidUserIdError extends AmigoError<'invalid_user_id'> {
  constructor() {
    super('invalid_user_id', 'user id must be a version 4 UUID');
  }
}

/** Parses (and lower-cases) a user id, throwing {@link InvalidUserIdError}; the message never echoes the value. */
export function parseUserId(value: unknown): UserId {
  const parsed = UserId.safeParse(value);
  if (!parsed.success) throw new InvalidUserIdError();
  return parsed.data;
}
