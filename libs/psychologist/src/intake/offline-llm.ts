import { randomUUID } from 'node:crypto';
import { llm } from '@livekit/agents';
import { isSafetyTurn } from '../safety-screen/safety-note.js';
import { AnswerProblem, type BirthChartService } from './birth-chart-service.js';
import {
  CONFIRM_BIRTH_DETAILS,
  type IntakeStep,
  RECORD_BIRTH_DATE,
  RECORD_BIRTH_PLACE,
  RECORD_BIRTH_TIME,
} from './intake-step.js';

export const NO_LLM_REPLY =
  'The full conversation needs a language model: set OPENAI_API_KEY (or OPENAI_BASE_URL for a local ' +
  'OpenAI-compatible server) and start again. Your chart and X-Ray are saved.';

const YES = /^(y|yes|yeah|yep|yup|correct|right|ok|okay|sure|that'?s right|that is right|confirm(ed)?)\b/i;
const NO = /^(no|nope|not quite|wrong)\W*$/i;
/** What people put before a correction ("no, actually it was ..."): not part of the answer. */
const FILLER = /^(no|nope|sorry|oops|actually|wait|well|oh|i mean|correction|not quite|wrong)\b[\s,.:;!-]*/i;

function withoutFiller(text: string): string {
  let rest = text;
  for (let previous = ''; previous !== rest; ) {
    previous = rest;
    rest = rest.replace(FILLER, '');
  }
  return rest || text;
}

const RECORDERS: Record<Exclude<IntakeStep, 'confirm'>, string> = {
  date: RECORD_BIRTH_DATE,
  time: RECORD_BIRTH_TIME,
  place: RECORD_BIRTH_PLACE,
};

type Decision = { say: string } | { call: string; args: Record<string, unknown> } | undefined;

/**
 * Stands in for the LLM when none is configured, so intake runs end to end offline through the very same agents
 * and tools: each answer goes to the tool for the question last asked, each tool reply is said as is, and anything
 * said outside intake gets {@link NO_LLM_REPLY}. A turn the safety layer answered gets nothing more: the care
 * message stands alone, neither taken as a birth detail nor followed by a configuration notice.
 */
export class OfflineLLM extends llm.LLM {
  constructor(private readonly service: Pick<BirthChartService, 'readDate' | 'readTime'>) {
    super();
  }

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
      decide: () => this.decide(chatCtx, toolCtx),
    });
  }

  private decide(chatCtx: llm.ChatContext, toolCtx: llm.ToolContext | undefined): Decision {
    const last = chatCtx.items[chatCtx.items.length - 1];
    if (last?.type === 'function_call_output') return { say: sayOf(last.output) };
    if (last?.type !== 'message' || last.role !== 'user' || isSafetyTurn(chatCtx)) return undefined;
    const text = (last.textContent ?? '').trim();
    if (!toolCtx?.getFunctionTool(RECORD_BIRTH_DATE)) return { say: NO_LLM_REPLY };
    const awaiting = awaitingOf(chatCtx);
    if (awaiting !== 'confirm') return { call: RECORDERS[awaiting], args: { answer: text } };
    if (YES.test(text)) return { call: CONFIRM_BIRTH_DETAILS, args: {} };
    if (NO.test(text)) return { say: 'What should I change? Tell me the right date, time or place.' };
    const correction = withoutFiller(text);
    return { call: this.correctionOf(correction), args: { answer: correction } };
  }

  /** A correction after the summary: whichever answer it reads as. */
  private correctionOf(text: string): string {
    for (const [tool, read] of [
      [RECORD_BIRTH_DATE, this.service.readDate],
      [RECORD_BIRTH_TIME, this.service.readTime],
    ] as const) {
      try {
        read(text);
        return tool;
      } catch (error) {
        if (!(error instanceof AnswerProblem)) throw error;
      }
    }
    return RECORD_BIRTH_PLACE;
  }
}

function parseReply(output: string): { say?: unknown; awaiting?: unknown } | undefined {
  try {
    const value = JSON.parse(output);
    return typeof value === 'object' && value !== null ? value : undefined;
  } catch {
    return undefined;
  }
}

function sayOf(output: string): string {
  const reply = parseReply(output);
  if (typeof reply?.say === 'string') return reply.say;
  try {
    const text = JSON.parse(output);
    return typeof text === 'string' ? text : output;
  } catch {
    return output;
  }
}

/** What the last intake tool reply said it is waiting for; the first question is about the date. */
function awaitingOf(chatCtx: llm.ChatContext): IntakeStep {
  for (let i = chatCtx.items.length - 1; i >= 0; i--) {
    const item = chatCtx.items[i];
    if (item?.type !== 'function_call_output') continue;
    const awaiting = parseReply(item.output)?.awaiting;
    if (awaiting === 'date' || awaiting === 'time' || awaiting === 'place' || awaiting === 'confirm') return awaiting;
  }
  return 'date';
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
