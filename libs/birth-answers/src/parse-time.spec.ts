import { halfOfDay, parseTime, shiftToDayPart } from './parse-time.js';

describe('parseTime', () => {
  it.each([
    ['6:45 in the morning', '06:45'],
    ['quarter past six in the morning', '06:15'],
    ['5 p m', '17:00'],
    ['4 05 p.m.', '16:05'],
    ['1730 hours', '17:30'],
    ['noon', '12:00'],
    ['midnight', '00:00'],
    ['twelve thirty at night', '00:30'],
    ['subah saade paanch baje', '05:30'],
    ['shaam 7 baje', '19:00'],
    ['raat ke 12 baje', '00:00'],
    ['raat 2 baje', '02:00'],
    ['dopahar dhai baje', '14:30'],
    ['sava 9 subah', '09:15'],
    ['paune aath baje shaam', '19:45'],
    ['5 baj ke 20 minute shaam', '17:20'],
    ['सुबह साढ़े पाँच बजे', '05:30'],
    ['शाम ७ बजे', '19:00'],
    ['रात पौने दस बजे', '21:45'],
  ])('%s -> %s', (text, hhmm) => {
    expect(parseTime(text)).toEqual({ kind: 'time', hhmm, approximate: false });
  });

  it.each([
    ['early morning maybe 5', '05:00'],
    ['around 10 at night', '22:00'],
    ['subah 7 baje ke aas paas', '07:00'],
    ['raat ke teen bajne wale the', '03:00'],
    ['लगभग शाम 6 बजे', '18:00'],
    ['half past eleven in the night around that', '23:30'],
    ['saade gyarah raat ko, uske aas paas', '23:30'],
    ['during the doordarshan news at 9 pm so about 9', '21:00'],
    ['रेडियो पे रात आठ बजे वाले समाचार चल रहे थे तब', '20:00'],
    ['शाम को साढ़े पाँच बजे करके हुआ बोलते', '17:30'],
  ])('%s -> about %s', (text, hhmm) => {
    expect(parseTime(text)).toMatchObject({ kind: 'time', hhmm, approximate: true, uncertaintyMinutes: expect.any(Number) });
  });

  it.each([["I don't know"], ['no idea honestly'], ['pata nahi yaar, mummy ko bhi yaad nahi'], ['मुझे नहीं पता'], ['समय याद नहीं']])(
    '%s is an unknown time',
    (text) => expect(parseTime(text)).toEqual({ kind: 'unknown' }),
  );

  it('asks morning or evening rather than guessing, and refuses ranges and impossible times', () => {
    expect(parseTime('5 baje')).toEqual({ kind: 'ambiguous', candidates: ['05:00', '17:00'], approximate: false });
    expect(parseTime('half past 7')).toMatchObject({ kind: 'ambiguous', candidates: ['07:30', '19:30'] });
    expect(parseTime('between 5 and 6 in the morning')).toEqual({ kind: 'range' });
    expect(parseTime('5 se 6 ke beech subah')).toEqual({ kind: 'range' });
    expect(parseTime('25:10')).toEqual({ kind: 'invalid' });
    expect(parseTime('in the evening')).toEqual({ kind: 'day_part', part: 'evening' });
    expect(parseTime('haan').kind).toBe('none');
  });

  it('moves a clock onto another part of the day', () => {
    expect(shiftToDayPart('07:00', 'evening')).toBe('19:00');
    expect(shiftToDayPart('19:30', 'morning')).toBe('07:30');
    expect(shiftToDayPart('12:00', 'night')).toBe('00:00');
  });

  it('marks hedged times approximate', () => {
    expect(parseTime('4 a.m. give or take')).toMatchObject({ kind: 'time', hhmm: '04:00', approximate: true });
  });

  it('asks back when the hour is in doubt: a day-part against am/pm, two different times, a number that only stalls', () => {
    expect(parseTime('subah 8 pm')).toEqual({ kind: 'invalid' });
    expect(parseTime('shaam 7 baje, 8 baje')).toEqual({ kind: 'range' });
    expect(parseTime('7 baje... sorry, 8 baje')).toMatchObject({ kind: 'ambiguous', candidates: ['08:00', '20:00'] });
    expect(parseTime('haan ji ek minute... shaam saade paanch')).toMatchObject({ kind: 'time', hhmm: '17:30' });
  });

  it('names the half of the day of a short "am" / "p.m." answer', () => {
    expect(halfOfDay('am')).toBe('am');
    expect(halfOfDay('p.m.')).toBe('pm');
    expect(halfOfDay('i am not sure')).toBeUndefined();
  });

  it('reads "oh" for zero in the minutes, and asks when a word after the number may be a digit misheard', () => {
    expect(parseTime('two oh five a m')).toEqual({ kind: 'time', hhmm: '02:05', approximate: false });
    expect(parseTime('eleven oh nine at night')).toEqual({ kind: 'time', hhmm: '23:09', approximate: false });
    expect(parseTime('shaam ko six oh eight baje')).toEqual({ kind: 'time', hhmm: '18:08', approximate: false });
    expect(parseTime('seven fifty for the morning i think')).toEqual({ kind: 'range' });
  });

  it('marks a time approximate for every way of saying "roughly"', () => {
    for (const text of [
      'like 6:15 in the morning', 'just after 9 pm', 'sevenish in the evening', '10 pm or so', 'give or take, 3 am',
      'subah lagbhag 5 baje', 'raat 11 baje ke aas paas', 'shaam 6 baje, aage peeche', 'kareeb 4 baje dopahar',
      'सुबह 7 बजे, थोड़ा आगे पीछे', 'लगभग रात 9 बजे', 'शाम 5 बजे के आसपास', 'करीब 2 बजे दोपहर',
    ]) {
      expect(parseTime(text)).toMatchObject({ kind: 'time', approximate: true });
    }
  });

  it('marks a time approximate for the Urdu and Hindi words of estimate, in their common spellings', () => {
    for (const [text, hhmm] of [
      ['takreeban saade chaar baje shaam ka waqt tha', '16:30'], ['तकरीबन शाम पाँच बजे', '17:00'], ['तक़रीबन शाम पाँच बजे', '17:00'],
      ['taqriban 5 baje shaam', '17:00'], ['takriban raat 9 baje', '21:00'], ['andaazan raat 10 baje', '22:00'],
      ['अंदाज़न सुबह 6 बजे', '06:00'], ['koi saade chaar baje shaam', '16:30'], ['कोई पाँच बजे शाम', '17:00'],
      ['lagbag 6 baje subah', '06:00'], ['shaam 5 baje ke aas-paas', '17:00'], ['शाम पाँच बजे के आस-पास', '17:00'],
      ['kareeb kareeb 4 baje dopahar', '16:00'],
    ]) {
      expect(parseTime(text)).toMatchObject({ kind: 'time', hhmm, approximate: true });
    }
  });

  it('reads "koi" as a hedge only before the clock ("koi 5 baje"), not after it ("5 baje, koi baat nahi")', () => {
    expect(parseTime('shaam 5 baje, koi baat nahi')).toEqual({ kind: 'time', hhmm: '17:00', approximate: false });
    expect(parseTime('शाम 5 बजे, कोई बात नहीं')).toEqual({ kind: 'time', hhmm: '17:00', approximate: false });
  });

  it('keeps a clock exact when "just before/after" places it against a part of the day', () => {
    expect(parseTime('just before dawn, 5:10 am')).toEqual({ kind: 'time', hhmm: '05:10', approximate: false });
    expect(parseTime('just before dawn, like 5:10')).toMatchObject({ kind: 'time', hhmm: '05:10', approximate: true });
    expect(parseTime('just after midnight')).toEqual({ kind: 'day_part', part: 'midnight' });
    expect(parseTime('after midnight, about 2:10')).toMatchObject({ kind: 'time', hhmm: '02:10', approximate: true });
    expect(parseTime('suraj ugne se pehle, lagbhag 5 baje')).toMatchObject({ kind: 'ambiguous', candidates: ['05:00', '17:00'], approximate: true });
  });

  it('takes the time after an in-sentence "no"', () => {
    expect(parseTime('सुबह छह बजे, नहीं सात बजे')).toMatchObject({ kind: 'time', hhmm: '07:00' });
    expect(parseTime('raat nau baje, nahi das baje')).toMatchObject({ kind: 'time', hhmm: '22:00' });
    expect(parseTime('4 pm, no, 5 pm')).toMatchObject({ kind: 'time', hhmm: '17:00' });
  });

  it('reads "N minutes to X" in every language, the part of the day belonging to X', () => {
    expect(parseTime('raat 12 bajne mein 20 minute')).toEqual({ kind: 'time', hhmm: '23:40', approximate: false });
    expect(parseTime('subah 6 bajne me 5')).toEqual({ kind: 'time', hhmm: '05:55', approximate: false });
    expect(parseTime('शाम चार बजने में दस मिनट')).toEqual({ kind: 'time', hhmm: '15:50', approximate: false });
    expect(parseTime('twenty to nine at night')).toEqual({ kind: 'time', hhmm: '20:40', approximate: false });
    expect(parseTime('quarter to 1 in the afternoon')).toEqual({ kind: 'time', hhmm: '12:45', approximate: false });
  });

  it('reads spaced and compact 24-hour clocks, "24 hour" naming only the format', () => {
    expect(parseTime('it was 21 05, 24 hour clock')).toEqual({ kind: 'time', hhmm: '21:05', approximate: false });
    expect(parseTime('2310 hours')).toEqual({ kind: 'time', hhmm: '23:10', approximate: false });
    expect(parseTime('in twenty four hour format, 0645')).toEqual({ kind: 'time', hhmm: '06:45', approximate: false });
    expect(parseTime('24 hour')).toEqual({ kind: 'none' });
  });

  it('asks back an either-or of the half of the day and a time known only from one side', () => {
    expect(parseTime('4 am or 4 pm, not sure')).toMatchObject({ kind: 'ambiguous', candidates: ['04:00', '16:00'] });
    expect(parseTime('subah ya shaam ke 8 baje')).toMatchObject({ kind: 'ambiguous', candidates: ['08:00', '20:00'] });
    expect(parseTime('सुबह या रात, नौ बजे')).toMatchObject({ kind: 'ambiguous', candidates: ['09:00', '21:00'] });
    for (const text of ['before 10 at night', 'after 3 pm i think', 'raat 9 baje se pehle', 'dopahar 2 baje ke baad', 'शाम छह बजे के बाद', 'दस बजे से पहले, पक्का नहीं']) {
      expect(parseTime(text)).toEqual({ kind: 'range' });
    }
  });

  it('marks a time approximate only when the word of degree stands by the clock', () => {
    expect(parseTime('2:15 pm, almost too late for the doctor')).toEqual({ kind: 'time', hhmm: '14:15', approximate: false });
    expect(parseTime('1845 hours, my uncle talks like a soldier')).toEqual({ kind: 'time', hhmm: '18:45', approximate: false });
    expect(parseTime('almost 6 in the morning')).toMatchObject({ kind: 'time', hhmm: '06:00', approximate: true });
    expect(parseTime('like 4:30 pm')).toMatchObject({ kind: 'time', hhmm: '16:30', approximate: true });
    expect(parseTime('raat 10 baje ke kareeb')).toMatchObject({ kind: 'time', hhmm: '22:00', approximate: true });
    expect(parseTime('लगभग सुबह 5 बजे')).toMatchObject({ kind: 'time', hhmm: '05:00', approximate: true });
    expect(parseTime('शाम 6 बजे, बस थोड़ा ऊपर नीचे')).toMatchObject({ kind: 'time', hhmm: '18:00', approximate: true });
  });

  it.each([
    ['between 5 and 7 in the evening'],
    ['from 5 to 7 in the evening'],
    ['2 to 4 at night'],
    ['5 or 6 pm'],
    ['5 se 7 ke beech'],
    ['shaam 5 aur 7 ke beech'],
    ['5-6 baje ke beech'],
    ['5 ya 6 baje'],
    ['5 6 baje'],
    ['शाम पाँच और सात के बीच कभी'],
    ['पाँच से सात बजे के बीच'],
    ['शाम 5-6 बजे'],
    ['पाँच छह बजे'],
    ['raat 11 12 baje'],
    ['तीन-चार बजे के बीच'],
  ])('%s is a range of hours, to ask back', (text) => {
    expect(parseTime(text)).toEqual({ kind: 'range' });
  });

  it('reads "N to X" as minutes to the hour only for the counts people say that way, and where it cannot be a span', () => {
    expect(parseTime('ten to six in the evening')).toEqual({ kind: 'time', hhmm: '17:50', approximate: false });
    expect(parseTime('quarter too nine at night')).toEqual({ kind: 'time', hhmm: '20:45', approximate: false });
    expect(parseTime('for fifteen p m')).toEqual({ kind: 'time', hhmm: '16:15', approximate: false });
    expect(parseTime('ate forty five pm')).toEqual({ kind: 'time', hhmm: '20:45', approximate: false });
    expect(parseTime('around midday')).toEqual({ kind: 'time', hhmm: '12:00', approximate: true, uncertaintyMinutes: 30 });
    expect(parseTime('my twin brother was born at 1:40 pm and i came ten minutes after him')).toEqual({ kind: 'range' });
    for (const text of ["time we don't have, my mum lost the hospital card long back", 'time toh keu jaane na']) expect(parseTime(text)).toEqual({ kind: 'unknown' });
    expect(parseTime('amrit vele chaar vaje gurdwaare da paath shuru hunda si')).toEqual({ kind: 'time', hhmm: '04:00', approximate: false });
    expect(parseTime('सूरज डूब रहा था संध्या का समय था')).toEqual({ kind: 'day_part', part: 'evening' });
    for (const text of ['वक़्त का इल्म नहीं है वालिदा भी गुज़र गईं', 'time ka koi record nahi hai']) expect(parseTime(text)).toEqual({ kind: 'unknown' });
    expect(parseTime('10 to 11 at night')).toEqual({ kind: 'range' });
    expect(parseTime('5 to 7 pm')).toEqual({ kind: 'range' });
    expect(parseTime('twenty five to six in the morning')).toEqual({ kind: 'time', hhmm: '05:35', approximate: false });
    expect(parseTime('3 to 4 in the morning')).toEqual({ kind: 'range' });
  });

  it('leaves a part of the day without a clock for the caller to ask the hour in, and an either-or of parts open', () => {
    expect(parseTime('subah kabhi')).toEqual({ kind: 'day_part', part: 'morning' });
    expect(parseTime('शाम को कभी')).toEqual({ kind: 'day_part', part: 'evening' });
    expect(parseTime('some time in the afternoon, no one wrote the time down')).toEqual({ kind: 'day_part', part: 'afternoon' });
    expect(parseTime('raat ko, aadhi raat ke baad')).toMatchObject({ kind: 'day_part' });
    for (const text of ['morning or evening, not sure', 'subah ya shaam', 'सुबह या शाम', 'dopahar ya raat']) expect(parseTime(text)).toEqual({ kind: 'range' });
  });

  it('asks the hour in a part of the day said with "don\'t know", and reads "don\'t know" alone as an unknown time', () => {
    expect(parseTime('दोपहर में कभी, ठीक से याद नहीं')).toEqual({ kind: 'day_part', part: 'afternoon' });
    expect(parseTime('shaam ko, time pata nahi')).toEqual({ kind: 'day_part', part: 'evening' });
    expect(parseTime('raat ko hua tha, exact time yaad nahi')).toEqual({ kind: 'day_part', part: 'night' });
    expect(parseTime('morning, i dont know the time')).toEqual({ kind: 'day_part', part: 'morning' });
    expect(parseTime('dopahar 12 ke aas paas, pata nahi')).toMatchObject({ approximate: true });
    expect(parseTime('noon, pata nahi exactly')).toEqual({ kind: 'day_part', part: 'noon' });
    expect(parseTime('midnight, not sure')).toEqual({ kind: 'day_part', part: 'midnight' });
    expect(parseTime('subah ya shaam, yaad nahi')).toEqual({ kind: 'range' });
    expect(parseTime('time pata nahi')).toEqual({ kind: 'unknown' });
    expect(parseTime('ठीक से याद नहीं')).toEqual({ kind: 'unknown' });
  });

  it('reads "one" after "no", "some", "any" as a pronoun, not an hour', () => {
    expect(parseTime('no one knows')).toEqual({ kind: 'unknown' });
    expect(parseTime('no one remembers, evening')).toEqual({ kind: 'day_part', part: 'evening' });
  });

  it('passes over a clock or a part of the day the speaker denied', () => {
    expect(parseTime('नहीं, ढाई नहीं, साढ़े तीन बजे')).toMatchObject({ kind: 'ambiguous', candidates: ['03:30', '15:30'] });
    expect(parseTime('dhai nahi, saade teen baje raat')).toEqual({ kind: 'time', hhmm: '03:30', approximate: false });
    expect(parseTime('no, not 2:30, 3:30 am')).toEqual({ kind: 'time', hhmm: '03:30', approximate: false });
    expect(parseTime('नहीं, रात नहीं, दोपहर ढाई बजे')).toEqual({ kind: 'time', hhmm: '14:30', approximate: false });
    expect(parseTime('raat nahi, subah 5 baje')).toEqual({ kind: 'time', hhmm: '05:00', approximate: false });
  });
});
