import { LocaleTag, TimeZoneName } from './client-locale.js';

describe('client locale and time zone', () => {
  it('gives the canonical spelling each time a value is seen, from Intl and then from memory', () => {
    for (let i = 0; i < 2; i++) {
      expect(TimeZoneName.parse('asia/kolkata')).toBe(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Kolkata' }).resolvedOptions().timeZone);
      expect(TimeZoneName.parse('Europe/London')).toBe('Europe/London');
      expect(LocaleTag.parse('HI-in')).toBe('hi-IN');
    }
  });

  it('rejects what Intl does not know every time it is offered', () => {
    for (let i = 0; i < 2; i++) {
      expect(TimeZoneName.safeParse('Mars/Olympus_Mons').success).toBe(false);
      expect(TimeZoneName.safeParse('').success).toBe(false);
      expect(LocaleTag.safeParse('not a tag').success).toBe(false);
    }
  });
});
