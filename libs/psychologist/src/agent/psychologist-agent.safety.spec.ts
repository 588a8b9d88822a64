import { initializeLogger, llm } from '@livekit/agents';
import { careMessage, helplinesFor, safetyNoticeFor } from '@amigo/crisis-safety';
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
    expect(reply).toContain('1 4 4 1 6');
    expect(reply).toContain("I'm an AI");
    expect(reply?.endsWith(` ${LLM_FOLLOW_UP}`)).toBe(true);
    expect(reply?.indexOf('1 4 4 1 6')).toBeLessThan(reply?.indexOf(LLM_FOLLOW_UP) ?? -1);

    expect(userData.safety_events).toHaveLength(1);
    expect(userData.safety_events[0]).toMatchObject({ kinds: ['suicidal_intent'], signal: 'explicit', helpline_country: 'IN', response: 'full' });
    expect(events).toEqual(userData.safety_events);
    expect(JSON.stringify(userData.safety_events)).not.toContain('live');

    const seen = fakeLlm.contexts[0]?.items ?? [];
    const note = seen.at(-2);
    expect(note?.type === 'message' && note.role === 'system' && note.textContent).toContain('Safety note for this reply');
    expect(seen.at(-1)).toMatchObject({ type: 'message', role: 'user' });

    expect(logger.lines.some((r) => r.message.startsWith('safety response'))).toBe(true);
    expect(logger.text()).not.toContain('killing');
    expect(logger.text()).not.toContain(USER_ID);
  });

  it('still says the care message when the LLM has nothing to add', async () => {
    const { session, userData } = await startSession({ responses: [] });
    close = () => session.close();

    const result = await session.run({ userInput: 'Main mar jaana chahta hoon' }).wait();

    const [reply] = assistantTexts(result.events);
    expect(reply).toMatch(/^Mujhe yeh batane ke liye shukriya\..*1 4 4 1 6 ya .*abhi kya ho raha hai\?$/);
    expect(userData.safety_events).toHaveLength(1);
  });

  it.each([
    ['US', '9 8 8', 'US'],
    ['GB', '1 1 6, 1 2 3', 'GB'],
    ['SG', 'mindline 1 7 7 1', 'SG'],
    ['BR', 'visit findahelpline.com', 'INTL'],
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

    expect(assistantTexts(result.events)[0]).toContain('1 3, 1 1, 1 4');
  });

  it('puts the emergency number first when someone is in danger, and the abuse line for abuse', async () => {
    const { session, userData } = await startSession();
    close = () => session.close();

    const danger = await session.run({ userInput: 'I just took a whole bottle of pills' }).wait();
    expect(assistantTexts(danger.events)[0]).toMatch(/^Your safety matters most right now\. .*call 1 1 2 /);

    const abuse = await session.run({ userInput: 'mera pati mujhe roz maarta hai' }).wait();
    expect(assistantTexts(abuse.events)[0]).toMatch(/^Mujhe bahut dukh hai ki aapke saath aisa ho raha hai\..*Women Helpline \(free, din-raat\): 1 8 1 par call kijiye/);

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
    expect(texts.match(/1 4 4 1 6/g)).toHaveLength(1);
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
    const care = careMessage({ kinds: ['suicidal_intent'], language: 'en', stage: 'full' }, helplinesFor('IN'));
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

    // The care message and the tool call are produced side by side, so their order in the run is not fixed.
    result.expect.containsMessage({ role: 'assistant' });
    result.expect.containsFunctionCall({ name: 'report_safety_concern' });
    result.expect.containsFunctionCallOutput({
      output: JSON.stringify('A helpline has already been offered in this reply. Stay with the person and keep listening.'),
    });
    expect(userData.safety_events).toHaveLength(1);
    expect(userData.safety_events[0]?.detected_by).toBe('rules');
  });

  it('gives the full message once a session, then short check-ins in varied words that stay with the person', async () => {
    const { session, userData, llm: fakeLlm } = await startSession();
    close = () => session.close();

    const first = assistantTexts((await session.run({ userInput: 'I want to kill myself' }).wait()).events)[0];
    const second = assistantTexts((await session.run({ userInput: 'I still want to die' }).wait()).events)[0];
    const third = assistantTexts((await session.run({ userInput: 'I want to die, nothing helps' }).wait()).events)[0];

    expect(first).toContain('1 4 4 1 6');
    for (const checkIn of [second, third]) {
      expect(checkIn).not.toContain('1 4 4 1 6');
      expect(checkIn).not.toContain("I'm an AI");
    }
    expect(second).toMatch(/^I'm still right here with you\./);
    expect(third).not.toEqual(second);
    expect(userData.safety_events.map((e) => e.response)).toEqual(['full', 'check_in', 'check_in']);
    const note = fakeLlm.contexts[1]?.items.at(-2);
    expect(note?.type === 'message' && note.textContent).toContain('Do not read the helplines out again unless they ask');
  });

  it('gives the helplines again when the person asks, and in full when the danger grows', async () => {
    const events: SafetyEvent[] = [];
    const { session, userData } = await startSession({ agent: { onSafetyEvent: (e) => events.push(e) } });
    close = () => session.close();

    await session.run({ userInput: 'I want to kill myself' }).wait();
    const asked = assistantTexts((await session.run({ userInput: 'what was that number again?' }).wait()).events)[0];
    expect(asked).toMatch(/^Here is how to reach a person who can help: Tele-MANAS .*1 4 4 1 6.*In an emergency, call 1 1 2\./);
    expect(userData.safety_events).toHaveLength(1);

    const danger = assistantTexts((await session.run({ userInput: 'I just took a whole bottle of pills' }).wait()).events)[0];
    expect(danger).toMatch(/^Your safety matters most right now\. .*call 1 1 2 .*1 4 4 1 6/);
    expect(userData.safety_events.map((e) => e.response)).toEqual(['full', 'full']);
    expect(events).toEqual(userData.safety_events);
  });

  it('answers in the language of the turn: Hindi in Devanagari, Hinglish, English', async () => {
    const { session, llm: fakeLlm } = await startSession();
    close = () => session.close();

    const hindi = assistantTexts((await session.run({ userInput: 'मैं मर जाना चाहता हूँ' }).wait()).events)[0];
    expect(hindi).toMatch(/^मुझे यह बताने के लिए शुक्रिया।.*मैं एक AI हूँ/);
    const note = fakeLlm.contexts[0]?.items.at(-2);
    expect(note?.type === 'message' && note.textContent).toContain('Reply in Hindi in Devanagari script');
  });

  it('guides the LLM to ask about the means mentioned and help put distance from them, the emergency number first in danger', async () => {
    const { session, llm: fakeLlm } = await startSession();
    close = () => session.close();

    await session.run({ userInput: 'I have saved up my sleeping pills and I want to take them all tonight' }).wait();
    await session.run({ userInput: 'I just took a whole bottle of pills' }).wait();

    const [planning, danger] = fakeLlm.contexts.map((c) => {
      const note = c.items.at(-2);
      return note?.type === 'message' ? (note.textContent ?? '') : '';
    });
    expect(planning).toMatch(/ask gently whether it is within reach right now and encourage them to put distance between themselves and it/);
    expect(planning).not.toContain('sleeping');
    expect(danger).toMatch(/call the emergency number now/);
    expect(danger.indexOf('emergency number now')).toBeLessThan(danger.indexOf('Means safety'));
  });

  it('hands the listener the helplines it offered, for the app to show', async () => {
    const notices: unknown[] = [];
    const { session } = await startSession({
      state: stateIn('GB'),
      agent: { onSafetyEvent: (event, helplines) => notices.push(safetyNoticeFor(event.kinds, helplines)) },
    });
    close = () => session.close();

    await session.run({ userInput: 'I want to kill myself' }).wait();

    expect(notices).toEqual([expect.objectContaining({ country: 'GB', emergency: '999', helplines: expect.arrayContaining([expect.objectContaining({ name: 'Samaritans', numbers: ['116 123'] })]) })]);
  });
});
