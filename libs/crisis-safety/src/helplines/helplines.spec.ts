import { careMessage, safetyGuidance } from '../care/care-message.js';
import { CrisisDetector } from '../detector/crisis-detector.js';
import {
  CountryHelplines,
  HELPLINES,
  helplinesFor,
  INTERNATIONAL_HELPLINES,
} from './helplines.js';

describe('helplines', () => {
  it('has well-formed entries keyed by their own country code', () => {
    for (const [code, entry] of Object.entries(HELPLINES)) {
      expect(CountryHelplines.parse(entry)).toEqual(entry);
      expect(entry.country).toBe(code);
    }
    expect(CountryHelplines.parse(INTERNATIONAL_HELPLINES)).toEqual(
      INTERNATIONAL_HELPLINES,
    );
  });

  it('lists Tele-MANAS for India, 988 for the US and Samaritans for the UK', () => {
    expect(HELPLINES['IN']?.crisis.numbers).toEqual([
      '14416',
      '1-800-891-4416',
    ]);
    expect(HELPLINES['US']?.crisis.numbers).toEqual(['988']);
    expect(HELPLINES['GB']?.crisis.numbers).toEqual(['116 123']);
  });

  it('defaults to India, falls back to the international directory, ignores case', () => {
    expect(helplinesFor(undefined).country).toBe('IN');
    expect(helplinesFor(null).country).toBe('IN');
    expect(helplinesFor('us').country).toBe('US');
    expect(helplinesFor('BR')).toBe(INTERNATIONAL_HELPLINES);
  });
});

describe('careMessage', () => {
  const detector = new CrisisDetector();

  it('opens with care, offers the helpline, says it is an AI and keeps the door open', () => {
    const text = careMessage(
      detector.assess('I want to kill myself'),
      helplinesFor('IN'),
    );
    expect(text).toBe(
      "Thank you for telling me. I'm really glad you did, and I'm taking what you said seriously. You don't have to carry this alone. " +
        "I'm an AI, so please also reach a person who can help: Tele-MANAS, the national mental health helpline: call 14416 or 1-800-891-4416, free, 24 hours a day, in 20 languages. " +
        "I'm here with you. Can you tell me a little more about what's happening right now?",
    );
  });

  it('leads with the emergency number for danger and adds the abuse line for abuse', () => {
    expect(
      careMessage(detector.assess('He has a knife'), helplinesFor('US')),
    ).toMatch(/^Your safety matters most right now\. .*call 911/);
    const abuse = careMessage(
      detector.assess('My husband beats me'),
      helplinesFor('US'),
    );
    expect(abuse).toMatch(/^I'm so sorry this is happening to you\./);
    expect(abuse).toContain(
      'National Domestic Violence Hotline: text START to 88788',
    );
    expect(abuse).toContain('988');
  });

  it('points to the directory where no national line is known', () => {
    expect(
      careMessage(detector.assess('I want to die'), helplinesFor('BR')),
    ).toContain('findahelpline.com');
  });

  it('tells the LLM what was said first and what to do next, without the person’s words', () => {
    const note = safetyGuidance(
      detector.assess('I want to kill myself tonight'),
      helplinesFor('IN'),
    );
    expect(note).toContain('thoughts of ending their life');
    expect(note).toContain('14416');
    expect(note).toMatch(
      /ask kindly and directly whether they are safe right now/,
    );
    expect(note).not.toContain('tonight');
  });
});
