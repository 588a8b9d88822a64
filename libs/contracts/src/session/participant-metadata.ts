import { z } from 'zod';
import { LocaleTag, TimeZoneName } from '../locale/client-locale.js';
import { utf8Length } from '../text/utf8.js';
import { UserId } from '../user-id/user-id.js';

/**
 * What the token carries to the agent-worker as participant metadata: only what identifies the session and where
 * the person is. The token travels in a URL (`?access_token=` on LiveKit's signalling socket), so nothing the person
 * said goes here; the earlier conversation comes over RPC (see conversation-history.ts).
 */
export const MAX_METADATA_BYTES = 1024;

export const ParticipantMetadata = z.strictObject({
  user_id: UserId.optional(),
  /** The browser's language, e.g. "hi-IN": the language to start in and a hint of the country. */
  locale: LocaleTag.optional(),
  /** The browser's IANA time zone, e.g. "Asia/Kolkata": the best hint of the country for helplines. */
  time_zone: TimeZoneName.optional(),
});
export type ParticipantMetadata = z.infer<typeof ParticipantMetadata>;

export type MetadataProblem = 'empty' | 'too_large' | 'not_json' | 'invalid';

export type ParsedMetadata =
  | { ok: true; metadata: ParticipantMetadata }
  | { ok: false; problem: MetadataProblem; metadata: ParticipantMetadata };

/**
 * Parses raw participant metadata without ever throwing. Anything that is not entirely valid yields an anonymous
 * session (`metadata: {}`) and says why, so the caller can log the reason — never the content, which holds a bearer
 * secret.
 */
export function parseParticipantMetadata(raw: string | undefined | null): ParsedMetadata {
  if (!raw) return { ok: false, problem: 'empty', metadata: {} };
  if (raw.length > MAX_METADATA_BYTES || utf8Length(raw) > MAX_METADATA_BYTES) {
    return { ok: false, problem: 'too_large', metadata: {} };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, problem: 'not_json', metadata: {} };
  }
  const parsed = ParticipantMetadata.safeParse(json);
  return parsed.success ? { ok: true, metadata: parsed.data } : { ok: false, problem: 'invalid', metadata: {} };
}
