import { initializeLogger, llm, type voice } from '@livekit/agents';
import { FailingGenerator, RecordingStore, rulesProfiler, sampleKundali, sampleXRay } from '../testing/agent.fixture.js';
import { startSession, USER_ID } from '../testing/session.fixture.js';

const TOOL_OUTPUT = JSON.stringify(
  'Personality X-Ray refreshed for the focus "Career". Carry on the conversation with this focus; do not read the profile out.',
);

beforeAll(() => {
  initializeLogger({ pretty: false, level: 'warn' });
});

const careerTurn: voice.testing.FakeLLMResponse[] = [
  {
    input: 'My boss keeps undermining me at work.',
    toolCalls: [{ name: 'update_personality_xray', args: { focus_topic: 'career' } }],
  },
  { input: TOOL_OUTPUT, content: 'That sounds exhausting. What happened most recently?' },
];

describe('PsychologistAgent', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await close?.();
    close = undefined;
  });

  it('starts with instructions carrying the X-Ray', async () => {
    const { agent, session } = await startSession();
    close = () => session.close();
    expect(agent.instructions).toContain('The Careful Healer');
    expect(agent.instructions).toContain('CBT with self-compassion work');
    expect(agent.instructions).toContain('Current focus of the conversation: General');
  });

  it('answers an ordinary turn through the LLM', async () => {
    const { session } = await startSession({
      responses: [{ input: 'Hi Amigo', content: 'Hello, how are you feeling today?' }],
    });
    close = () => session.close();
    const result = await session.run({ userInput: 'Hi Amigo' }).wait();
    result.expect.nextEvent().isMessage({ role: 'assistant' });
    result.expect.noMoreEvents();
    expect(result.events[0]).toMatchObject({
      type: 'message',
      item: { textContent: 'Hello, how are you feeling today?' },
    });
  });

  it('refreshes the X-Ray on a topic shift: state, instructions and one store call', async () => {
    const store = new RecordingStore();
    const { agent, session, userData } = await startSession({ store, responses: careerTurn });
    close = () => session.close();
    const expected = await rulesProfiler().generate(sampleKundali, { focusTopic: 'career' });

    const result = await session.run({ userInput: 'My boss keeps undermining me at work.' }).wait();

    result.expect.nextEvent().isFunctionCall({ name: 'update_personality_xray', args: { focus_topic: 'career' } });
    result.expect.nextEvent().isFunctionCallOutput({ isError: false });
    result.expect.nextEvent().isMessage({ role: 'assistant' });
    result.expect.noMoreEvents();

    expect(userData.current_focus_topic).toBe('Career');
    expect(userData.personality_xray).toEqual(expected);
    expect(agent.xray).toBe(userData.personality_xray);
    expect(agent.instructions).toContain('Current focus of the conversation: Career');
    expect(agent.instructions).toContain(`Archetype: ${expected.core_identity.archetype}`);
    expect(agent.instructions).not.toContain('The Careful Healer');
    expect(store.updates).toHaveLength(1);
    expect(store.updates[0]).toEqual({ userId: USER_ID, xray: userData.personality_xray });
  });

  it('keeps the conversation going when the store fails, and logs no personal data', async () => {
    const store = new RecordingStore('fail');
    const { session, userData, logger } = await startSession({ store, responses: careerTurn });
    close = () => session.close();

    const result = await session.run({ userInput: 'My boss keeps undermining me at work.' }).wait();

    result.expect.nextEvent().isFunctionCall({ name: 'update_personality_xray' });
    result.expect.nextEvent().isFunctionCallOutput({ isError: false });
    result.expect.nextEvent().isMessage({ role: 'assistant' });
    expect(store.updates).toHaveLength(1);
    expect(userData.current_focus_topic).toBe('Career');
    const warning = logger.lines.find((r) => r.message.startsWith('x-ray persistence failed'));
    expect(warning).toBeDefined();
    expect(logger.text()).not.toContain(USER_ID);
    expect(logger.text()).not.toContain('Virgo');
    expect(logger.text()).not.toContain('redis down');
  });

  it('does not wait forever for a store that never answers', async () => {
    const store = new RecordingStore('hang');
    const { session, userData, logger } = await startSession({ store, responses: careerTurn, agent: { storeTimeoutMs: 50 } });
    close = () => session.close();

    const result = await session.run({ userInput: 'My boss keeps undermining me at work.' }).wait();

    result.expect.nextEvent().isFunctionCall({ name: 'update_personality_xray' });
    result.expect.nextEvent().isFunctionCallOutput({ isError: false });
    result.expect.nextEvent().isMessage({ role: 'assistant' });
    expect(userData.current_focus_topic).toBe('Career');
    expect(logger.lines.some((r) => r.message.startsWith('x-ray persistence is slow'))).toBe(true);
  });

  it('does not call the store without a user id', async () => {
    const store = new RecordingStore();
    const { session, userData } = await startSession({
      store,
      responses: careerTurn,
      state: { kundali: sampleKundali, personality_xray: sampleXRay },
    });
    close = () => session.close();

    await session.run({ userInput: 'My boss keeps undermining me at work.' }).wait();

    expect(userData.current_focus_topic).toBe('Career');
    expect(store.updates).toHaveLength(0);
  });

  it('reports a failed regeneration to the LLM and keeps the current X-Ray', async () => {
    const store = new RecordingStore();
    const { agent, session, userData } = await startSession({
      store,
      profiler: new FailingGenerator(),
      responses: [careerTurn[0] as voice.testing.FakeLLMResponse],
    });
    close = () => session.close();

    const result = await session.run({ userInput: 'My boss keeps undermining me at work.' }).wait();

    result.expect.nextEvent().isFunctionCall({ name: 'update_personality_xray' });
    result.expect.nextEvent().isFunctionCallOutput({ isError: true });
    expect(userData.current_focus_topic).toBe('General');
    expect(userData.personality_xray).toEqual(sampleXRay);
    expect(agent.instructions).toContain('The Careful Healer');
    expect(store.updates).toHaveLength(0);
  });

  it("reads a returning user's stored kundali on the first topic shift only", async () => {
    const store = new RecordingStore();
    const reads = store.kundaliReads;
    const secondShift: voice.testing.FakeLLMResponse[] = [
      { input: 'And my mother calls every day.', toolCalls: [{ name: 'update_personality_xray', args: { focus_topic: 'family' } }] },
      { input: TOOL_OUTPUT.replace('Career', 'Family'), content: 'Tell me about those calls.' },
    ];
    const { session, userData } = await startSession({
      store,
      responses: [...careerTurn, ...secondShift],
      state: { user_id: USER_ID, personality_xray: sampleXRay },
    });
    close = () => session.close();
    expect(reads).toEqual([]);

    await session.run({ userInput: 'My boss keeps undermining me at work.' }).wait();
    await session.run({ userInput: 'And my mother calls every day.' }).wait();

    expect(reads).toEqual([USER_ID]);
    expect(userData.kundali).toEqual(sampleKundali);
    expect(userData.current_focus_topic).toBe('Family');
    expect(store.updates.map((c) => c.xray.focus_topic)).toEqual(['Career', 'Family']);
  });

  it('keeps the current X-Ray when the stored kundali cannot be read, and logs no id', async () => {
    const store = new RecordingStore('ok', new SyntaxError(`unreadable kundali of ${USER_ID}`));
    const { agent, session, userData, logger } = await startSession({
      store,
      responses: [careerTurn[0] as voice.testing.FakeLLMResponse],
      state: { user_id: USER_ID, personality_xray: sampleXRay },
    });
    close = () => session.close();

    const result = await session.run({ userInput: 'My boss keeps undermining me at work.' }).wait();

    result.expect.nextEvent().isFunctionCall({ name: 'update_personality_xray' });
    result.expect.nextEvent().isFunctionCallOutput({ isError: true });
    expect(userData.current_focus_topic).toBe('General');
    expect(agent.instructions).toContain('The Careful Healer');
    expect(logger.lines.some((r) => r.message.startsWith('stored kundali unavailable'))).toBe(true);
    expect(JSON.stringify(logger.lines)).not.toContain(USER_ID);
  });

  it('tells the LLM when there is no chart to regenerate from', async () => {
    const { session, userData } = await startSession({
      responses: [careerTurn[0] as voice.testing.FakeLLMResponse],
      state: { user_id: USER_ID },
    });
    close = () => session.close();

    const result = await session.run({ userInput: 'My boss keeps undermining me at work.' }).wait();

    result.expect.nextEvent().isFunctionCall({ name: 'update_personality_xray' });
    result.expect.nextEvent().isFunctionCallOutput({ isError: true });
    expect(userData.current_focus_topic).toBe('General');
  });

  it('carries a restored chat context into the conversation', async () => {
    const chatCtx = llm.ChatContext.empty();
    chatCtx.addMessage({ role: 'user', content: 'Last time we talked about my sister.' });
    chatCtx.addMessage({ role: 'assistant', content: 'Yes, you felt unheard by her.' });
    const { agent, session } = await startSession({
      agent: { chatCtx },
      responses: [{ input: 'Can we continue?', content: 'Of course. How have things been with her?' }],
    });
    close = () => session.close();

    await session.run({ userInput: 'Can we continue?' }).wait();

    const texts = agent.chatCtx.items
      .filter((i): i is llm.ChatMessage => i.type === 'message' && i.role !== 'system')
      .map((m) => `${m.role}: ${m.textContent}`);
    expect(texts).toEqual([
      'user: Last time we talked about my sister.',
      'assistant: Yes, you felt unheard by her.',
      'user: Can we continue?',
      'assistant: Of course. How have things been with her?',
    ]);
  });
});
