import type { SafetyEscalation } from '@amigo/contracts';
import { createClient } from 'redis';
import { EscalationError } from './escalation-error.js';
import type { EscalationSink } from './escalation.js';

export interface StreamOptions {
  url: string;
  /** The stream's key, e.g. "amigo:safety-escalations". */
  key: string;
  /** The stream is trimmed to about this many entries (XADD MAXLEN ~), default 10 000. */
  maxLen?: number;
  /** For connecting and for each XADD (default 2 s). */
  timeoutMs?: number;
}

/**
 * Adds each escalation to a Redis stream (one field, `escalation`, the JSON), for an operator's consumer group to
 * read. Its own connection: while Redis is down it reconnects in the background and each XADD fails at once.
 */
export class StreamEscalation implements EscalationSink {
  readonly name = 'stream';
  private readonly client;
  private opening: Promise<unknown> | undefined;

  constructor(private readonly options: StreamOptions) {
    const timeoutMs = options.timeoutMs ?? 2_000;
    this.client = createClient({
      url: options.url,
      disableOfflineQueue: true,
      socket: { connectTimeout: timeoutMs, reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 5_000) },
      commandOptions: { timeout: timeoutMs },
    });
    // Reported through each failed send; without a listener node-redis would throw the error at the process.
    this.client.on('error', () => undefined);
  }

  async send(message: SafetyEscalation): Promise<void> {
    try {
      if (!this.client.isReady) await this.connect();
      await this.client.xAdd(
        this.options.key,
        '*',
        { escalation: JSON.stringify(message) },
        { TRIM: { strategy: 'MAXLEN', strategyModifier: '~', threshold: this.options.maxLen ?? 10_000 } },
      );
    } catch (error) {
      throw new EscalationError('unavailable', 'the escalation stream could not be written', { cause: error });
    }
  }

  private async connect(): Promise<void> {
    const timeoutMs = this.options.timeoutMs ?? 2_000;
    this.opening ??= this.client.connect().catch((error: unknown) => {
      this.opening = undefined;
      throw error;
    });
    await Promise.race([
      this.opening,
      new Promise((_, reject) => setTimeout(() => reject(new Error('connect timed out')), timeoutMs).unref()),
    ]);
  }

  async close(): Promise<void> {
    if (this.client.isOpen) await this.client.close();
    else this.client.destroy();
  }
}
