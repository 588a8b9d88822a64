import { parseBirthTime } from './parse-birth-time.js';

describe('parseBirthTime', () => {
  it.each([
    ['quarter past six in the morning', '06:15'],
    ['6:15 am', '06:15'],
    ['6:15pm', '18:15'],
    ['6.15 p.m.', '18:15'],
    ['18:15', '18:15'],
    ['06:15', '06:15'],
    ['1815 hours', '18:15'],
    ['half past seven in the evening', '19:30'],
    ['seven thirty in the evening', '19:30'],
    ['quarter to eight in the morning', '07:45'],
    ['twenty to one in the afternoon', '12:40'],
    ['quarter to twelve at night', '23:45'],
    ['two at night', '02:00'],
    ['ten past eleven pm', '23:10'],
    ['12:30 am', '00:30'],
    ['12 pm', '12:00'],
    ['noon', '12:00'],
    ['midnight', '00:00'],
    ["5 o'clock in the evening", '17:00'],
  ])('reads %j as %s', (text, hhmm) => {
    expect(parseBirthTime(text)).toEqual({ ok: true, value: expect.objectContaining({ known: true, text: hhmm, approximate: false }) });
  });

  it('marks hedged times as approximate', () => {
    expect(parseBirthTime('around 5 in the morning')).toEqual({ ok: true, value: { known: true, hour: 5, minute: 0, text: '05:00', approximate: true } });
  });

  it.each(["I don't know", 'not sure', 'unknown', "I can't remember", 'no idea, sorry'])('treats %j as an unknown time', (text) => {
    expect(parseBirthTime(text)).toEqual({ ok: true, value: { known: false, text: 'unknown' } });
  });

  it('asks morning or evening when a 12-hour time has neither', () => {
    expect(parseBirthTime('six fifteen')).toEqual({ ok: false, error: expect.objectContaining({ code: 'ambiguous_time', candidates: ['06:15', '18:15'] }) });
    expect(parseBirthTime('12:30')).toEqual({ ok: false, error: expect.objectContaining({ code: 'ambiguous_time', candidates: ['12:30', '00:30'] }) });
  });

  it.each([['25:00', 'invalid_time'], ['6:75 pm', 'invalid_time'], ['14 in the morning', 'invalid_time'], ['banana', 'unparseable_time'], ['', 'unparseable_time']])(
    'rejects %j with %s',
    (text, code) => {
      expect(parseBirthTime(text)).toEqual({ ok: false, error: expect.objectContaining({ code }) });
    },
  );
});
