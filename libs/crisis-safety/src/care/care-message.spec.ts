import { CrisisDetector } from '../detector/crisis-detector.js';
import { helplinesFor } from '../helplines/helpline-table.js';
import { careMessage } from './care-message.js';
import { safetyGuidance } from './safety-guidance.js';
import { asksForHelpline } from './helpline-request.js';

const detector = new CrisisDetector();
const suicidal = { kinds: ['suicidal_intent'] } as const;

describe('careMessage', () => {
  it('opens with care, offers the helpline digit by digit, says it is an AI and keeps the door open', () => {
    expect(careMessage(detector.assess('I want to kill myself'), helplinesFor('IN'))).toBe(
      "Thank you for telling me. I'm really glad you did, and I'm taking what you said seriously. You don't have to carry this alone. " +
        "I'm an AI, so please also reach a person who can help: Tele-MANAS (free, day and night): call 1 4 4 1 6 or 1, 8 0 0, 8 9 1, 4 4 1 6. " +
        "I'm here with you. Can you tell me a little more about what's happening right now?",
    );
  });

  it('never leaves a number for text-to-speech to read as an amount', () => {
    for (const country of ['IN', 'US', 'GB', 'IE', 'CA', 'AU', 'NZ', 'SG', 'AE']) {
      for (const kinds of [['immediate_danger'], ['suicidal_intent'], ['abuse']] as const) {
        for (const stage of ['full', 'check_in', 'resources'] as const) {
          expect(careMessage({ kinds, stage }, helplinesFor(country))).not.toMatch(/\d\d/);
        }
      }
    }
  });

  it('puts the emergency number first in immediate danger, the abuse line first for abuse', () => {
    expect(careMessage(detector.assess('He has a knife'), helplinesFor('US'))).toMatch(
      /^Your safety matters most right now\. If you are in danger or have hurt yourself, please call 9 1 1 /,
    );
    expect(careMessage({ kinds: ['immediate_danger'] }, helplinesFor('SG'))).toContain(
      'call 9 9 5 for an ambulance or 9 9 9 for the police',
    );
    const abuse = careMessage(detector.assess('My husband beats me'), helplinesFor('US'));
    expect(abuse).toMatch(/^I'm so sorry this is happening to you\./);
    expect(abuse).toContain(
      'National Domestic Violence Hotline (free, day and night): call 1, 8 0 0, 7 9 9, 7 2 3 3 or text START to 8 8 7 8 8; or 9 8 8 Suicide',
    );
  });

  it('tells people in a country without an entry to visit the directory, never to call it', () => {
    const text = careMessage(detector.assess('I want to die'), helplinesFor('BR'));
    expect(text).toContain('visit findahelpline.com to find a free, confidential helpline in your country');
    expect(text).not.toMatch(/call findahelpline/i);
    expect(careMessage({ kinds: ['immediate_danger'] }, helplinesFor('BR'))).toContain(
      'please call your local emergency number straight away',
    );
  });

  it('speaks Hinglish and Hindi', () => {
    const hinglish = careMessage({ ...suicidal, language: 'hinglish' }, helplinesFor('IN'));
    expect(hinglish).toMatch(/^Mujhe yeh batane ke liye shukriya\./);
    expect(hinglish).toContain('Main ek AI hoon');
    expect(hinglish).toContain('Tele-MANAS (free, din-raat): 1 4 4 1 6 ya 1, 8 0 0, 8 9 1, 4 4 1 6 par call kijiye');
    const hindi = careMessage({ kinds: ['immediate_danger'], language: 'hi' }, helplinesFor('IN'));
    expect(hindi).toMatch(/^इस समय आपकी सुरक्षा सबसे ज़रूरी है।.*कृपया अभी 1 1 2 पर कॉल करें/);
    expect(hindi).toContain('मैं एक AI हूँ');
    expect(careMessage({ ...suicidal, language: 'hi' }, helplinesFor('BR'))).toContain('findahelpline.com पर जाकर');
  });

  it('checks in briefly after the first time, in varied words, the emergency number first in danger', () => {
    const first = careMessage({ ...suicidal, stage: 'check_in', checkIns: 0 }, helplinesFor('IN'));
    const second = careMessage({ ...suicidal, stage: 'check_in', checkIns: 1 }, helplinesFor('IN'));
    expect(first).not.toEqual(second);
    for (const text of [first, second]) {
      expect(text).not.toContain('1 4 4 1 6');
      expect(text).not.toContain("I'm an AI");
      expect(text.length).toBeLessThan(140);
    }
    expect(careMessage({ kinds: ['immediate_danger'], stage: 'check_in' }, helplinesFor('IN'))).toMatch(
      /^If you are in danger right now, please call 1 1 2\. /,
    );
  });

  it('gives the helplines again when asked', () => {
    expect(careMessage({ ...suicidal, stage: 'resources' }, helplinesFor('GB'))).toBe(
      'Here is how to reach a person who can help: Samaritans (free, day and night): call 1 1 6, 1 2 3. In an emergency, call 9 9 9.',
    );
  });
});

describe('safetyGuidance', () => {
  it('tells the LLM what was said first and what to do next, without the person’s words', () => {
    const note = safetyGuidance(detector.assess('I want to kill myself tonight'), helplinesFor('IN'));
    expect(note).toContain('thoughts of ending their life');
    expect(note).toContain('1 4 4 1 6');
    expect(note).toMatch(/ask kindly and directly whether they are safe right now/);
    expect(note).not.toContain('tonight');
  });

  it('asks about the means and encourages distance from them, as crisis lines do', () => {
    const note = safetyGuidance(detector.assess('I have saved up my pills to take them all'), helplinesFor('IN'));
    expect(note).toMatch(/ask gently whether it is within reach right now/);
    expect(note).toMatch(/put distance between themselves and it/);
    expect(note).toMatch(/someone they trust can be with them/);
  });

  it('in immediate danger, puts the emergency number before anything else', () => {
    const note = safetyGuidance({ kinds: ['immediate_danger', 'suicidal_intent'] }, helplinesFor('IN'));
    expect(note).toMatch(/emergency 1 1 2/);
    expect(note.indexOf('emergency number now')).toBeGreaterThan(-1);
    expect(note.indexOf('emergency number now')).toBeLessThan(note.indexOf('Means safety'));
  });

  it('asks for the turn’s language and, on a check-in, not to read the helplines again', () => {
    const note = safetyGuidance({ ...suicidal, language: 'hi', stage: 'check_in' }, helplinesFor('IN'));
    expect(note).toContain('Reply in Hindi in Devanagari script');
    expect(note).toContain('Do not read the helplines out again unless they ask or the danger grows');
    expect(safetyGuidance({ ...suicidal, language: 'hinglish' }, helplinesFor('IN'))).toContain('Reply in Hinglish');
    const resources = safetyGuidance({ ...suicidal, stage: 'resources' }, helplinesFor('IN'));
    expect(resources).toMatch(/^Safety note for this reply: the person asked again how to reach help/);
    expect(resources).not.toContain('suggests');
  });
});

describe('asksForHelpline', () => {
  it('hears a request for the helplines, and a plain "number" only after a safety response', () => {
    expect(asksForHelpline('can you give me the helpline again', false)).toBe(true);
    expect(asksForHelpline('हेल्पलाइन का नंबर क्या है?', false)).toBe(true);
    expect(asksForHelpline('what was that number?', true)).toBe(true);
    expect(asksForHelpline('what was that number?', false)).toBe(false);
    expect(asksForHelpline('my lucky numbers', false)).toBe(false);
    expect(asksForHelpline('the numbness is everywhere', true)).toBe(false);
  });
});
