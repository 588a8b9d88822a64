import { parseBirthDate } from './parse-birth-date.js';

describe('parseBirthDate', () => {
  it.each([
    ['15 August 1990', '1990-08-15'],
    ['15/08/1990', '1990-08-15'],
    ['August 15th, 1990', '1990-08-15'],
    ['1990-08-15', '1990-08-15'],
    ['the 3rd of March, 1985', '1985-03-03'],
    ['fifteenth of august 1990', '1990-08-15'],
    ['twenty-first June 1975', '1975-06-21'],
    ['Sept 9 2001', '2001-09-09'],
    ['08/15/1990', '1990-08-15'],
    ['29 Feb 2000', '2000-02-29'],
    ['1 January 1900', '1900-01-01'],
    ['31.12.2100', '2100-12-31'],
  ])('reads %j as %s', (text, iso) => {
    expect(parseBirthDate(text)).toEqual({ ok: true, value: expect.objectContaining({ iso }) });
  });

  it('reads all-numeric dates day first unless told month first', () => {
    expect(parseBirthDate('05/08/1990')).toMatchObject({ ok: true, value: { month: 8, day: 5 } });
    expect(parseBirthDate('05/08/1990', { numericOrder: 'MDY' })).toMatchObject({ ok: true, value: { month: 5, day: 8 } });
  });

  it.each([
    ['31 February 1990', 'invalid_date'],
    ['29 Feb 1900', 'invalid_date'],
    ['31/04/1990', 'invalid_date'],
    ['1990-13-01', 'invalid_date'],
    ['1 Jan 1850', 'date_out_of_range'],
    ['1 Jan 2101', 'date_out_of_range'],
    ['yesterday', 'unparseable_date'],
    ['15 August', 'unparseable_date'],
    ['', 'unparseable_date'],
  ])('rejects %j with %s', (text, code) => {
    expect(parseBirthDate(text)).toEqual({ ok: false, error: expect.objectContaining({ code }) });
  });
});
