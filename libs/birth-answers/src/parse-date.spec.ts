import { parseDate } from './parse-date.js';

const today = new Date('2026-12-02T00:00:00Z');
const read = (text: string) => parseDate(text, { today });

describe('parseDate', () => {
  it.each([
    ['born on 21st march 88', '1988-03-21'],
    ['15 August 1990', '1990-08-15'],
    ['August 15th, 1990', '1990-08-15'],
    ['umm its 7th october 85', '1985-10-07'],
    ['23/11/1989', '1989-11-23'],
    ['12/28/2001', '2001-12-28'],
    ['05.05.1995', '1995-05-05'],
    ['1986-09-14', '1986-09-14'],
    ['nineteen ninety nine, june the second', '1999-06-02'],
    ['twelfth december eighty one', '1981-12-12'],
    ['2nd of may two thousand three', '2003-05-02'],
    ['30th of april ninety', '1990-04-30'],
    ['mera janam 5 june 1990 ko hua tha', '1990-06-05'],
    ['21 march 88 ko hua tha', '1988-03-21'],
    ['unnees sau athasi, paanch farvari', '1988-02-05'],
    ['do hazaar teen, das march', '2003-03-10'],
    ['5 जून 1990 को', '1990-06-05'],
    ['२१ मार्च १९८८', '1988-03-21'],
    ['मेरा जन्म पाँच अगस्त उन्नीस सौ अस्सी को हुआ', '1980-08-05'],
    ['बारह मई १९७०', '1970-05-12'],
    ['15 agast 1975', '1975-08-15'],
    ['29th feb 1988', '1988-02-29'],
  ])('%s -> %s', (text, iso) => {
    expect(read(text)).toMatchObject({ kind: 'date', iso });
  });

  it('asks back, with both readings, for a slash date that reads both ways', () => {
    expect(read('04/07/1991')).toEqual({ kind: 'ambiguous', candidates: ['1991-07-04', '1991-04-07'] });
    expect(read('03-06-94')).toEqual({ kind: 'ambiguous', candidates: ['1994-06-03', '1994-03-06'] });
  });

  it('never turns an impossible, future or two-date answer into a date', () => {
    expect(read('31 feb 1990').kind).toBe('impossible');
    expect(read('29 feb 1991').kind).toBe('impossible');
    expect(read('31 april 1990').kind).toBe('impossible');
    expect(read('5 june 2031').kind).toBe('out_of_range');
    expect(read('papa bolte hai 15 aug 1965, school mein 1 july likha hai').kind).toBe('conflicting');
  });

  it('reports part of a date as partial, and nothing as none', () => {
    expect(read('the 16th')).toEqual({ kind: 'partial', parts: { day: 16 } });
    expect(read('actually it was the 16th')).toEqual({ kind: 'partial', parts: { day: 16 } });
    expect(read('date 12 thi')).toEqual({ kind: 'partial', parts: { day: 12 } });
    expect(read('the date was 12')).toEqual({ kind: 'partial', parts: { day: 12 } });
    expect(read('तारीख १२ थी')).toEqual({ kind: 'partial', parts: { day: 12 } });
    expect(read("september 1983, i don't remember the exact day")).toEqual({ kind: 'partial', parts: { month: 9, year: 1983 } });
    expect(read('1990')).toEqual({ kind: 'partial', parts: { year: 1990 } });
    expect(read("i'm 34").kind).toBe('none');
    expect(read('haan').kind).toBe('none');
    expect(read('may be').kind).toBe('none');
  });

  it('leaves the year open when a word of it was not understood, and reads doubled-letter spellings', () => {
    expect(read('do june unnees sau blarg')).toEqual({ kind: 'partial', parts: { day: 2, month: 6 } });
    expect(read('do june unnees sau athhattar')).toMatchObject({ kind: 'date', iso: '1978-06-02' });
    expect(read('5 june nineteen hundred')).toMatchObject({ kind: 'date', iso: '1900-06-05' });
  });

  it('reads Hinglish years in words however "sau" and the numbers are spelled', () => {
    for (const [text, iso] of [
      ['uh woh nau navambar unis so athasi tha', '1988-11-09'], ['nau navambar unnis sau athaasi', '1988-11-09'],
      ['nau navambar unnees sau atthasi', '1988-11-09'], ['nau navambar unis sao chhiyasi', '1986-11-09'],
      ['9 november unnis sau chhiyaasi', '1986-11-09'], ['paanch march unnis so nabbe', '1990-03-05'],
      ['nau navambar unees so nawasi', '1989-11-09'], ['nau july unnis athaasee', '1988-07-09'],
    ]) {
      expect(read(text)).toMatchObject({ kind: 'date', iso });
    }
  });

  it('asks for a year whose words were not all understood rather than taking its hundreds for a two-digit year', () => {
    expect(read('nau navambar unis blarg athasi')).toEqual({ kind: 'partial', parts: { day: 9, month: 11 } });
    expect(read('nau navambar unis so blarg')).toEqual({ kind: 'partial', parts: { day: 9, month: 11 } });
    expect(read('nau navambar unis')).toEqual({ kind: 'partial', parts: { day: 9, month: 11 } });
    expect(read('5 march nineteen so eighty')).toEqual({ kind: 'partial', parts: { day: 5, month: 3 } });
    expect(read('nau navambar athasi')).toMatchObject({ kind: 'date', iso: '1988-11-09' });
  });

  it('takes no number the speaker denies', () => {
    expect(read('25 march, 24 nahi')).toEqual({ kind: 'partial', parts: { day: 25, month: 3 } });
  });

  it('asks back when a number is left unexplained, unless it is an age or was corrected', () => {
    expect(read('15 aug 1990 17')).toEqual({ kind: 'conflicting' });
    expect(read('20 oct 2002, abhi 23 saal ka hu')).toMatchObject({ kind: 'date', iso: '2002-10-20' });
    expect(read('on the 28th, no wait the 27th of august 1990')).toMatchObject({ kind: 'date', iso: '1990-08-27' });
  });

  it('reads digits speech-to-text wrote as words where the spoken number ends', () => {
    expect(read('the 3rd of june, nineteen eighty ate')).toMatchObject({ kind: 'date', iso: '1988-06-03' });
    expect(read('9 october seventy won')).toMatchObject({ kind: 'date', iso: '1971-10-09' });
    expect(read('2 august nineteen sixty four')).toMatchObject({ kind: 'date', iso: '1964-08-02' });
    expect(read('mera janam 4 april sixty for ko hua')).toMatchObject({ kind: 'date', iso: '1964-04-04' });
    expect(read('first of may, two thousand oh eight')).toMatchObject({ kind: 'date', iso: '2008-05-01' });
    expect(read('twenty sixth december nineteen oh seven')).toMatchObject({ kind: 'date', iso: '1907-12-26' });
    expect(read('ikkees june, twenty oh three')).toMatchObject({ kind: 'date', iso: '2003-06-21' });
  });

  it('leaves the year open when a word after it may be a digit misheard', () => {
    expect(read('5 march eighty to the hospital')).toEqual({ kind: 'partial', parts: { day: 5, month: 3 } });
    expect(read('11 nov nineteen seventy for sure')).toEqual({ kind: 'partial', parts: { day: 11, month: 11 } });
    expect(read('das january nineteen ninety too aur')).toEqual({ kind: 'partial', parts: { day: 10, month: 1 } });
  });

  it('takes what follows an in-sentence "no" as the date, field by field, in all three languages', () => {
    expect(read('बारह जून, नहीं तेरह जून 1985')).toMatchObject({ kind: 'date', iso: '1985-06-13' });
    expect(read('3 मार्च 1977, नहीं 4 मार्च')).toMatchObject({ kind: 'date', iso: '1977-03-04' });
    expect(read('3 मार्च 1977, नहीं 4')).toEqual({ kind: 'conflicting' });
    expect(read('chhe july, nahi saat july 2001')).toMatchObject({ kind: 'date', iso: '2001-07-07' });
    expect(read('the 20th of may 1994, no, the 21st')).toMatchObject({ kind: 'date', iso: '1994-05-21' });
    expect(read('actually it was the 8th, not the 7th')).toEqual({ kind: 'partial', parts: { day: 8 } });
  });

  it('keeps the year said before a correction that names only the day and month', () => {
    expect(read('date hai 7 oct 1979, nahi nahi 8 oct, aath')).toMatchObject({ kind: 'date', iso: '1979-10-08' });
    expect(read('it was the 2nd of march 1984, sorry, 3rd march')).toMatchObject({ kind: 'date', iso: '1984-03-03' });
    expect(read('बीस नवंबर १९६२, नहीं नहीं इक्कीस नवंबर')).toMatchObject({ kind: 'date', iso: '1962-11-21' });
    expect(read('17 jan 1999, nahi, 16 jan 2000')).toMatchObject({ kind: 'date', iso: '2000-01-16' });
  });

  it('never reads a lone digit as a year: repeating the day it is harmless, any other one asks back', () => {
    for (const text of ['6 dec 1971, no no 5 dec, five', 'paanch december 1971, nahi chaar december, chaar', '५ दिसंबर १९७१, नहीं ४ दिसंबर, ४', 'चार दिसंबर 1971, चार']) {
      expect(read(text)).toMatchObject({ kind: 'date', parts: { month: 12, year: 1971 } });
    }
    expect(read('4 june, 5')).toEqual({ kind: 'partial', parts: { day: 4, month: 6 } });
    expect(read('saat sept, nau')).toEqual({ kind: 'partial', parts: { day: 7, month: 9 } });
    expect(read('2 जुलाई, ३')).toEqual({ kind: 'partial', parts: { day: 2, month: 7 } });
    for (const text of ['9 aug 1983, nahi 10 aug, seven', '12 march 1985, paanch', 'तीन, 14 मार्च 1985', 'twelfth march nineteen eighty five, three']) {
      expect(read(text)).toEqual({ kind: 'conflicting' });
    }
    expect(read('4 june 05')).toMatchObject({ kind: 'date', iso: '2005-06-04' });
  });

  it('asks back for values offered either-or and for a date said to be uncertain', () => {
    for (const text of ['दो या तीन जनवरी 1980', 'nau ya das april 1993 ko', '14 or 15 june 1979', 'मार्च या अप्रैल, 5 तारीख 1990']) {
      expect(read(text)).toEqual({ kind: 'conflicting' });
    }
    for (const text of ['18 सितंबर 1968, पक्का नहीं पता', '22 feb 1991 pakka nahi pata', 'not sure, 30 august 1975']) {
      expect(read(text)).toEqual({ kind: 'conflicting' });
    }
  });
  it('reads a tens word before a digit as one number, and asks when it has no one reading', () => {
    for (const [text, iso] of [
      ['born on the twenty 5th of december 1978', '1978-12-25'], ['twenty-5th december 1978', '1978-12-25'],
      ['twenty 5 december 1978', '1978-12-25'], ['thirty 1st of may 1980', '1980-05-31'],
      ['5 june nineteen eighty 8', '1988-06-05'],
    ]) {
      expect(read(text)).toMatchObject({ kind: 'date', iso });
    }
    for (const text of ['twenty 15th of may 1980', 'mera janam tees 1 may 1980 ko hua', 'तीस 1 मई 1980', 'bees 1 may 1980']) {
      expect(read(text)).toEqual({ kind: 'partial', parts: { month: 5, year: 1980 } });
    }
  });

  it('reads a Hindi number that is also an English word only where a number or a month follows it', () => {
    expect(read('bees may 1980')).toMatchObject({ kind: 'date', iso: '1980-05-20' });
    expect(read('teen march 1990')).toMatchObject({ kind: 'date', iso: '1990-03-03' });
    expect(read('the bees were out, 3 may 1980')).toMatchObject({ kind: 'date', iso: '1980-05-03' });
  });

  it('asks back when the weekday said with the date is another day, and keeps a weekday that agrees', () => {
    for (const text of ['monday the 1st of june 1990', 'somvar 1 june 1990 ko', 'सोमवार, 1 जून 1990', 'itwar ko paanch june 1990', 'बृहस्पतिवार, पाँच जून 1990']) {
      expect(read(text)).toEqual({ kind: 'conflicting' });
    }
    for (const text of ['friday the 1st of june 1990', 'shukravar, 1 june 1990 ko', 'शुक्रवार 1 जून 1990', 'guruvar ko 7 june 1990']) {
      expect(read(text)).toMatchObject({ kind: 'date', parts: { month: 6, year: 1990 } });
    }
  });

  it('asks back for a date said to be the one on paper, or whose real one is not known', () => {
    for (const text of [
      'umm papers mein 1 jan 1970 hai but wo school wale ne aise hi daal diya tha asli wala pata nahi',
      '1 jan 1970 officially, real one i dont know', 'कागज़ों में 1 जुलाई 1965 है',
    ]) {
      expect(read(text)).toEqual({ kind: 'conflicting' });
    }
    expect(read('आधार में तो 01/01/1960 लिखा है पर वो असली नहीं है असली किसी को नहीं पता')).toEqual({ kind: 'conflicting' });
    // Another person's birth: the person's own date follows from it only by reckoning.
    expect(read('my twin sister was born 31st december 1994 at 11:50 at night and i came like fifteen minutes after her')).toEqual({ kind: 'conflicting' });
    expect(read('5 june 1990, same day as my brother')).toMatchObject({ kind: 'date', iso: '1990-06-05' });
    expect(read('birth certificate says 5 june 1990')).toMatchObject({ kind: 'date', iso: '1990-06-05' });
    // The person takes the date on paper.
    expect(read("i'm adopted, officially it's 26 january 2000 on my papers so let's go with that")).toMatchObject({ kind: 'date', iso: '2000-01-26' });
    expect(read('5 june 1990, time pata nahi')).toMatchObject({ kind: 'date', iso: '1990-06-05' });
  });

  it('never takes a year of another calendar for the year of birth', () => {
    expect(read('मेरी जन्म तिथि संवत दो हज़ार छह की है अंग्रेज़ी में पंद्रह अगस्त उन्नीस सौ उनचास')).toMatchObject({ kind: 'date', iso: '1949-08-15' });
    expect(read('samvat 2046 ka hai')).toEqual({ kind: 'none' });
  });

  it('reads regional spellings of year words and months', () => {
    expect(read('das march unni sau ikyasi')).toMatchObject({ kind: 'date', iso: '1981-03-10' });
    expect(read('mharo janam unnis sau chhiyattar pandrah maarch')).toMatchObject({ kind: 'date', iso: '1976-03-15' });
    expect(read('gyaarah nawambar do hazaar paanch')).toMatchObject({ kind: 'date', iso: '2005-11-11' });
    expect(read('वो उन्नीस सौ सत्तानबे अट्ठाईस अगस्त')).toMatchObject({ kind: 'date', iso: '1997-08-28' });
    expect(read('twenty too septembr 1988')).toMatchObject({ kind: 'date', iso: '1988-09-22' });
  });

  it('sets aside a number said to be someone else\'s', () => {
    expect(read('16 march, 15 toh mere bhai ka birthday hai')).toEqual({ kind: 'partial', parts: { day: 16, month: 3 } });
    expect(read('सोलह मार्च, पंद्रह तो मेरे भाई का बर्थडे है')).toEqual({ kind: 'partial', parts: { day: 16, month: 3 } });
    expect(read('1959 likho 58 toh bhaiya ka hai')).toEqual({ kind: 'partial', parts: { year: 1959 } });
  });

  it('asks back for a span of days in all three languages', () => {
    for (const text of [
      'ek se paanch june ke beech mein kahin 1979', '1 se 5 june', 'between the 1st and 5th of june 1979', '1-5 june 1979',
      'june 1 to 5, 1979', 'एक से पाँच जून के बीच', 'एक से पाँच जून 1979', '5 ya 6 june', 'पाँच या छह जून 1979', '5 or 6th june 1979',
    ]) {
      expect(read(text)).toEqual({ kind: 'conflicting' });
    }
  });
});
