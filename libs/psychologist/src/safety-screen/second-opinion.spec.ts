import { SafetyEvent } from '@amigo/contracts';
import { careMessage, helplinesFor, type SecondOpinion, type SecondOpinionVerdict } from '@amigo/crisis-safety';
import { initializeLogger, voice } from '@livekit/agents';
import { RecordingLogger } from '@amigo/test-utils';
import { assistantTexts, startSession } from '../testing/session.fixture.js';
import { SafetyLayer } from './safety-layer.js';

beforeAll(() => {
  initializeLogger({ pretty: false, level: 'warn' });
});

// The screen passes this turn (measured: no rule or classifier fires on it); a moderation model may not.
const PASSED = 'Everything feels grey and I have stopped eating';
const ORDINARY_REPLY = 'That sounds heavy. What has been going on?';
const NEXT = 'I just feel tired';
const NEXT_REPLY = 'Tell me more about the tiredness.';

/** A second opinion whose answers the test gives, one per question, when it chooses. */
class HeldOpinion implements SecondOpinion {
  readonly name = 'held';
  readonly source = 'moderation';
  readonly asked: string[] = [];
  private readonly answers: Array<{ resolve: (v: SecondOpinionVerdict) => void; reject: (e: unknown) => void }> = [];

  assess(text: string): Promise<SecondOpinionVerdict> {
    this.asked.push(text);
    return new Promise((resolve, reject) => this.answers.push({ resolve, reject }));
  }

  answer(index: number, verdict: SecondOpinionVerdict): void {
    this.answers[index]?.resolve(verdict);
  }

  fail(index: number, error: unknown): void {
    this.answers[index]?.reject(error);
  }
}

class OpinionUnavailable extends Error {
  override name = 'OpinionUnavailable';
}

describe('SafetyLayer with a second opinion', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await close?.();
    close = undefined;
  });

  async function sessionWith(opinion: SecondOpinion, responses: voice.testing.FakeLLMResponse[] = [
    { input: PASSED, content: ORDINARY_REPLY },
    { input: NEXT, content: NEXT_REPLY },
  ]) {
    const events: SafetyEvent[] = [];
    const logger = new RecordingLogger();
    const safety = new SafetyLayer({ logger, secondOpinion: opinion, onSafetyEvent: (event) => events.push(event) });
    const started = await startSession({ responses, agent: { safety } });
    close = () => started.session.close();
    return { ...started, safety, events, logger };
  }

  it('answers the turn without waiting, then raises the session when the opinion flags it', async () => {
    const opinion = new HeldOpinion();
    const { session, safety, events, userData, logger, llm } = await sessionWith(opinion);

    const first = await session.run({ userInput: PASSED }).wait();
    // The opinion has not answered yet: the reply did not wait for it.
    expect(assistantTexts(first.events)).toEqual([ORDINARY_REPLY]);
    expect(opinion.asked).toEqual([PASSED]);
    expect(events).toEqual([]);

    opinion.answer(0, { flagged: true, kinds: ['self_harm', 'suicidal_intent'] });
    await safety.secondOpinionsSettled();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kinds: ['suicidal_intent', 'self_harm'], detected_by: 'moderation', response: 'full', helpline_country: 'IN' });
    expect(userData.safety_events).toEqual(events);

    const second = await session.run({ userInput: NEXT }).wait();
    const [reply] = assistantTexts(second.events);
    const care = careMessage({ kinds: ['suicidal_intent', 'self_harm'], language: 'en', stage: 'full' }, helplinesFor('IN'));
    expect(reply).toBe(`${care} ${NEXT_REPLY}`);
    const seen = llm.contexts.at(-1)?.items ?? [];
    const note = seen.at(-2);
    expect(note?.type === 'message' && note.role === 'system' && note.textContent).toContain('Safety note for this reply');
    // The care is said once: the event was recorded when the opinion came, not again on the reply.
    expect(events).toHaveLength(1);
    expect(opinion.asked).toEqual([PASSED, NEXT]);
    expect(logger.text()).not.toContain('grey');
    expect(logger.text()).not.toContain('tired');
  });

  it('gives one event and one care response when the LLM reports a turn the opinion flagged first', async () => {
    const flagging: SecondOpinion = {
      name: 'flagging',
      source: 'moderation',
      assess: async (text) => (text === PASSED ? { flagged: true, kinds: ['suicidal_intent'] } : { flagged: false, kinds: [] }),
    };
    const care = careMessage({ kinds: ['suicidal_intent'], language: 'en', stage: 'full' }, helplinesFor('IN'));
    const toolOutput = JSON.stringify(`Say this now, warmly and in the person's language, then stay with them: ${care}`);
    const { session, events } = await sessionWith(flagging, [
      { input: PASSED, toolCalls: [{ name: 'report_safety_concern', args: { kinds: ['suicidal_intent'], explicit: false } }] },
      { input: toolOutput, content: ORDINARY_REPLY },
      { input: NEXT, content: NEXT_REPLY },
    ]);

    const first = await session.run({ userInput: PASSED }).wait();
    first.expect.containsFunctionCallOutput({ output: toolOutput, isError: false });
    expect(events).toMatchObject([{ kinds: ['suicidal_intent'], detected_by: 'moderation', response: 'full' }]);

    // The care was said in the reply the LLM reported it in: the next reply carries no more of it.
    const second = await session.run({ userInput: NEXT }).wait();
    expect(assistantTexts(second.events)).toEqual([NEXT_REPLY]);
    expect(events).toHaveLength(1);
  });

  it('adds what the LLM reports beyond the opinion to the care it says and to the events', async () => {
    const flagging: SecondOpinion = {
      name: 'flagging',
      source: 'moderation',
      assess: async (text) => (text === PASSED ? { flagged: true, kinds: ['self_harm'] } : { flagged: false, kinds: [] }),
    };
    const care = careMessage({ kinds: ['immediate_danger', 'self_harm'], language: 'en', stage: 'full', checkIns: 0 }, helplinesFor('IN'));
    expect(care).not.toEqual(careMessage({ kinds: ['self_harm'], language: 'en', stage: 'full', checkIns: 0 }, helplinesFor('IN')));
    const toolOutput = JSON.stringify(`Say this now, warmly and in the person's language, then stay with them: ${care}`);
    const { session, events } = await sessionWith(flagging, [
      { input: PASSED, toolCalls: [{ name: 'report_safety_concern', args: { kinds: ['self_harm', 'immediate_danger'], explicit: true } }] },
      { input: toolOutput, content: ORDINARY_REPLY },
    ]);

    const first = await session.run({ userInput: PASSED }).wait();
    first.expect.containsFunctionCallOutput({ output: toolOutput, isError: false });
    expect(events).toMatchObject([
      { kinds: ['self_harm'], detected_by: 'moderation', response: 'full' },
      { kinds: ['immediate_danger', 'self_harm'], detected_by: 'llm', signal: 'explicit', response: 'full' },
    ]);
  });

  it('records the source the opinion declares', async () => {
    // @ts-expect-error an opinion must say what its events record as detected_by
    const undeclared: SecondOpinion = { name: 'undeclared', assess: async () => ({ flagged: false, kinds: [] }) };
    const declared: SecondOpinion = { name: 'declared', source: 'moderation', assess: async () => ({ flagged: true, kinds: ['self_harm'] }) };
    const { session, safety, events } = await sessionWith(declared, [{ input: PASSED, content: ORDINARY_REPLY }]);

    await session.run({ userInput: PASSED }).wait();
    await safety.secondOpinionsSettled();

    expect(undeclared.name).toBe('undeclared');
    expect(events.map((event) => SafetyEvent.parse(event).detected_by)).toEqual([declared.source]);
  });

  it('does not ask about a turn the screen already answered', async () => {
    const opinion = new HeldOpinion();
    const { session, events } = await sessionWith(opinion, []);

    await session.run({ userInput: 'I want to kill myself' }).wait();

    expect(opinion.asked).toEqual([]);
    expect(events).toMatchObject([{ detected_by: 'rules' }]);
  });

  it('carries on when the opinion fails, logging only the error class', async () => {
    const opinion = new HeldOpinion();
    const { session, safety, events, logger } = await sessionWith(opinion);

    await session.run({ userInput: PASSED }).wait();
    opinion.fail(0, new OpinionUnavailable(`could not judge "${PASSED}"`));
    await safety.secondOpinionsSettled();
    const second = await session.run({ userInput: NEXT }).wait();

    expect(assistantTexts(second.events)).toEqual([NEXT_REPLY]);
    expect(events).toEqual([]);
    expect(logger.lines).toContainEqual(
      expect.objectContaining({ level: 'warn', fields: expect.objectContaining({ second_opinion: 'held', error: 'OpinionUnavailable' }) }),
    );
    expect(logger.text()).not.toContain('grey');
  });

  it('says nothing more when the opinion does not flag the turn', async () => {
    const opinion = new HeldOpinion();
    const { session, safety, events } = await sessionWith(opinion);

    await session.run({ userInput: PASSED }).wait();
    opinion.answer(0, { flagged: false, kinds: [] });
    await safety.secondOpinionsSettled();
    const second = await session.run({ userInput: NEXT }).wait();

    expect(assistantTexts(second.events)).toEqual([NEXT_REPLY]);
    expect(events).toEqual([]);
    expect(opinion.asked).toEqual([PASSED, NEXT]);
  });

  it('gives the full care message when the screen catches the next turn after a flag', async () => {
    const opinion = new HeldOpinion();
    const crisis = 'I want to kill myself';
    const { session, safety, events } = await sessionWith(opinion, [{ input: PASSED, content: ORDINARY_REPLY }]);

    await session.run({ userInput: PASSED }).wait();
    opinion.answer(0, { flagged: true, kinds: ['suicidal_intent'] });
    await safety.secondOpinionsSettled();
    const second = await session.run({ userInput: crisis }).wait();

    const [reply] = assistantTexts(second.events);
    expect(reply).toBe(careMessage({ kinds: ['suicidal_intent'], language: 'en', stage: 'full' }, helplinesFor('IN')));
    expect(events.map((e) => [e.detected_by, e.response])).toEqual([
      ['moderation', 'full'],
      ['rules', 'full'],
    ]);
  });
});
