import { initializeLogger, llm } from '@livekit/agents';
import { careMessage } from '@amigo/crisis-safety';
import { helplinesFor } from '@amigo/crisis-safety';
import type { SafetyEvent } from '@amigo/contracts';
import { sampleKundali, sampleXRay } from '../testing/agent.fixture.js';
import { assistantTexts, startSession, USER_ID } from '../testing/session.fixture.js';

beforeAll(() => {
  initializeLogger({ pretty: false, level: 'warn' });
});

const CRISIS_EN = "I don't want to live anymore, I keep thinking about killing myself";
const LLM_FOLLOW_UP = 'Are you somewhere safe right now?';

function stateIn(country?: string) {
  return { user_id: USER_ID, kundali: sampleKundali, personality_xray: sampleXRay, country };
}

describe('PsychologistAgent safety layer', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await close?.();
    close = undefined;
  });

  it('answers a crisis turn first with care and the Indian helpline, then the LLM, and records an event', async () => {
    const events: SafetyEvent[] = [];
    const { session, userData, logger, llm: fakeLlm } = await startSession({
      responses: [{ input: CRISIS_EN, content: LLM_FOLLOW_UP }],
      agent: { onSafetyEvent: (e) => events.push(e) },
    });
    close = () => session.close();

    const result = await session.run({ userInput: CRISIS_EN }).wait();

    result.expect.nextEvent().isMessage({ role: 'assistant' });
    result.expect.noMoreEvents();
    const [reply] = assistantTexts(result.events);
    expect(reply).toMatch(/^Thank you for telling me\./);
    expect(reply).toContain('Tele-MANAS');
    expect(reply).toContain('14416');
    expect(reply).toContain("I'm an AI");
    expect(reply?.endsWith(` ${LLM_FOLLOW_UP}`)).toBe(true);
    expect(reply?.indexOf('14416')).toBeLessThan(reply?.indexOf(LLM_FOLLOW_UP) ?? -1);

    expect(userData.safety_events).toHaveLength(1);
    expect(userData.safety_events[0]).toMatchObject({ kinds: ['suicidal_intent'], signal: 'explicit', helpline_country: 'IN' });
    expect(events).toEqual(userData.safety_events);
    expect(JSON.stringify(userData.safety_events)).not.toContain('live');

    const seen = fakeLlm.contexts[0]?.items ?? [];
    const note = seen.at(-2);
    expect(note?.type === 'message' && note.role === 'system' && note.textContent).toContain('Safety note for this reply');
    expect(seen.at(-1)).toMatchObject({ type: 'message', role: 'user' });

    expect(logger.records.some((r) => r.msg.startsWith('safety response'))).toBe(true);
    expect(logger.dump()).not.toContain('killing');
    expect(logger.dump()).not.toContain(USER_ID);
  });

  it('still says the care message when the LLM has nothing to add', async () => {
    const { session, userData } = await startSession({ responses: [] });
    close = () => session.close();

    const result = await session.run({ userInput: 'Main mar jaana chahta hoon' }).wait();

    const [reply] = assistantTexts(result.events);
    expect(reply).toMatch(/^Thank you for telling me\..*14416.*what's happening right now\?$/);
    expect(userData.safety_events).toHaveLength(1);
  });

  it.each([
    ['US', '988', 'US'],
    ['GB', '116 123', 'GB'],
    ['BR', 'findahelpline.com', 'INTL'],
  ])('offers the helpline of the country in the session state (%s)', async (country, number, recorded) => {
    const { session, userData } = await startSession({ state: stateIn(country) });
    close = () => session.close();

    const result = await session.run({ userInput: 'I want to kill myself' }).wait();

    expect(assistantTexts(result.events)[0]).toContain(number);
    expect(userData.safety_events[0]?.helpline_country).toBe(recorded);
  });

  it('uses the country option when the session state has none', async () => {
    const { session } = await startSession({ agent: { country: 'AU' } });
    close = () => session.close();

    const result = await session.run({ userInput: 'I want to kill myself' }).wait();

    expect(assistantTexts(result.events)[0]).toContain('13 11 14');
  });

  it('puts the emergency number first when someone is in danger, and the abuse line for abuse', async () => {
    const { session, userData } = await startSession();
    close = () => session.close();

    const danger = await session.run({ userInput: 'I just took a whole bottle of pills' }).wait();
    expect(assistantTexts(danger.events)[0]).toMatch(/^Your safety matters most right now\. .*call 112/);

    const abuse = await session.run({ userInput: 'mera pati mujhe roz maarta hai' }).wait();
    expect(assistantTexts(abuse.events)[0]).toMatch(/^I'm so sorry this is happening to you\..*181/);

    expect(userData.safety_events.map((e) => e.kinds)).toEqual([['immediate_danger', 'suicidal_intent'], ['abuse']]);
  });

  it('leaves ordinary sadness and hyperbole to the conversation', async () => {
    const { session, userData, llm: fakeLlm } = await startSession({
      responses: [
        { input: "I'm so sad since my grandmother passed away", content: 'I am so sorry. Tell me about her?' },
        { input: 'This job is killing me', content: 'What is the hardest part of it?' },
      ],
    });
    close = () => session.close();

    const sad = await session.run({ userInput: "I'm so sad since my grandmother passed away" }).wait();
    const job = await session.run({ userInput: 'This job is killing me' }).wait();

    expect(assistantTexts(sad.events)).toEqual(['I am so sorry. Tell me about her?']);
    expect(assistantTexts(job.events)).toEqual(['What is the hardest part of it?']);
    expect(userData.safety_events).toEqual([]);
    const notes = fakeLlm.contexts.flatMap((c) =>
      c.items.filter((i) => i.type === 'message' && i.role === 'system' && i.textContent?.includes('Safety note')),
    );
    expect(notes).toEqual([]);
  });

  it('responds once per crisis turn, even when the LLM also calls a tool', async () => {
    const toolOutput = JSON.stringify(
      'Personality X-Ray refreshed for the focus "Grief". Carry on the conversation with this focus; do not read the profile out.',
    );
    const { session, userData } = await startSession({
      responses: [
        { input: 'Since my father died I want to die too', toolCalls: [{ name: 'update_personality_xray', args: { focus_topic: 'grief' } }] },
        { input: toolOutput, content: LLM_FOLLOW_UP },
      ],
    });
    close = () => session.close();

    const result = await session.run({ userInput: 'Since my father died I want to die too' }).wait();

    const texts = assistantTexts(result.events).join('\n');
    expect(texts.match(/14416/g)).toHaveLength(1);
    expect(texts).toContain(LLM_FOLLOW_UP);
    expect(userData.safety_events).toHaveLength(1);
    expect(userData.current_focus_topic).toBe('Grief');
  });

  it('does not respond again to a crisis message in the conversation it is handed', async () => {
    const chatCtx = llm.ChatContext.empty();
    chatCtx.addMessage({ role: 'user', content: 'I want to kill myself' });
    chatCtx.addMessage({ role: 'assistant', content: 'I am here with you.' });
    const { session, userData } = await startSession({
      agent: { chatCtx },
      responses: [{ input: 'Hi again', content: 'Welcome back. How are you today?' }],
    });
    close = () => session.close();

    const result = await session.run({ userInput: 'Hi again' }).wait();

    expect(assistantTexts(result.events)).toEqual(['Welcome back. How are you today?']);
    expect(userData.safety_events).toEqual([]);
  });

  it('lets the LLM raise a concern the rules do not recognise, once, with the fitting helpline', async () => {
    const said = 'I looked at the river for an hour today and thought about stepping in';
    const care = careMessage({ kinds: ['suicidal_intent'] }, helplinesFor('IN'));
    const toolOutput = JSON.stringify(`Say this now, warmly and in the person's language, then stay with them: ${care}`);
    const { session, userData, llm: fakeLlm } = await startSession({
      responses: [
        { input: said, toolCalls: [{ name: 'report_safety_concern', args: { kinds: ['suicidal_intent'], explicit: false } }] },
        { input: toolOutput, content: 'I am really glad you told me. Are you safe right now?' },
      ],
    });
    close = () => session.close();

    const result = await session.run({ userInput: said }).wait();

    result.expect.nextEvent().isFunctionCall({ name: 'report_safety_concern' });
    result.expect.nextEvent().isFunctionCallOutput({ output: toolOutput, isError: false });
    result.expect.nextEvent().isMessage({ role: 'assistant' });
    expect(userData.safety_events).toEqual([
      expect.objectContaining({ kinds: ['suicidal_intent'], signal: 'implicit', detected_by: 'llm', helpline_country: 'IN' }),
    ]);
    expect(fakeLlm.contexts[0]?.items.some((i) => i.type === 'message' && i.textContent?.includes('Safety note'))).toBe(false);
  });

  it('does not record a second event when the LLM reports what the rules already answered', async () => {
    const { session, userData } = await startSession({
      responses: [
        { input: 'I want to kill myself', toolCalls: [{ name: 'report_safety_concern', args: { kinds: ['suicidal_intent'], explicit: true } }] },
      ],
    });
    close = () => session.close();

    const result = await session.run({ userInput: 'I want to kill myself' }).wait();

    result.expect.nextEvent().isMessage({ role: 'assistant' });
    result.expect.nextEvent().isFunctionCall({ name: 'report_safety_concern' });
    result.expect.nextEvent().isFunctionCallOutput({
      output: JSON.stringify('A helpline has already been offered in this reply. Stay with the person and keep listening.'),
    });
    expect(userData.safety_events).toHaveLength(1);
    expect(userData.safety_events[0]?.detected_by).toBe('rules');
  });
});
