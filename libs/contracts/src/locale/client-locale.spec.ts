import { LOCALES, LocaleTag, TIME_ZONES, TimeZoneName } from './client-locale.js';

/** The i-th capitalisation of `value`: bit j of i upper-cases its j-th letter. */
function capitalised(value: string, i: number): string {
  let letter = 0;
  return value.replace(/[a-z]/g, (c) => ((i >> letter++) & 1 ? c.toUpperCase() : c));
}

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

  it('remembers at most 1024 time zone spellings, letting the least recently seen go, and still answers one it let go', () => {
    const canonical = TimeZoneName.parse('asia/kolkata');
    expect(TIME_ZONES.max).toBe(1024);
    for (let i = 1; i <= TIME_ZONES.max + 50; i++) expect(TimeZoneName.parse(capitalised('europe/london', i))).toBe('Europe/London');
    expect(TIME_ZONES.size).toBe(TIME_ZONES.max);
    expect(TIME_ZONES.has('asia/kolkata')).toBe(false);
    expect(TimeZoneName.parse('asia/kolkata')).toBe(canonical);
    expect(TIME_ZONES.get('asia/kolkata')).toBe(canonical);
  });

  it('remembers at most 1024 language tags, letting the least recently seen go, and still answers one it let go', () => {
    expect(LocaleTag.parse('HI-in')).toBe('hi-IN');
    expect(LOCALES.max).toBe(1024);
    for (let i = 1; i <= LOCALES.max + 50; i++) expect(LocaleTag.parse(`EN-x-${i}`)).toBe(`en-x-${i}`);
    expect(LOCALES.size).toBe(LOCALES.max);
    expect(LOCALES.has('HI-in')).toBe(false);
    expect(LocaleTag.parse('HI-in')).toBe('hi-IN');
    expect(LOCALES.get('HI-in')).toBe('hi-IN');
  });
});
