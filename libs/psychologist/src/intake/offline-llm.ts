import { randomUUID } from 'node:crypto';
import { llm } from '@livekit/agents';
import { isSafetyTurn } from '../safety-screen/safety-note.js';
import { RECORD_BIRTH_ANSWER } from './intake-step.js';

export const NO_LLM_REPLY =
  'The full conversation needs a language model: set OPENAI_API_KEY (or OPENAI_BASE_URL for a local ' +
  'OpenAI-compatible server) and start again. Your chart and X-Ray are saved.';

type Decision = { say: string } | { call: string; args: Record<string, unknown> } | undefined;

/**
 * Stands in for the LLM when none is configured, so intake runs end to end offline through the very same agents
 * and tools: every utterance during intake goes verbatim to the intake's answer tool (which reads it with the same
 * parsers a hosted model's calls go through), each tool reply is said as is, and anything said outside intake gets
 * {@link NO_LLM_REPLY}. A turn the safety layer answered gets nothing
 * more: the care message stands alone, neither taken as a birth detail nor followed by a configuration notice.
 */
export class OfflineLLM extends llm.LLM {
  label(): string {
    return 'amigo-offline';
  }

  override get model(): string {
    return 'offline-intake-script';
  }

  chat({
    chatCtx,
    toolCtx,
    connOptions,
  }: {
    chatCtx: llm.ChatContext;
    toolCtx?: llm.ToolContext;
    connOptions?: { maxRetry: number; retryIntervalMs: number; timeoutMs: number };
  }): llm.LLMStream {
    return new OfflineStream(this, {
      chatCtx,
      toolCtx,
      connOptions: connOptions ?? { maxRetry: 0, retryIntervalMs: 0, timeoutMs: 10_000 },
      decide: () => decide(chatCtx, toolCtx),
    });
  }
}

function decide(chatCtx: llm.ChatContext, toolCtx: llm.ToolContext | undefined): Decision {
  const last = chatCtx.items[chatCtx.items.length - 1];
  if (last?.type === 'function_call_output') return { say: sayOf(last.output) };
  if (last?.type !== 'message' || last.role !== 'user' || isSafetyTurn(chatCtx)) return undefined;
  if (!toolCtx?.getFunctionTool(RECORD_BIRTH_ANSWER)) return { say: NO_LLM_REPLY };
  return { call: RECORD_BIRTH_ANSWER, args: { answer: (last.textContent ?? '').trim().slice(0, 300) || '-' } };
}

function sayOf(output: string): string {
  try {
    const value: unknown = JSON.parse(output);
    if (typeof value === 'object' && value !== null && typeof (value as { say?: unknown }).say === 'string') return (value as { say: string }).say;
    return typeof value === 'string' ? value : output;
  } catch {
    return output;
  }
}

class OfflineStream extends llm.LLMStream {
  private readonly decide: () => Decision;

  constructor(
    offline: OfflineLLM,
    {
      decide,
      ...params
    }: {
      chatCtx: llm.ChatContext;
      toolCtx?: llm.ToolContext;
      connOptions: { maxRetry: number; retryIntervalMs: number; timeoutMs: number };
      decide: () => Decision;
    },
  ) {
    super(offline, params);
    this.decide = decide;
  }

  protected async run(): Promise<void> {
    const decision = this.decide();
    if (!decision) return;
    if ('say' in decision) {
      this.queue.put({ id: 'offline', delta: { role: 'assistant', content: decision.say } });
      return;
    }
    const call = llm.FunctionCall.create({
      callId: `offline_${randomUUID()}`,
      name: decision.call,
      args: JSON.stringify(decision.args),
    });
    this.queue.put({ id: 'offline', delta: { role: 'assistant', toolCalls: [call] } });
  }
}
