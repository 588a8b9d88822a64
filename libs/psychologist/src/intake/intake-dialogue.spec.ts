import { RulesBackend } from '@amigo/astro-profiler';
import { parseUserId } from '@amigo/contracts';
import { LocalTimeError } from '@amigo/kundali-fetch';
import { initializeLogger, type llm, voice } from '@livekit/agents';
import { PsychologistAgent } from '../agent/psychologist-agent.js';
import { SessionState } from '../session/session-state.js';
import { RecordingStore } from '../testing/agent.fixture.js';
import { chartProblemOf } from './chart-problem.js';
import { CONFIRM_BIRTH_DETAILS, RECORD_BIRTH_ANSWER, RECORD_BIRTH_PLACE } from './intake-step.js';
import { IntakeAgent } from './intake-agent.js';
import { kundaliFetchService } from './kundali-fetch-service.js';
import { OfflineLLM } from './offline-llm.js';

const USER = parseUserId('0f5b4f7e-3c1a-4d2b-9e8f-6a7b8c9d0e1f');

jest.setTimeout(60_000);
beforeAll(() => initializeLogger({ pretty: false, level: 'fatal' }));

async function until(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Sessions a test opened, closed after it whatever its outcome. */
const opened: voice.AgentSession<SessionState>[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((session) => session.close()));
});

/** An intake session on the real gazetteer and chart engine; `say` returns what Amigo answered to that turn. */
async function intake(model: llm.LLM = new OfflineLLM()) {
  const profiler = new RulesBackend();
  const state = SessionState.parse({ user_id: USER });
  const session = new voice.AgentSession<SessionState>({ llm: model, vad: null, userData: state, turnHandling: { turnDetection: 'manual' } });
  opened.push(session);
  const agent = new IntakeAgent({
    service: kundaliFetchService(),
    profiler,
    store: new RecordingStore(),
    next: ({ xray, chatCtx }) => new PsychologistAgent({ xray, profiler, chatCtx }),
  });
  const said: string[] = [];
  session.on(voice.AgentSessionEventTypes.ConversationItemAdded, ({ item }) => {
    if (item.type === 'message' && item.role === 'assistant') said.push(item.textContent ?? '');
  });
  await session.start({ agent });
  const say = async (text: string) => {
    const from = said.length;
    await session.run({ userInput: text }).wait();
    await agent.whenSettled();
    return said.slice(from).join(' ');
  };
  /** What Amigo says next on its own (after a chart problem, the question it asks again). */
  const next = async (pattern: RegExp) => {
    await until(() => said.some((s) => pattern.test(s)));
  };
  await next(/What is your date of birth\?/);
  const handedOver = () => until(() => session.currentAgent instanceof PsychologistAgent);
  return { session, state, say, next, handedOver };
}

describe('intake dialogue (offline script, real gazetteer and chart engine)', () => {
  it('fills date, time and place from one Hinglish sentence, answers in Hinglish, and carries the approximate time', async () => {
    const { state, say, handedOver } = await intake();
    const summary = await say('haan ji, mera janam 5 june 1990 ko subah 7 baje ke aas paas lucknow mein hua tha');
    expect(summary).toMatch(/^Ek baar check kar loon: janam 5 June 1990, lagbhag 07:00 baje, Lucknow, Uttar Pradesh, India mein\. Kya yeh sahi hai\?/);
    await say('haan sahi hai');
    await handedOver();
    expect(state.birth_details).toMatchObject({ date: '1990-06-05', time: '07:00', time_uncertainty_minutes: 30, timezone: 'Asia/Kolkata' });
    expect(state.birth_details?.place).toMatch(/^Lucknow, /);
  });

  it('answers a Hindi speaker in Hindi and reads Devanagari digits, month names and town names', async () => {
    const { state, say, handedOver } = await intake();
    expect(await say('मेरा जन्म १२ मार्च १९८५ को हुआ')).toMatch(/आपका जन्म किस समय हुआ था\?/);
    expect(await say('रात पौने दस बजे')).toMatch(/आपका जन्म कहाँ हुआ था\?/);
    expect(await say('वाराणसी में')).toMatch(/^एक बार देख लूँ: जन्म 12 मार्च 1985, 21:45 बजे, Varanasi, .* में। क्या यह सही है\?/);
    await say('हाँ');
    await handedOver();
    expect(state.birth_details).toMatchObject({ date: '1985-03-12', time: '21:45' });
    expect(state.birth_details?.time_uncertainty_minutes).toBeUndefined();
  });

  it('asks back a slash date that reads both ways and an impossible date, never guessing', async () => {
    const { say } = await intake();
    expect(await say('31 feb 1990')).toMatch(/^That date does not exist in the calendar\./);
    expect(await say('04/07/1991')).toBe('Just to be sure: is that 4 July 1991 or 7 April 1991?');
    expect(await say('4 july')).toMatch(/at what time were you born\?/);
    expect(await say('5 baje')).toBe('Subah ya shaam (05:00 ya 17:00)?');
    expect(await say('shaam')).toMatch(/janam kahan hua tha\?/);
    expect(await say('pune')).toMatch(/janam 4 July 1991, 17:00 baje, Pune, /);
  });

  it('changes only the field a correction names, at the summary and before it', async () => {
    const { state, say, handedOver } = await intake();
    await say('15 August 1990');
    await say('7 in the morning');
    expect(await say('actually it was the 16th')).toMatch(/Where were you born\?/);
    expect(await say('Lucknow')).toMatch(/born on 16 August 1990, at 07:00, in Lucknow, /);
    expect(await say('not Lucknow, Kanpur')).toMatch(/born on 16 August 1990, at 07:00, in Kanpur, /);
    expect(await say('no wait, evening')).toMatch(/born on 16 August 1990, at 19:00, in Kanpur, /);
    expect(await say('no')).toBe('What should I change? Tell me the right date, time or place.');
    expect(await say('yes')).toMatch(/born on 16 August 1990, at 19:00, in Kanpur, .*Is that right\?/);
    await say('yes');
    await handedOver();
    expect(state.birth_details).toMatchObject({ date: '1990-08-16', time: '19:00' });
    expect(state.birth_details?.place).toMatch(/^Kanpur, /);
  });

  it('asks the time again when it fell in a daylight-saving gap, keeping the date and the place', async () => {
    const { state, say, next, handedOver } = await intake();
    await say('14 March 2021');
    await say('2:30 am');
    expect(await say('New York')).toMatch(/born on 14 March 2021, at 02:30, in New York/);
    await say('yes');
    await next(/clocks there jumped forward, so 02:30 never showed on a clock\. .*at what time were you born\?/);
    expect(await say('3:30 am')).toMatch(/born on 14 March 2021, at 03:30, in New York/);
    await say('yes');
    await handedOver();
    expect(state.birth_details).toMatchObject({ date: '2021-03-14', time: '03:30', timezone: 'America/New_York' });
  });

  it('asks which of the two when the time happened twice, and computes the one picked', async () => {
    const { state, say, next, handedOver } = await intake();
    await say('7 November 2021');
    await say('1:30 am');
    expect(await say('New York')).toMatch(/born on 7 November 2021, at 01:30, in New York/);
    await say('yes');
    await next(/01:30 happened twice.*the first one or the second one\?/);
    expect(await say('the second one')).toMatch(/at 01:30, the second time \(after the clocks went back\), in New York/);
    await say('yes');
    await handedOver();
    expect(state.birth_details).toMatchObject({ date: '2021-11-07', time: '01:30' });
    expect(state.kundali?.birth?.utc).toBe('2021-11-07T06:30:00.000Z');
  });

  it('narrows a town with the state said next, and takes a new town said at the summary', async () => {
    const { state, say, handedOver } = await intake();
    await say('2 November 1994');
    await say('raat saadhe nau baje');
    expect(await say('aurangabad')).toMatch(/1\. Chhatrapati Sambhajinagar, Maharashtra, India; 2\. Aurangabad, Bihar, India/);
    expect(await say('bihar wala')).toMatch(/Aurangabad, Bihar, India mein\. Kya yeh sahi hai\?/);
    expect(await say('ranchi')).toMatch(/Ranchi, Jharkhand, India mein\. Kya yeh sahi hai\?/);
    await say('haan');
    await handedOver();
    expect(state.birth_details).toMatchObject({ date: '1994-11-02', time: '21:30' });
    expect(state.birth_details?.place).toMatch(/^Ranchi, /);
  });

  it('lets a correction change only what it names: the day of an impossible date, the hour of a night time', async () => {
    const { state, say, handedOver } = await intake();
    expect(await say('31 nov 1985')).toMatch(/does not exist/);
    await say('oh sorry, 30 november');
    await say('raat ko 11 baje');
    await say('nahi nahi, 11 nahi, 10 baje the');
    expect(await say('udaipur')).toMatch(/janam 30 November 1985, 22:00 baje, Udaipur, /);
    await say('haan');
    await handedOver();
    expect(state.birth_details).toMatchObject({ date: '1985-11-30', time: '22:00' });
  });

  it('takes a "no" before a month or a year at the time question as a correction of the date, passing over a number said to be someone else\'s', async () => {
    const { state, say, handedOver } = await intake();
    await say('3 jan 1958');
    expect(await say('arre nahi 1959 likho 58 toh bhaiya ka hai')).toMatch(/kis time paida/i);
    await say('time unknown hai ji');
    expect(await say('mombasa kenya')).toMatch(/3 January 1959/);
    await say('haan sab sahi');
    await handedOver();
    expect(state.birth_details).toMatchObject({ date: '1959-01-03', time: 'unknown' });
  });

  it('keeps an approximate time approximate when a correction changes only its half of the day', async () => {
    const { state, say, handedOver } = await intake();
    await say('12th april 1995');
    await say('around 10 at night');
    await say('sharjah');
    expect(await say('actually sorry the time was 10 in the morning not night, my mistake')).toMatch(/about 10:00|around 10:00|10:00/);
    await say('yes correct now');
    await handedOver();
    expect(state.birth_details).toMatchObject({ time: '10:00', time_uncertainty_minutes: 30 });
  });

  it('takes a yes that names another town as a change to read back, and a yes that names the same town as a yes', async () => {
    const { state, say, handedOver } = await intake();
    await say('5 june 1990');
    await say('subah 7 baje');
    await say('lucknow');
    expect(await say('haan ji, kanpur')).toMatch(/Kanpur, Uttar Pradesh, India mein\. Kya yeh sahi hai\?/);
    await say('haan ji, kanpur');
    await handedOver();
    expect(state.birth_details?.place).toMatch(/^Kanpur, /);
  });

  it('puts together a date said in pieces and a clock said after its part of the day', async () => {
    const { state, say, handedOver } = await intake();
    expect(await say('नौ फ़रवरी')).toMatch(/दिन, महीना और साल तीनों चाहिए/);
    await say('उन्नीस सौ सत्तासी');
    expect(await say('दोपहर')).toMatch(/दोपहर में लगभग कितने बजे\?/);
    await say('सवा बारह के करीब');
    expect(await say('शारजाह')).toMatch(/जन्म 9 फ़रवरी 1987, लगभग 12:15 बजे, Sharjah, /);
    await say('हाँ');
    await handedOver();
    expect(state.birth_details).toMatchObject({ date: '1987-02-09', time: '12:15', time_uncertainty_minutes: 30 });
  });

  it('asks the hour for a part of the day said alone, takes "pata nahi" then as an unknown time, and asks a span of hours back', async () => {
    const { state, say, handedOver } = await intake();
    await say('14 march 1992');
    expect(await say('shaam 5 aur 7 ke beech')).toMatch(/Koi ek time bataiye/);
    expect(await say('morning or evening, not sure')).toMatch(/Could you give me one time/);
    expect(await say('some time in the afternoon, no one wrote the time down')).toMatch(/Roughly what time in the afternoon\?/);
    await say("I don't know");
    expect(await say('pune')).toMatch(/born on 14 March 1992, time unknown, in Pune, /);
    await say('yes');
    await handedOver();
    expect(state.birth_details).toMatchObject({ date: '1992-03-14', time: 'unknown' });
  });

  it('offers the town a person was born near as close enough, or takes the village they then name', async () => {
    const { state, say, handedOver } = await intake();
    await say('1 july 1995');
    await say('8:05 pm');
    expect(await say('a village near Nashik')).toMatch(/born near Nashik, Maharashtra, India\. Shall I use Nashik, Maharashtra, India\?/);
    expect(await say('Sinnar, Maharashtra')).toMatch(/born on 1 July 1995, at 20:05, in Sinnar/);
    await say('yes');
    await handedOver();
    expect(state.birth_details?.place).toMatch(/^Sinnar, /);
  });

  it('takes a Hindi correction of the place or of the clock at the read-back, passing over what is denied', async () => {
    const { state, say, handedOver } = await intake();
    await say('नौ नवंबर उन्नीस सौ इक्यानवे');
    await say('रात ढाई बजे के आसपास');
    expect(await say('कोलकाता')).toMatch(/Kolkata, /);
    expect(await say('नहीं, कोलकाता नहीं, हावड़ा')).toMatch(/लगभग 02:30 बजे, Howrah, West Bengal, India में/);
    expect(await say('नहीं, ढाई नहीं, साढ़े तीन बजे')).toMatch(/जन्म 9 नवंबर 1991, 03:30 बजे, Howrah, /);
    await say('हाँ अब ठीक है');
    await handedOver();
    expect(state.birth_details).toMatchObject({ date: '1991-11-09', time: '03:30', timezone: 'Asia/Kolkata' });
    expect(state.birth_details?.latitude).toBeCloseTo(22.58, 1);
  });

  it('takes the town a person was born near when they accept it', async () => {
    const { state, say, handedOver } = await intake();
    await say('1 july 1995');
    await say('8:05 pm');
    expect(await say('lucknow ke paas')).toMatch(/Lucknow, Uttar Pradesh, India/);
    expect(await say('haan')).toMatch(/Lucknow/);
    await say('haan');
    await handedOver();
    expect(state.birth_details?.place).toMatch(/^Lucknow, /);
  });

  it('takes a yes taken back at the read-back as the correction that follows, not the old value said again', async () => {
    const dialogues: Array<[string[], Record<string, string>, RegExp]> = [
      [['15 june 1978', 'six twenty in the evening', 'lucknow', "yes... wait no, it's not lucknow, it was kanpur, we moved to lucknow later", "yes that's correct now"], { date: '1978-06-15', time: '18:20' }, /^Kanpur, Uttar Pradesh, /],
      [['11 nov 2002', 'raat ko 9 baje', 'Delhi', 'haan... nahi ruko, date 12 thi, 11 nahi', 'haan ab sahi hai'], { date: '2002-11-12', time: '21:00' }, /^Delhi, /],
      [['१ जनवरी १९७७', 'रात नौ बजे', 'भोपाल', 'हाँ... नहीं नहीं, भोपाल नहीं, सीहोर', 'हाँ अब ठीक है'], { date: '1977-01-01', time: '21:00' }, /^Sehore, Madhya Pradesh, /],
    ];
    for (const [turns, expected, place] of dialogues) {
      const { state, say, handedOver } = await intake();
      for (const turn of turns.slice(0, -1)) await say(turn);
      expect(state.birth_details).toBeUndefined();
      await say(turns[turns.length - 1]);
      await handedOver();
      expect(state.birth_details).toMatchObject(expected);
      expect(state.birth_details?.place).toMatch(place);
    }
  });

  it('settles an hour whose half of the day was in doubt with the half named next, as an exact time', async () => {
    const dialogues: Array<[string[], string]> = [
      [['27 october 1983', "7 o'clock, but i'm not sure if it was morning or evening", 'hold on... my mom says morning', 'Kolkata', "yes that's right"], '07:00'],
      [['22 feb 1986', 'saat baje the, subah ya shaam yaad nahi', 'mummy keh rahi hai shaam ke', 'Dehradun', 'haan sahi'], '19:00'],
      [['८ जून १९८२', 'पाँच बजे थे, पर सुबह या शाम पता नहीं', 'माँ कह रही हैं सुबह', 'अजमेर', 'हाँ सही है'], '05:00'],
    ];
    for (const [turns, time] of dialogues) {
      const { state, say, handedOver } = await intake();
      for (const turn of turns) await say(turn);
      await handedOver();
      expect(state.birth_details).toMatchObject({ time });
      expect(state.birth_details?.time_uncertainty_minutes).toBeUndefined();
    }
  });

  it('offers the places again after a correction made meanwhile, and takes no "yes, but" for a yes', async () => {
    const { state, say, handedOver } = await intake();
    await say('1 july 1995');
    await say('8:05 pm');
    expect(await say('wembley')).toMatch(/Did you mean Wembley, England, United Kingdom\?/);
    expect(await say("wait, it's 2 july not 1 july")).toMatch(/Did you mean Wembley, England, United Kingdom\?/);
    expect(await say('yes')).toMatch(/born on 2 July 1995, at 20:05, in Wembley/);
    expect(await say('yes but the time is wrong')).not.toMatch(/Thank you/);
    expect(await say('8:15 pm')).toMatch(/at 20:15, in Wembley/);
    await say('yes');
    await handedOver();
    expect(state.birth_details).toMatchObject({ date: '1995-07-02', time: '20:15' });
  });

  it('takes "am" for "morning or evening?", a time named at the read-back, and a yes only after the summary is read', async () => {
    const { state, say, handedOver } = await intake();
    await say('5th june 1990');
    expect(await say('7')).toMatch(/morning or in the evening/);
    expect(await say('am')).toMatch(/Where were you born\?/);
    expect(await say('Delhi')).toMatch(/at 07:00, in Delhi/);
    expect(await say('no')).toMatch(/What should I change\?/);
    expect(await say('yes')).toMatch(/at 07:00, in Delhi.*Is that right\?/);
    expect(await say('the time was 8')).toMatch(/at 08:00, in Delhi/);
    await say('yes');
    await handedOver();
    expect(state.birth_details).toMatchObject({ date: '1990-06-05', time: '08:00' });
  });

  it('takes a pick only when it names one of the places offered, alone', async () => {
    const { state, say, handedOver } = await intake();
    await say('2 November 1994');
    await say('raat saadhe nau baje');
    await say('aurangabad');
    expect(await say('pehla nahi, doosra')).toMatch(/1\. Chhatrapati Sambhajinagar/);
    expect(await say('2nd')).toMatch(/Aurangabad, Bihar, India mein\. Kya yeh sahi hai\?/);
    await say('haan');
    await handedOver();
    expect(state.birth_details?.place).toMatch(/^Aurangabad, Bihar, /);
  });

  it('leaves words that only resemble a town alone when the place was not asked', async () => {
    const { say } = await intake();
    expect(await say('kya fayda hai ye sab ka... chalo theek hai')).toMatch(/Date samajh nahi aayi/);
    await say('1 aug 1988');
    expect(await say('nahi pata, papa ne kabhi bataya nahi')).toMatch(/janam kahan hua tha\?/);
  });
});

describe('intake dialogue (FakeLLM)', () => {
  it('never records "haan" as a birthplace, and takes it as the confirmation at the summary', async () => {
    const model = new voice.testing.FakeLLM([
      { input: '1 January 1985, 23:30, Mumbai', toolCalls: [{ name: RECORD_BIRTH_ANSWER, args: { answer: '1 January 1985, 23:30, in Mumbai' } }] },
      { input: 'haan', toolCalls: [{ name: RECORD_BIRTH_PLACE, args: { answer: 'haan' } }] },
      { input: 'haan ji', toolCalls: [{ name: RECORD_BIRTH_ANSWER, args: { answer: 'haan ji' } }] },
    ]);
    const { session, state, handedOver } = await intake(model);
    const first = await session.run({ userInput: '1 January 1985, 23:30, Mumbai' }).wait();
    expect(JSON.parse(first.expect.containsFunctionCallOutput().event().item.output)).toMatchObject({ ok: true, awaiting: 'confirm' });
    const haan = await session.run({ userInput: 'haan' }).wait();
    const reply = JSON.parse(haan.expect.containsFunctionCallOutput().event().item.output);
    expect(reply).toMatchObject({ ok: false, awaiting: 'confirm' });
    expect(reply.say).toMatch(/^Ek baar check kar loon: janam 1 January 1985, 23:30 baje, Mumbai, /);
    await session.run({ userInput: 'haan ji' }).wait();
    await handedOver();
    expect(state.birth_details).toMatchObject({ date: '1985-01-01', time: '23:30' });
    expect(state.birth_details?.place).toMatch(/^Mumbai, /);
  });

  it('does not complete on a confirm call before the summary was read back', async () => {
    const model = new voice.testing.FakeLLM([
      { input: '1 January 1985', toolCalls: [{ name: CONFIRM_BIRTH_DETAILS, args: {} }] },
    ]);
    const { session, state } = await intake(model);
    const run = await session.run({ userInput: '1 January 1985' }).wait();
    expect(JSON.parse(run.expect.containsFunctionCallOutput().event().item.output)).toMatchObject({ ok: false, awaiting: 'date' });
    expect(state.birth_details).toBeUndefined();
  });
});

describe('chartProblemOf', () => {
  it('maps typed chart errors to the answer to ask again, and anything else to none', () => {
    expect(chartProblemOf(new LocalTimeError('nonexistent_local_time', 'gap', 'America/New_York', []))).toEqual({ field: 'time', say: 'chart.local_time_gap', code: 'nonexistent_local_time' });
    expect(chartProblemOf(new LocalTimeError('ambiguous_local_time', 'overlap', 'Europe/London', []))).toEqual({ field: 'time', say: 'chart.local_time_overlap', code: 'ambiguous_local_time' });
    expect(chartProblemOf({ code: 'ambiguous_place' })).toEqual({ field: 'place', say: 'chart.place', code: 'ambiguous_place' });
    expect(chartProblemOf({ code: 'provider_timeout' })).toBeUndefined();
    expect(chartProblemOf(new Error('boom'))).toBeUndefined();
  });
});
