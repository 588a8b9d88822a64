import { LocaleTag, TimeZoneName, UserId } from '@amigo/contracts';
import { z } from 'zod';

/**
 * The body of `POST /api/token`. Strict: the client cannot choose its room, identity, grants or other metadata, and
 * nothing the person said travels here (the token goes into a URL; see @amigo/contracts' conversation history).
 */
export const TokenRequest = z.strictObject({
  user_id: UserId,
  locale: LocaleTag.optional(),
  time_zone: TimeZoneName.optional(),
});
export type TokenRequest = z.infer<typeof TokenRequest>;

/** The issues as `path: message`, never the offending values (the user id is a bearer secret). */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`)
    .join('; ');
}
