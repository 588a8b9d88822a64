import { createHmac, timingSafeEqual } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import type { SafetyEscalation } from '@amigo/contracts';
import { EscalationError } from './escalation-error.js';
import type { EscalationSink } from './escalation.js';

export const SIGNATURE_HEADER = 'x-amigo-signature';
export const TIMESTAMP_HEADER = 'x-amigo-timestamp';

export interface WebhookOptions {
  url: string;
  /** Shared with the receiver, which checks {@link SIGNATURE_HEADER} with it. */
  secret: string;
  /** Per attempt (default 5 s). */
  timeoutMs?: number;
  /** Attempts in all (default 4). */
  attempts?: number;
  /** Before the second attempt; doubles each time (default 1 s). */
  retryDelayMs?: number;
}

/** `sha256=<hex>` of HMAC-SHA256 over `<timestamp>.<body>`: the timestamp is signed so an old body cannot be replayed. */
export function signEscalation(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** What a receiver does: recompute the signature and compare in constant time. */
export function verifyEscalation(secret: string, timestamp: string, body: string, signature: string): boolean {
  const expected = Buffer.from(signEscalation(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/**
 * POSTs each escalation as JSON, signed, to an operator's webhook. Retries on network errors, timeouts, 429 and 5xx
 * with a doubling delay; a 4xx other than 429 is final. Redirects are not followed: the signed body goes only where
 * it was configured to.
 */
export class WebhookEscalation implements EscalationSink {
  readonly name = 'webhook';
  private readonly timeoutMs: number;
  private readonly attempts: number;
  private readonly retryDelayMs: number;

  constructor(private readonly options: WebhookOptions) {
    this.timeoutMs = options.timeoutMs ?? 5_000;
    this.attempts = options.attempts ?? 4;
    this.retryDelayMs = options.retryDelayMs ?? 1_000;
  }

  async send(message: SafetyEscalation): Promise<void> {
    const body = JSON.stringify(message);
    let failure: unknown;
    for (let attempt = 1; attempt <= this.attempts; attempt++) {
      if (attempt > 1) await delay(this.retryDelayMs * 2 ** (attempt - 2));
      const timestamp = String(Math.floor(Date.now() / 1000));
      try {
        const response = await fetch(this.options.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            [TIMESTAMP_HEADER]: timestamp,
            [SIGNATURE_HEADER]: signEscalation(this.options.secret, timestamp, body),
          },
          body,
          redirect: 'manual',
          signal: AbortSignal.timeout(this.timeoutMs),
        });
        await response.body?.cancel();
        if (response.ok) return;
        const retriable = response.status === 429 || response.status >= 500;
        failure = new EscalationError(retriable ? 'unavailable' : 'rejected', `the webhook answered HTTP ${response.status}`);
        if (!retriable) throw failure;
      } catch (error) {
        if (error instanceof EscalationError && error.code === 'rejected') throw error;
        failure = error;
      }
    }
    throw new EscalationError('unavailable', `the webhook did not take the escalation in ${this.attempts} attempts`, { cause: failure });
  }
}
