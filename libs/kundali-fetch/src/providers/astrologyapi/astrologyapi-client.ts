import type { z } from 'zod';
import { ProviderError } from '../../errors/kundali-error.js';

/** Where and how to call AstrologyAPI (the app reads ASTROLOGYAPI_USER_ID / _API_KEY / _BASE_URL and passes them). */
export interface AstrologyApiOptions {
  userId?: string;
  apiKey?: string;
  /** Default https://json.astrologyapi.com/v1 */
  baseUrl?: string;
  /** Per attempt, including reading the body. Default 10 s. */
  timeoutMs?: number;
  /** Extra attempts after a timeout, network error, 429 or 5xx. Default 2. */
  retries?: number;
  /** First back-off delay, doubled each retry. Default 250 ms. */
  retryDelayMs?: number;
  fetch?: typeof fetch;
}

/** The request body every endpoint takes: local civil time, coordinates, zone offset in hours east. */
export interface AstrologyApiRequest {
  day: number;
  month: number;
  year: number;
  hour: number;
  min: number;
  lat: number;
  lon: number;
  tzone: number;
}

const DEFAULT_BASE_URL = 'https://json.astrologyapi.com/v1';

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A configured client: POSTs to an endpoint and validates the JSON answer with a zod schema. */
export class AstrologyApiClient {
  private readonly baseUrl: string;
  private readonly authorization: string;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly retryDelayMs: number;
  private readonly fetchImpl: typeof fetch;

  constructor(options: AstrologyApiOptions = {}) {
    const { userId, apiKey } = options;
    if (!userId || !apiKey) {
      throw new ProviderError('provider_config', 'AstrologyAPI needs a user id and an API key');
    }
    this.authorization = 'Basic ' + Buffer.from(`${userId}:${apiKey}`).toString('base64');
    this.baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.retries = Math.max(0, Math.min(5, options.retries ?? 2));
    this.retryDelayMs = options.retryDelayMs ?? 250;
    this.fetchImpl = options.fetch ?? fetch;
  }

  /**
   * POSTs to an endpoint and validates the answer. `signal` cancels the call (and its retries), e.g. when a sibling
   * call of the same chart has already failed.
   */
  async call<S extends z.ZodType>(endpoint: string, body: AstrologyApiRequest, schema: S, signal?: AbortSignal): Promise<z.infer<S>> {
    const json = await this.post(endpoint, body, signal);
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new ProviderError('provider_response', `AstrologyAPI ${endpoint}: unexpected response shape`, { cause: parsed.error });
    }
    return parsed.data;
  }

  private async post(endpoint: string, body: AstrologyApiRequest, cancel?: AbortSignal): Promise<unknown> {
    let last: ProviderError | undefined;
    for (let attempt = 0; attempt <= this.retries; attempt++) {
      if (attempt > 0) await sleep(this.retryDelayMs * 2 ** (attempt - 1));
      if (cancel?.aborted) break;
      let text: string;
      let status: number;
      const timeout = AbortSignal.timeout(this.timeoutMs);
      const signal = cancel ? AbortSignal.any([timeout, cancel]) : timeout;
      try {
        const res = await this.fetchImpl(`${this.baseUrl}/${endpoint}`, {
          method: 'POST',
          headers: { authorization: this.authorization, 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify(body),
          signal,
        });
        status = res.status;
        text = await res.text();
      } catch (cause) {
        if (cancel?.aborted) break;
        last = timeout.aborted
          ? new ProviderError('provider_timeout', `AstrologyAPI ${endpoint}: no answer within ${this.timeoutMs} ms`, { retryable: true, cause })
          : new ProviderError('provider_http', `AstrologyAPI ${endpoint}: request failed`, { retryable: true, cause });
        continue;
      }
      if (status === 401 || status === 403) {
        throw new ProviderError('provider_auth', `AstrologyAPI ${endpoint}: credentials refused (HTTP ${status})`, { status });
      }
      if (status === 429 || status >= 500) {
        last = new ProviderError('provider_http', `AstrologyAPI ${endpoint}: HTTP ${status}`, { status, retryable: true });
        continue;
      }
      if (status < 200 || status >= 300) {
        throw new ProviderError('provider_http', `AstrologyAPI ${endpoint}: HTTP ${status}`, { status });
      }
      try {
        return JSON.parse(text);
      } catch (cause) {
        throw new ProviderError('provider_response', `AstrologyAPI ${endpoint}: answer is not JSON`, { status, cause });
      }
    }
    throw last ?? new ProviderError('provider_http', `AstrologyAPI ${endpoint}: cancelled`, { retryable: true });
  }
}
