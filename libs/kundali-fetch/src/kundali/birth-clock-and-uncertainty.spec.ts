import { AmbiguousLocalTimeError, LocalTimeError, NonexistentLocalTimeError } from '../errors/kundali-error.js';
import { fetchStructuredKundali } from './fetch-structured-kundali.js';

// The first chart from a place name loads the gazetteer: seconds on a busy machine.
jest.setTimeout(60_000);

const NOW = Date.UTC(2024, 0, 1);
const minutes = (iso: string | undefined, localIso: string) => (Date.parse(`${localIso}Z`) - Date.parse(iso ?? '')) / 60_000;

describe('historical Indian clocks', () => {
  it('reads a Bombay birth before 1955 in Bombay Time (+04:51), flagged as a reconstruction', async () => {
    const k = await fetchStructuredKundali({ date: '1950-06-01', time: '10:00', place: 'Bombay' }, { now: NOW });
    expect(k.birth?.clock).toMatchObject({ name: 'Bombay Time', basis: 'city_time', utc_offset_minutes: 291, reconstructed: true });
    expect(minutes(k.birth?.utc, '1950-06-01T10:00:00')).toBe(291);
    expect(k.reliability).toMatchObject({ utc_offset: false });
    expect(k.reliability?.notes).toContain('UTC offset reconstructed (Bombay Time)');
  });

  it('reads a Calcutta birth before 1948 in Calcutta Time (+05:53:20), but not during the war time', async () => {
    const k = await fetchStructuredKundali({ date: '1940-06-01', time: '10:00', place: 'Calcutta' }, { now: NOW });
    expect(k.birth?.clock).toMatchObject({ name: 'Calcutta Time', reconstructed: true });
    expect(minutes(k.birth?.utc, '1940-06-01T10:00:00')).toBeCloseTo(353 + 1 / 3, 6);
    const war = await fetchStructuredKundali({ date: '1943-06-01', time: '10:00', place: 'Kolkata' }, { now: NOW });
    expect(war.birth?.clock).toMatchObject({ basis: 'iana', utc_offset_minutes: 390, reconstructed: false });
  });

  it('uses local mean time before 1906 and the IANA zone after the city times ended', async () => {
    const pune = await fetchStructuredKundali({ date: '1901-06-01', time: '10:00', place: 'Pune' }, { now: NOW });
    expect(pune.birth?.clock).toMatchObject({ name: 'local mean time', basis: 'local_mean_time', reconstructed: true });
    expect(pune.birth?.clock?.utc_offset_minutes).toBeCloseTo((pune.birth?.longitude as number) * 4, 3);
    const later = await fetchStructuredKundali({ date: '1960-06-01', time: '10:00', place: 'Mumbai' }, { now: NOW });
    expect(later.birth?.clock).toMatchObject({ name: 'Asia/Kolkata', basis: 'iana', utc_offset_minutes: 330, reconstructed: false });
  });

  it('keeps an explicit time zone or offset as given', async () => {
    const k = await fetchStructuredKundali({ date: '1950-06-01', time: '10:00', place: 'Mumbai', timezone: 5.5 }, { now: NOW });
    expect(k.birth?.clock).toMatchObject({ basis: 'fixed_offset', utc_offset_minutes: 330, reconstructed: false });
    const off = await fetchStructuredKundali({ date: '1950-06-01', time: '10:00', place: 'Mumbai' }, { now: NOW, historicalClocks: false });
    expect(off.birth?.clock).toMatchObject({ basis: 'iana', utc_offset_minutes: 330 });
  });
});

describe('clock changes', () => {
  it('reports a time the clocks skipped, with both readings, as NonexistentLocalTimeError', async () => {
    const error = await fetchStructuredKundali({ date: '2021-03-14', time: '02:30', place: 'New York' }, { now: NOW }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NonexistentLocalTimeError);
    expect(error).toBeInstanceOf(LocalTimeError);
    expect((error as LocalTimeError).candidates.map((c) => c.offsetMinutes).sort((a, b) => a - b)).toEqual([-300, -240]);
  });

  it('reports a time that happened twice, with both offsets, as AmbiguousLocalTimeError', async () => {
    const error = await fetchStructuredKundali({ date: '2021-11-07', time: '01:30', place: 'New York' }, { now: NOW }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AmbiguousLocalTimeError);
    expect(error).toMatchObject({
      code: 'ambiguous_local_time',
      candidates: [{ utc: '2021-11-07T05:30:00.000Z', offsetMinutes: -240 }, { utc: '2021-11-07T06:30:00.000Z', offsetMinutes: -300 }],
    });
  });
});

describe('time sensitivity', () => {
  it('computes what an approximate time leaves open and says how far it reaches', async () => {
    // 06:15 in Pune on 1990-08-15: Cancer rises about an hour earlier; +/- 90 minutes spans Cancer to Leo.
    const k = await fetchStructuredKundali(
      { date: '1990-08-15', time: '06:15', place: 'Pune', time_uncertainty_minutes: 90 }, { now: NOW },
    );
    const ts = k.time_sensitivity;
    expect(ts).toMatchObject({ basis: 'approximate_time', window: { minutes_either_side: 90 } });
    expect(ts?.ascendant_signs.length).toBeGreaterThan(1);
    expect(ts?.ascendant_signs).toContain(k.ascendant);
    expect(k.reliability).toMatchObject({ ascendant: false, houses: false });
    expect(k.reliability?.notes).toContain('birth time approximate (+/- 90 min)');
    expect(ts?.dasha_shift_days).toBeGreaterThan(0);
    const sun = ts?.planet_houses.Sun ?? [];
    expect(sun).toContain(k.planets.find((p) => p.name === 'Sun')?.house);
  });

  it('keeps the ascendant reliable when the whole window stays in one sign', async () => {
    const k = await fetchStructuredKundali(
      { date: '1990-08-15', time: '06:15', place: 'Pune', time_uncertainty_minutes: 5 }, { now: NOW },
    );
    expect(k.time_sensitivity?.ascendant_signs).toEqual([k.ascendant]);
    expect(k.reliability).toMatchObject({ ascendant: true, houses: true, moon_nakshatra: true });
  });

  it('flags the ascendant beyond the polar circles', async () => {
    const k = await fetchStructuredKundali({ date: '1990-08-15', time: '06:15', latitude: 69.65, longitude: 18.96 }, { now: NOW });
    expect(k.reliability).toMatchObject({ ascendant: false, houses: false });
    expect(k.reliability?.notes).toContain('born beyond the polar circle: the ascendant and houses are not reliable there');
  });
});
