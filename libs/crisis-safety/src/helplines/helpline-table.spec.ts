import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HelplineTable, HELPLINES, helplinesFor, INTERNATIONAL_HELPLINES } from './helpline-table.js';
import { spokenNumber } from './spoken-number.js';

const DATA = join(__dirname, '../../data/helplines.json');

describe('the helpline data file', () => {
  it('is valid, one entry per assigned country code, each line with a source and the day it was checked', () => {
    const file = HelplineTable.parse(JSON.parse(readFileSync(DATA, 'utf8')));
    for (const entry of file.countries) {
      for (const line of [...entry.crisis, ...entry.abuse, entry.emergency]) {
        expect(line.source).toMatch(/^https:\/\//);
        expect(line.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
    expect(Object.keys(HELPLINES).sort()).toEqual(['AE', 'AU', 'CA', 'GB', 'IE', 'IN', 'NZ', 'SG', 'US']);
  });

  it('refuses an entry without provenance, an unassigned country, or a number that is not digits', () => {
    const file = JSON.parse(readFileSync(DATA, 'utf8'));
    const india = file.countries[0];
    const without = { ...india, crisis: [{ ...india.crisis[0], checked: undefined }] };
    expect(HelplineTable.safeParse({ ...file, countries: [without] }).success).toBe(false);
    expect(HelplineTable.safeParse({ ...file, countries: [{ ...india, country: 'XX' }] }).success).toBe(false);
    const letters = { ...india, crisis: [{ ...india.crisis[0], numbers: ['findahelpline.com'] }] };
    expect(HelplineTable.safeParse({ ...file, countries: [letters] }).success).toBe(false);
    expect(HelplineTable.safeParse({ ...file, countries: [india, india] }).success).toBe(false);
    const unspoken = { ...india, crisis: [{ ...india.crisis[0], name: 'Line 1771' }] };
    expect(HelplineTable.safeParse({ ...file, countries: [unspoken] }).success).toBe(false);
  });

  it('has the current national lines', () => {
    expect(HELPLINES['IN']?.crisis[0]?.numbers).toEqual(['14416', '1-800-891-4416']);
    expect(HELPLINES['IN']?.emergency.numbers[0]?.number).toBe('112');
    expect(HELPLINES['SG']?.crisis[0]).toMatchObject({ name: 'mindline 1771', numbers: ['1771'] });
    expect(HELPLINES['US']?.crisis[0]?.numbers).toEqual(['988']);
    expect(HELPLINES['CA']?.crisis[0]?.numbers).toEqual(['988']);
    expect(HELPLINES['GB']?.crisis[0]?.numbers).toEqual(['116 123']);
    expect(HELPLINES['GB']?.emergency.numbers[0]?.number).toBe('999');
    expect(HELPLINES['AU']?.crisis[0]?.numbers).toEqual(['13 11 14']);
    expect(HELPLINES['AU']?.emergency.numbers[0]?.number).toBe('000');
  });

  it('defaults to India, ignores case, and gives the rest of the world the international entry', () => {
    expect(helplinesFor(undefined).country).toBe('IN');
    expect(helplinesFor(null).country).toBe('IN');
    expect(helplinesFor('us').country).toBe('US');
    expect(helplinesFor('BR')).toBe(INTERNATIONAL_HELPLINES);
  });
});

describe('spokenNumber', () => {
  it.each([
    ['14416', '1 4 4 1 6'],
    ['1-800-891-4416', '1, 8 0 0, 8 9 1, 4 4 1 6'],
    ['116 123', '1 1 6, 1 2 3'],
    ['000', '0 0 0'],
  ])('reads %s digit by digit', (dialled, spoken) => {
    expect(spokenNumber(dialled)).toBe(spoken);
  });
});
