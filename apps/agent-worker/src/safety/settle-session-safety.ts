import type { Logger } from '@amigo/logging';
import type { SafetyLayer } from '@amigo/psychologist';
import { DRAIN_TIMEOUT_MS, type Escalation } from './escalation.js';
import { settlesWithin } from './settles-within.js';

export interface SettleOptions {
  /** The session's safety screen, whose second opinions may still raise an event. */
  safety?: SafetyLayer;
  escalation?: Escalation;
  logger: Logger;
  /** For the whole settling (default {@link DRAIN_TIMEOUT_MS}). */
  timeoutMs?: number;
}

/**
 * What a session's end waits for, bounded: second opinions still under way first (a flag among them is an event to
 * escalate), then the escalations being delivered. Never throws; whatever is left at the deadline is abandoned and
 * counted in the log.
 */
export async function settleSessionSafety(options: SettleOptions): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? DRAIN_TIMEOUT_MS);
  if (options.safety && !(await settlesWithin(options.safety.secondOpinionsSettled(), deadline - Date.now()))) {
    options.logger.warn({}, 'second opinions abandoned at shutdown');
  }
  await options.escalation?.drain(Math.max(0, deadline - Date.now()));
}
