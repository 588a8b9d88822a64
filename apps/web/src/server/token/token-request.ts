import { ConversationHistory } from '@amigo/user-id';
import { z } from 'zod';

/** The body of `POST /api/token`. Strict: the client cannot choose its room, identity, grants or other metadata. */
export const TokenRequest = z.strictObject({
  user_id: z.uuid(),
  conversation_history: ConversationHistory.optional(),
});
export type TokenRequest = z.infer<typeof TokenRequest>;

/** The issues as `path: message`, never the offending values (the user id is a bearer secret). */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`)
    .join('; ');
}
