import type { Kundali } from '@amigo/contracts';
import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { readChartFacts } from '../chart/chart-facts.js';
import { LlmProfilerError, type LlmFailureKind } from '../errors/profiler-errors.js';
import { systemClock, type Clock, type GenerateOptions, type XRayGenerator } from '../profiler/xray-generator.js';
import { resolveFocusTopic } from '../rules/focus-topic.js';
import { XRAY_SCHEMA_VERSION, XRayContent, type GeneratedXRay } from '@amigo/contracts';
import { alignContentHouseClaims } from '../xray/house-claims.js';
import { xrayContentJsonSchema } from '../xray/xray-json-schema.js';
import { profileMessages, repairMessages } from './profile-prompt.js';

export const DEFAULT_PROFILER_MODEL = 'gpt-4o-mini';
export const DEFAULT_PROFILER_TIMEOUT_MS = 20_000;
/**
 * A full X-Ray is about 1 000-1 500 tokens of JSON; the bound stops a model that rambles (or is steered to) from
 * costing time and money without end. A reply cut off by it is not valid JSON, so it is repaired once or replaced by
 * the rules.
 */
export const DEFAULT_PROFILER_MAX_TOKENS = 3_000;

export interface LlmBackendOptions {
  apiKey: string;
  /** Any OpenAI-compatible server (`…/v1`); OpenAI itself when absent. */
  baseURL?: string;
  model?: string;
  /** Budget for the whole generation, the repair attempt included. */
  timeoutMs?: number;
  /** Upper bound on the tokens of each reply (`max_tokens`, which OpenAI-compatible servers all accept). */
  maxTokens?: number;
  clock?: Clock;
}

type ReplyCheck = { ok: true; content: XRayContent } | { ok: false; kind: LlmFailureKind; problems: string };

function checkReply(text: string): ReplyCheck {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      kind: 'invalid_json',
      problems: `- the reply is not parseable JSON (${(error as Error).message})`,
    };
  }
  const parsed = XRayContent.safeParse(json);
  if (parsed.success) return { ok: true, content: parsed.data };
  const problems = parsed.error.issues.map((i) => `- ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
  return { ok: false, kind: 'schema_mismatch', problems };
}

function failureOf(error: unknown, budgetSpent: boolean): LlmProfilerError {
  if (error instanceof LlmProfilerError) return error;
  if (error instanceof APIConnectionTimeoutError || (error instanceof APIUserAbortError && budgetSpent)) {
    return new LlmProfilerError('timeout', 'the LLM did not answer within the time budget', undefined, {
      cause: error,
    });
  }
  if (error instanceof APIConnectionError) {
    return new LlmProfilerError('network', 'the LLM endpoint could not be reached', undefined, { cause: error });
  }
  if (error instanceof APIError && error.status === 429) {
    return new LlmProfilerError('rate_limited', 'the LLM endpoint is rate limiting', 429, { cause: error });
  }
  if (error instanceof APIError) {
    return new LlmProfilerError('http_error', `the LLM endpoint answered HTTP ${error.status}`, error.status, {
      cause: error,
    });
  }
  return new LlmProfilerError('network', 'the LLM request failed', undefined, { cause: error });
}

/**
 * Writes the X-Ray with an OpenAI-compatible chat-completions endpoint under structured output (the strict JSON
 * Schema derived from `XRayContent`), validates the reply with zod and, if it does not validate, asks once more with
 * the validation problems. Throws `LlmProfilerError` when that fails; `AstroProfiler` then falls back to the rules.
 */
export class LlmBackend implements XRayGenerator {
  readonly model: string;
  private readonly client: OpenAI;
  private readonly timeoutMs: number;
  private readonly maxTokens: number;
  private readonly clock: Clock;
  private readonly responseFormat = {
    type: 'json_schema' as const,
    json_schema: { name: 'personality_xray', strict: true, schema: xrayContentJsonSchema() },
  };

  constructor(options: LlmBackendOptions) {
    this.model = options.model ?? DEFAULT_PROFILER_MODEL;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_PROFILER_TIMEOUT_MS;
    this.maxTokens = options.maxTokens ?? DEFAULT_PROFILER_MAX_TOKENS;
    this.clock = options.clock ?? systemClock;
    // Retries are left to the rules fallback: a voice conversation cannot wait through back-off.
    this.client = new OpenAI({
      apiKey: options.apiKey,
      baseURL: options.baseURL,
      timeout: this.timeoutMs,
      maxRetries: 0,
    });
  }

  async generate(kundali: Kundali, options: GenerateOptions = {}): Promise<GeneratedXRay> {
    const facts = readChartFacts(kundali);
    const topic = resolveFocusTopic(options.focusTopic);
    const budget = AbortSignal.timeout(this.timeoutMs);
    const messages = profileMessages(facts, topic);
    try {
      let reply = await this.complete(messages, budget);
      let check = checkReply(reply);
      if (!check.ok) {
        messages.push(...repairMessages(reply, check.problems));
        reply = await this.complete(messages, budget);
        check = checkReply(reply);
      }
      if (!check.ok) throw new LlmProfilerError(check.kind, `the LLM reply was still ${check.kind} after one repair`);
      // The model's house claims are checked against the chart it was given, not trusted.
      const content = alignContentHouseClaims(check.content, facts);
      return {
        ...content,
        // The running periods are facts of the chart, not something for the model to get wrong.
        life_chapter: {
          ...content.life_chapter,
          mahadasha: facts.mahadasha?.planet ?? null,
          antardasha: facts.antardasha?.planet ?? null,
        },
        focus_topic: topic.label,
        provenance: {
          source: 'llm',
          model: this.model,
          generated_at: this.clock().toISOString(),
          schema_version: XRAY_SCHEMA_VERSION,
        },
      };
    } catch (error) {
      throw failureOf(error, budget.aborted);
    }
  }

  private async complete(messages: ChatCompletionMessageParam[], budget: AbortSignal): Promise<string> {
    const completion = await this.client.chat.completions.create(
      { model: this.model, messages, response_format: this.responseFormat, max_tokens: this.maxTokens },
      { signal: budget },
    );
    const message = completion.choices[0]?.message;
    if (message?.refusal) throw new LlmProfilerError('refusal', 'the LLM refused to write the profile');
    return message?.content ?? '';
  }
}
