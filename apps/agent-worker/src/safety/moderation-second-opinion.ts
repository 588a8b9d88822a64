import { type CrisisKind } from '@amigo/contracts';
import { byUrgency, type SecondOpinion, type SecondOpinionVerdict } from '@amigo/crisis-safety';
import { z } from 'zod';
import { ModerationError } from './moderation-error.js';

export const MODERATION_MODEL = 'omni-moderation-latest';
/** A turn's reply never waits for the answer, so this only bounds how late a flag may still raise the session. */
export const DEFAULT_MODERATION_TIMEOUT_MS = 3_000;

/**
 * The moderation categories that speak to a crisis, and the kind each is answered as. Violence and threats in a
 * person's own turn are most often done or made to them, so they are answered as abuse: the abuse line and the
 * emergency number. Every other category (sexual content, hate, ...) is not a crisis signal and is ignored.
 */
export const MODERATION_KINDS: Readonly<Record<string, CrisisKind>> = {
  'self-harm': 'self_harm',
  'self-harm/intent': 'suicidal_intent',
  'self-harm/instructions': 'suicidal_intent',
  violence: 'abuse',
  'harassment/threatening': 'abuse',
};

const ModerationResponse = z.object({
  results: z
    .array(z.object({ categories: z.record(z.string(), z.boolean().nullish()) }))
    .min(1),
});

export interface ModerationOptions {
  apiKey: string;
  /** An OpenAI-compatible API root, e.g. `http://127.0.0.1:8000/v1`; default OpenAI's. */
  baseURL?: string;
  /** The whole request, answer included (default 3 s). */
  timeoutMs?: number;
  model?: string;
}

/** The verdict of a moderation result: flagged only on the categories above. */
export function verdictOf(categories: Readonly<Record<string, boolean | null | undefined>>): SecondOpinionVerdict {
  const kinds = byUrgency(Object.entries(MODERATION_KINDS).flatMap(([category, kind]) => (categories[category] === true ? [kind] : [])));
  return { flagged: kinds.length > 0, kinds };
}

/**
 * A hosted moderation model as the safety layer's second opinion: `POST {baseURL}/moderations` with the turn in the
 * body (never in the URL), bounded by `timeoutMs`. Every failure rejects with a {@link ModerationError}.
 */
export class ModerationSecondOpinion implements SecondOpinion {
  readonly name = 'moderation';
  readonly source = 'moderation';
  private readonly url: string;
  private readonly timeoutMs: number;

  constructor(private readonly options: ModerationOptions) {
    this.url = `${(options.baseURL ?? 'https://api.openai.com/v1').replace(/\/+$/, '')}/moderations`;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_MODERATION_TIMEOUT_MS;
  }

  async assess(text: string, options: { signal?: AbortSignal } = {}): Promise<SecondOpinionVerdict> {
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
    let body: unknown;
    try {
      const response = await fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${this.options.apiKey}` },
        body: JSON.stringify({ model: this.options.model ?? MODERATION_MODEL, input: text }),
        redirect: 'error',
        signal,
      });
      if (!response.ok) {
        await response.body?.cancel();
        throw new ModerationError('rejected', `the moderation endpoint answered HTTP ${response.status}`);
      }
      const raw = await response.text();
      try {
        body = JSON.parse(raw);
      } catch {
        throw new ModerationError('malformed', 'the moderation endpoint did not answer JSON');
      }
    } catch (error) {
      if (error instanceof ModerationError) throw error;
      if (timeout.aborted) throw new ModerationError('timeout', `no moderation answer within ${this.timeoutMs} ms`, { cause: error });
      throw new ModerationError('unavailable', 'the moderation endpoint could not be reached', { cause: error });
    }
    const parsed = ModerationResponse.safeParse(body);
    if (!parsed.success) throw new ModerationError('malformed', 'the moderation endpoint did not answer a moderation result');
    return verdictOf((parsed.data.results[0] as z.infer<typeof ModerationResponse>['results'][number]).categories);
  }
}
