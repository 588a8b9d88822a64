import { detectLanguage } from './language.js';
import { readAnswers } from './read-answers.js';

const today = new Date('2026-12-02T00:00:00Z');

describe('readAnswers', () => {
  it('fills date, time and place from one Hinglish or Hindi sentence', () => {
    expect(readAnswers('mera janam 5 june 1990 ko subah 7 baje lucknow mein hua tha', { expecting: 'date', today })).toMatchObject({
      lang: 'hinglish',
      date: { kind: 'date', iso: '1990-06-05' },
      time: { kind: 'time', hhmm: '07:00' },
      place: 'lucknow',
    });
    expect(readAnswers('मेरा जन्म 12 मार्च 1985 को रात 9 बजे पटना में हुआ', { expecting: 'date', today })).toMatchObject({
      lang: 'hi',
      date: { kind: 'date', iso: '1985-03-12' },
      time: { kind: 'time', hhmm: '21:00' },
      place: 'Patna',
    });
    expect(readAnswers('born on 21st march 88 at 5 am in pune', { expecting: 'date', today })).toMatchObject({
      date: { iso: '1988-03-21' },
      time: { hhmm: '05:00' },
      place: 'pune',
    });
  });

  it.each([['haan'], ['haan ji sahi hai'], ['ji'], ['हाँ'], ['जी हाँ'], ['yes'], ['yeah that is right'], ['bilkul']])(
    '"%s" is a yes and never a place, even when the place was asked',
    (text) => {
      for (const expecting of ['confirm', 'place'] as const) {
        const heard = readAnswers(text, { expecting, today });
        expect(heard.confirmation).toBe('yes');
        expect(heard.place).toBeUndefined();
      }
    },
  );

  it.each([['nahi'], ['no'], ['नहीं'], ['galat hai']])('"%s" is a no', (text) => {
    expect(readAnswers(text, { expecting: 'confirm', today })).toMatchObject({ confirmation: 'no' });
    expect(readAnswers(text, { expecting: 'confirm', today }).place).toBeUndefined();
  });

  it('reads corrections for the field they name only', () => {
    const day = readAnswers('actually it was the 16th', { expecting: 'confirm', today });
    expect(day).toMatchObject({ date: { kind: 'partial', parts: { day: 16 } }, correction: true });
    expect(day.place).toBeUndefined();
    expect(day.time).toBeUndefined();
    const evening = readAnswers('no wait, evening', { expecting: 'confirm', today });
    expect(evening).toMatchObject({ time: { kind: 'day_part', part: 'evening' }, correction: true });
    expect(evening.date).toBeUndefined();
    expect(evening.place).toBeUndefined();
    expect(readAnswers('nahi nahi shaam ko', { expecting: 'confirm', today })).toMatchObject({ time: { kind: 'day_part', part: 'evening' } });
    expect(readAnswers('not Lucknow, Kanpur', { expecting: 'confirm', today })).toMatchObject({ place: 'kanpur', correction: true });
    expect(readAnswers('lucknow nahi kanpur', { expecting: 'confirm', today })).toMatchObject({ place: 'kanpur' });
    // A town lived in later is not the birthplace, and "no wait" starts the replacement even before a trailing "actually".
    expect(readAnswers('lucknow... no wait, barabanki actually, we moved to lucknow when i was two', { expecting: 'place', today }).place).toBe('barabanki');
    expect(readAnswers('barabanki mein hua, baad mein lucknow shift ho gaye', { expecting: 'place', today }).place).toBe('barabanki');
    // A clock denied beside a bare number says the number is the time.
    for (const text of ["uh wait actually it's five fifty not five thirty, my mom just told me", '5:50 not 5:30']) {
      expect(readAnswers(text, { expecting: 'confirm', today })).toMatchObject({ time: { kind: 'ambiguous', candidates: ['05:50', '17:50'] }, correction: true });
    }
    expect(readAnswers('five fifty', { expecting: 'confirm', today }).time).toBeUndefined();
    // "ek second", "one thing": talk that opens with a number word, neither a day nor a place.
    expect(readAnswers('ek second mummy bol rahi hain subah saade nau baje hua tha', { expecting: 'confirm', today })).not.toHaveProperty('date');
    expect(readAnswers('one thing the time was 6 50 not 6 30', { expecting: 'confirm', today })).toMatchObject({ time: { kind: 'ambiguous' } });
    expect(readAnswers('one thing the time was 6 50 not 6 30', { expecting: 'confirm', today })).not.toHaveProperty('place');
  });

  it('takes no denied number, and only what follows a correction or is not a landmark', () => {
    expect(readAnswers('arre sorry, 25 march, 24 nahi', { expecting: 'time', today }).date).toEqual({ kind: 'partial', parts: { day: 25, month: 3 } });
    expect(readAnswers('toronto... actually brampton, toronto ke paas', { expecting: 'place', today }).place).toBe('brampton');
    expect(readAnswers('लखनऊ के पास उन्नाव में', { expecting: 'place', today }).place).toBe('Unnao');
    expect(readAnswers('near lucknow', { expecting: 'place', today }).place).toBe('near lucknow');
    expect(readAnswers('dilli ke paas ek gaon hai', { expecting: 'place', today }).place).toBe('near dilli');
    expect(readAnswers('delhi ya noida', { expecting: 'place', today }).place).toBe('delhi or noida');
  });

  it('reads a "no" inside a sentence as correcting the field whose value follows it', () => {
    expect(readAnswers('15 march 1990, nahi, 7 baje shaam', { today })).toMatchObject({ date: { kind: 'date', iso: '1990-03-15' }, time: { kind: 'time', hhmm: '19:00' }, correction: true });
    expect(readAnswers('15 मई 1999, नहीं चौदह', { today, expecting: 'date' })).toMatchObject({ date: { kind: 'conflicting' }, correction: true });
    expect(readAnswers('subah 6 baje, nahi 7 baje', { today, expecting: 'time' })).toMatchObject({ time: { kind: 'time', hhmm: '07:00' }, correction: true });
    expect(readAnswers('नहीं नहीं, 11 नहीं, 10 बजे रात', { today, expecting: 'time' })).not.toHaveProperty('date');
  });

  it('reads "I don\'t know" as the time only when the time was asked or named', () => {
    expect(readAnswers('पता नहीं', { expecting: 'place', today }).time).toBeUndefined();
    expect(readAnswers('time nahi pata', { expecting: 'place', today }).time).toEqual({ kind: 'unknown' });
    expect(readAnswers('pata nahi', { expecting: 'time', today }).time).toEqual({ kind: 'unknown' });
  });

  it('reads a town at the confirmation as a place to check, a yes as a yes', () => {
    expect(readAnswers('ranchi', { expecting: 'confirm', today }).place).toBe('ranchi');
    expect(readAnswers('haan ji', { expecting: 'confirm', today }).place).toBeUndefined();
    expect(readAnswers('haan ji, kanpur', { expecting: 'confirm', today })).toMatchObject({ confirmation: 'yes', place: 'kanpur' });
    expect(readAnswers('yes but the time is wrong', { expecting: 'confirm', today }).confirmation).toBe('no');
    expect(readAnswers('haan lekin jagah galat hai', { expecting: 'confirm', today })).toMatchObject({ confirmation: 'no' });
    expect(readAnswers('i think so yes', { expecting: 'confirm', today }).confirmation).toBe('yes');
  });

  it('does not blur a clock whose only doubt is the half of the day, in all three languages', () => {
    const time = (text: string) => readAnswers(text, { expecting: 'time', today }).time;
    expect(time("7 o'clock, but i'm not sure if it was morning or evening")).toEqual({ kind: 'ambiguous', candidates: ['07:00', '19:00'], approximate: false });
    expect(time('saat baje the, subah ya shaam yaad nahi')).toEqual({ kind: 'ambiguous', candidates: ['07:00', '19:00'], approximate: false });
    expect(time('पाँच बजे थे, पर सुबह या शाम पता नहीं')).toEqual({ kind: 'ambiguous', candidates: ['05:00', '17:00'], approximate: false });
    expect(time('around 7, morning or evening')).toMatchObject({ kind: 'ambiguous', approximate: true });
    expect(time('maybe 7, not sure if morning or evening')).toMatchObject({ kind: 'ambiguous', approximate: true });
  });

  it('reads regional yeses, a name spelled letter by letter, and a clock of the day said as hours', () => {
    for (const text of ['हौ बराबर है', 'hau sa', 'affirmative', 'जी दुरुस्त']) expect(readAnswers(text, { expecting: 'confirm', today }).confirmation).toBe('yes');
    expect(readAnswers('no its not kanpur its kannur k a n n u r in kerala', { expecting: 'confirm', today }).place).toMatch(/^kannur/);
    expect(readAnswers('1800 hours', { expecting: 'time', today })).toMatchObject({ time: { kind: 'time', hhmm: '18:00' } });
    expect(readAnswers('1800 hours', { expecting: 'time', today })).not.toHaveProperty('date');
  });

  it('takes no yes that is taken back at once, in all three languages', () => {
    expect(readAnswers("yes... wait no, it's not lucknow, it was kanpur", { expecting: 'confirm', today })).toMatchObject({ confirmation: 'no', place: 'kanpur', correction: true });
    expect(readAnswers('haan... nahi ruko, date 12 thi, 11 nahi', { expecting: 'confirm', today })).toMatchObject({ confirmation: 'no', date: { kind: 'partial', parts: { day: 12 } }, correction: true });
    expect(readAnswers('हाँ... नहीं नहीं, भोपाल नहीं, सीहोर', { expecting: 'confirm', today })).toMatchObject({ confirmation: 'no', place: 'Sehore' });
    expect(readAnswers('haan ji, bilkul', { expecting: 'confirm', today }).confirmation).toBe('yes');
  });

  it('reads a place only where nothing else can be', () => {
    expect(readAnswers('the 16th', { expecting: 'place', today }).place).toBeUndefined();
    expect(readAnswers('7 baje', { expecting: 'place', today }).place).toBeUndefined();
    expect(readAnswers('umm i was born in gurgaon haryana', { expecting: 'place', today }).place).toBe('gurgaon haryana');
    expect(readAnswers('मेरा जन्म वाराणसी में हुआ', { expecting: 'place', today }).place).toBe('Varanasi');
    expect(readAnswers('kochi', { expecting: 'place', today }).place).toBe('Cochin, India');
    expect(readAnswers('15 august 1990 honestly', { expecting: 'date', today }).place).toBeUndefined();
  });
});

describe('detectLanguage', () => {
  it.each([
    ['I was born in Pune', 'en'],
    ['mera janam pune mein hua tha', 'hinglish'],
    ['subah 7 baje', 'hinglish'],
    ['मेरा जन्म पुणे में हुआ', 'hi'],
  ] as const)('%s -> %s', (text, lang) => expect(detectLanguage(text)).toBe(lang));

  it('never takes a weekday said with the date for part of the place', () => {
    expect(readAnswers('born on monday 4 june 1990 in lucknow', { expecting: 'date', today })).toMatchObject({ date: { iso: '1990-06-04' }, place: 'lucknow' });
    expect(readAnswers('somvar ko 4 june 1990 lucknow mein', { expecting: 'date', today })).toMatchObject({ date: { iso: '1990-06-04' }, place: 'lucknow' });
  });
});
