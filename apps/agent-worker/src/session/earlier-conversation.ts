import { ConversationHistory, EARLIER_CONVERSATION_RPC, MAX_HISTORY_BYTES } from '@amigo/contracts';
import { errorFields, type Logger } from '@amigo/logging';

/** The part of LiveKit's local participant this needs (`room.localParticipant`). */
export interface RpcCaller {
  performRpc(params: { destinationIdentity: string; method: string; payload: string; responseTimeout?: number }): Promise<string>;
}

export const DEFAULT_HISTORY_TIMEOUT_MS = 2_000;

export type HistoryOutcome = 'restored' | 'none' | 'unavailable' | 'timeout' | 'too_large' | 'not_json' | 'invalid';

export interface EarlierConversation {
  history: ConversationHistory;
  outcome: HistoryOutcome;
}

/**
 * Asks the person's browser for the conversation it kept (the LiveKit RPC `EARLIER_CONVERSATION_RPC`), once they have
 * joined. Bounded in time and size and validated with `ConversationHistory`; anything else (no answer, an old
 * client without the method, a malformed or oversized answer) starts without history. Never throws, and logs the
 * outcome only: what the browser sends is the person's words.
 */
export async function fetchEarlierConversation(
  caller: RpcCaller,
  participantIdentity: string,
  options: { logger: Logger; timeoutMs?: number },
): Promise<EarlierConversation> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_HISTORY_TIMEOUT_MS;
  const started = performance.now();
  const done = (history: ConversationHistory, outcome: HistoryOutcome, fields: object = {}): EarlierConversation => {
    const line = { outcome, messages: history.length, elapsed_ms: Math.round(performance.now() - started), ...fields };
    if (outcome === 'restored' || outcome === 'none') options.logger.info(line, 'earlier conversation');
    else options.logger.warn(line, 'earlier conversation not restored; starting without it');
    return { history, outcome };
  };

  let timer: NodeJS.Timeout | undefined;
  let answer: string;
  try {
    // LiveKit's own timeout starts only once the request reached the browser: this bounds the whole call.
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new HistoryTimeout()), timeoutMs);
    });
    answer = await Promise.race([
      caller.performRpc({ destinationIdentity: participantIdentity, method: EARLIER_CONVERSATION_RPC, payload: '', responseTimeout: timeoutMs }),
      deadline,
    ]);
  } catch (error) {
    if (error instanceof HistoryTimeout) return done([], 'timeout', { timeout_ms: timeoutMs });
    const code = (error as { code?: unknown }).code;
    return done([], 'unavailable', typeof code === 'number' ? { ...errorFields(error), rpc_code: code } : errorFields(error));
  } finally {
    clearTimeout(timer);
  }

  // Every character is at least one byte: a longer answer cannot fit the history's byte bound, so it is not parsed.
  if (typeof answer !== 'string') return done([], 'invalid');
  if (answer.length > MAX_HISTORY_BYTES) return done([], 'too_large');
  let json: unknown;
  try {
    json = JSON.parse(answer);
  } catch {
    return done([], 'not_json');
  }
  const parsed = ConversationHistory.safeParse(json);
  if (!parsed.success) return done([], 'invalid', { issues: parsed.error.issues.length });
  return done(parsed.data, parsed.data.length > 0 ? 'restored' : 'none');
}

class HistoryTimeout extends Error {
  override readonly name = 'HistoryTimeout';
}
