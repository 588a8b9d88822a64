import { randomUUID } from 'node:crypto';
import type { SafetyEvent, SafetyNotice } from '@amigo/contracts';
import { type Helplines, safetyNoticeFor } from '@amigo/crisis-safety';
import { type Escalation, escalationOf } from './escalation.js';

export interface SessionSafetyOptions {
  /** The process's escalation to operators, if configured. */
  escalation?: Escalation;
  /** Shows the helplines in the person's app (see safetyNoticePublisher); absent outside a room. */
  notify?: (notice: SafetyNotice) => void;
  /** Keyed reference of the user, or null for an anonymous session. */
  userRef: string | null;
  room: string | null;
}

/**
 * What one session does with each safety event: shows the helplines offered in the person's app, and hands the event
 * (no words, no id) to the operators. Neither waits: both run beside the reply.
 */
export function sessionSafetyListener(options: SessionSafetyOptions): (event: SafetyEvent, helplines: Helplines) => void {
  const sessionRef = randomUUID();
  return (event, helplines) => {
    options.notify?.(safetyNoticeFor(event.kinds, helplines));
    options.escalation?.escalate(escalationOf(event, { userRef: options.userRef, sessionRef, room: options.room }));
  };
}
