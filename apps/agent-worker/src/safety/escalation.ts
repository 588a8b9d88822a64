import { randomUUID } from 'node:crypto';
import type { SafetyEscalation, SafetyEvent } from '@amigo/contracts';
import type { Logger } from '@amigo/logging';

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

  async close(): Promise<void> {
    await this.whenIdle();
    await Promise.all(this.sinks.map((sink) => sink.close?.()));
  }
}

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}
