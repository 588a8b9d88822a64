import { randomUUID } from 'node:crypto';
import type { SafetyEscalation, SafetyEvent } from '@amigo/contracts';
import type { Logger } from '@amigo/logging';
import { settlesWithin } from './settles-within.js';

/** Somewhere a safety escalation is delivered: a webhook, a Redis stream. */
export interface EscalationSink {
  /** Safe to log: "webhook", "stream". */
  readonly name: string;
  send(message: SafetyEscalation): Promise<void>;
  close?(): Promise<void>;
}

/** Who the escalation is about, without saying who: keyed and random references only. */
export interface EscalationRefs {
  userRef: string | null;
  sessionRef: string;
  room: string | null;
}

export function escalationOf(event: SafetyEvent, refs: EscalationRefs): SafetyEscalation {
  return {
    format: 'amigo.safety-escalation/1',
    id: randomUUID(),
    event,
    user_ref: refs.userRef,
    session_ref: refs.sessionRef,
    room: refs.room,
    sent_at: new Date().toISOString(),
  };
}

/**
 * How long a shutdown waits for escalations under way: a webhook's four attempts (5 s each, 1 + 2 + 4 s apart) end
 * within 27 s, inside the 60 s LiveKit gives a job process to shut down.
 */
export const DRAIN_TIMEOUT_MS = 30_000;

/**
 * Hands each safety event to a human's systems. `escalate` returns at once and never throws: delivery (with its
 * timeouts and retries) goes on in the background, so the person's reply never waits for it; a failure is logged
 * with the sink's name and the error's class only.
 */
export class Escalation {
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly sinks: readonly EscalationSink[],
    private readonly logger: Logger,
  ) {}

  get enabled(): boolean {
    return this.sinks.length > 0;
  }

  escalate(message: SafetyEscalation): void {
    for (const sink of this.sinks) {
      const delivery = sink.send(message).then(
        () => this.logger.info({ sink: sink.name, escalation: message.id }, 'safety escalation delivered'),
        (error: unknown) =>
          this.logger.error(
            { sink: sink.name, escalation: message.id, error: error instanceof Error ? error.name : typeof error, code: codeOf(error) },
            'safety escalation failed',
          ),
      );
      this.pending.add(delivery);
      void delivery.finally(() => this.pending.delete(delivery));
    }
  }

  /** Resolves when every delivery started so far has succeeded or given up. */
  async whenIdle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  /**
   * Waits for the deliveries still under way, at most `timeoutMs`: a job's process ends soon after its session, and an
   * escalation left behind would never reach a human. Resolves whether everything was delivered or given up on in
   * time; what is still pending then is logged as a count and abandoned.
   */
  async drain(timeoutMs: number): Promise<boolean> {
    const idle = await settlesWithin(this.whenIdle(), timeoutMs);
    if (!idle) this.logger.warn({ pending: this.pending.size, timeout_ms: timeoutMs }, 'safety escalations abandoned at shutdown');
    return idle;
  }

  /** Drains (bounded, see {@link drain}) and closes every sink. */
  async close(timeoutMs = DRAIN_TIMEOUT_MS): Promise<void> {
    await this.drain(timeoutMs);
    await Promise.all(this.sinks.map((sink) => sink.close?.()));
  }
}

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}
