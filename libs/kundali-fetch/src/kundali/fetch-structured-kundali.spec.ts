import { AmbiguousPlaceError, BirthDetailsError, LocalTimeError } from '../errors/kundali-error.js';
import { loadPublicSample } from '../testing/reference-charts.js';
import { SIGNS } from '../zodiac/signs.js';
import { fetchStructuredKundali } from './fetch-structured-kundali.js';
import { Kundali } from '@amigo/contracts';

// The first resolution decodes the 135k-city gazetteer: seconds on a busy machine.
jest.setTimeout(30_000);

const NOW = Date.UTC(2026, 0, 1);

describe('fetchStructuredKundali (local provider)', () => {
  it('computes a full chart from a place name and a local time', async () => {
    const k = await fetchStructuredKundali({ date: '1990-08-15', time: '06:15', place: 'Pune, India' }, { now: NOW });
    expect(Kundali.safeParse(k).success).toBe(true);
    expect(k.birth).toMatchObject({ utc: '1990-08-15T00:45:00.000Z', timezone: 'Asia/Kolkata', utc_offset_hours: 5.5, place: 'Pune, Maharashtra, India' });
    expect(k.planets.map((p) => p.name)).toEqual(['Sun', 'Moon', 'Mars', 'Mercury', 'Jupiter', 'Venus', 'Saturn', 'Rahu', 'Ketu']);
    // Mid-August: the sidereal Sun is in Cancer; at sunrise it rises with the ascendant.
    expect(k.planets[0].sign).toBe('Cancer');
    expect(k.ascendant).toBe('Cancer');
    expect(k.planets[0].house).toBe(1);
    expect(k.ascendant_report).toContain('Cancer');
    expect(k.node_type).toBe('mean');
    expect(k.reliability).toEqual({ ascendant: true, houses: true, dasha_start: true, moon_nakshatra: true, utc_offset: true });
    expect(k.time_sensitivity).toBeUndefined();
    const dasha = k.dasha;
    expect(dasha?.mahadashas).toHaveLength(10);
    expect(dasha?.mahadashas?.[0].antardashas).toHaveLength(9);
    expect(dasha?.as_of).toBe('2026-01-01T00:00:00.000Z');
    const major = dasha?.mahadashas?.find((m) => (m.start as string) <= '2026-01-01' && '2026-01-01' < (m.end as string));
    expect(dasha?.major.planet).toBe(major?.planet);
  });

  it('reproduces a Swiss reference chart given as coordinates and a UTC offset', async () => {
    const [ref] = loadPublicSample();
    const utc = new Date(ref.utcIso);
    const k = await fetchStructuredKundali({
      date: ref.utcIso.slice(0, 10),
      time: ref.utcIso.slice(11, 19),
      latitude: ref.lat,
      longitude: ref.lon,
      timezone: 0,
    }, { now: utc });
    expect(k.ascendant).toBe(SIGNS[ref.ascendant.sign as number]);
    expect(k.dasha?.major.planet).toBe(ref.dasha?.startLord);
  });

  it('casts an unknown birth time for local noon and flags the time-dependent parts', async () => {
    const k = await fetchStructuredKundali({ date: '1985-03-03', time: 'unknown', place: 'Mumbai' }, { now: NOW });
    expect(k.birth?.utc).toBe('1985-03-03T06:30:00.000Z');
    expect(k.birth_time_known).toBe(false);
    expect(k.reliability).toMatchObject({ ascendant: false, houses: false, dasha_start: false, utc_offset: true });
    expect(k.reliability?.notes).toContain('birth time unknown: the chart is cast for local noon');
    const ts = k.time_sensitivity;
    expect(ts).toMatchObject({ basis: 'unknown_time', window: { from: '1985-03-02T18:31:00.000Z', to: '1985-03-03T18:29:00.000Z' } });
    expect(ts?.ascendant_signs).toHaveLength(12);
    expect(ts?.dasha_shift_days).toBeGreaterThan(100);
  });

  it('offers the true node as an option', async () => {
    const birth = { date: '2000-06-27', time: '10:00', latitude: 19.2, longitude: 72.8, timezone: 0 };
    const mean = await fetchStructuredKundali(birth, { now: NOW });
    const osculating = await fetchStructuredKundali(birth, { now: NOW, nodeType: 'true' });
    expect(osculating.node_type).toBe('true');
    const rahu = (k: Kundali) => k.planets.find((p) => p.name === 'Rahu')?.fullDegree as number;
    // AstrologyAPI's published sample for this instant: mean Rahu 91.759262, true node 90.882052.
    expect(rahu(mean)).toBeCloseTo(91.759262, 2);
    expect(rahu(osculating)).toBeCloseTo(90.882052, 2);
  });

  it.each([
    [{ date: '1990-02-31', time: '10:00', place: 'Pune' }, 'invalid_date'],
    [{ date: '1850-01-01', time: '10:00', place: 'Pune' }, 'date_out_of_range'],
    [{ date: '2101-01-01', time: '10:00', place: 'Pune' }, 'date_out_of_range'],
    [{ date: '1990-01-01', time: '24:00', place: 'Pune' }, 'invalid_time'],
    [{ date: '1990-01-01', time: '10:00', latitude: 95, longitude: 10 }, 'invalid_coordinates'],
    [{ date: '1990-01-01', time: '10:00', latitude: 45 }, 'invalid_coordinates'],
    [{ date: '1990-01-01', time: '10:00' }, 'invalid_birth_details'],
    [{ date: '1990-01-01', time: '10:00', place: 'Pune', timezone: 'Nowhere/Else' }, 'unknown_timezone'],
    [{ date: '1990-01-01', time: '10:00', place: 'Pune', timezone: '+15:00' }, 'unknown_timezone'],
    [{ date: '1990-01-01', time: '10:00', place: 'Pune', timezone: 15 }, 'unknown_timezone'],
    ['15 August 1990', 'invalid_birth_details'],
  ])('rejects bad input %j with %s', async (birth, code) => {
    const failure = fetchStructuredKundali(birth, { now: NOW });
    await expect(failure).rejects.toBeInstanceOf(BirthDetailsError);
    await expect(failure).rejects.toMatchObject({ code });
  });

  it('asks which place when the name is ambiguous', async () => {
    const failure = fetchStructuredKundali({ date: '1990-01-01', time: '10:00', place: 'Springfield' });
    await expect(failure).rejects.toBeInstanceOf(AmbiguousPlaceError);
    await expect(failure).rejects.toMatchObject({ candidates: expect.arrayContaining([expect.objectContaining({ region: 'Illinois' })]) });
  });

  it('reports DST gaps and overlaps, and reads an overlap when told which occurrence', async () => {
    const gap = fetchStructuredKundali({ date: '2021-03-14', time: '02:30', place: 'New York' });
    await expect(gap).rejects.toBeInstanceOf(LocalTimeError);
    await expect(gap).rejects.toMatchObject({ code: 'nonexistent_local_time' });
    const overlap = { date: '2021-11-07', time: '01:30', place: 'New York' };
    await expect(fetchStructuredKundali(overlap)).rejects.toMatchObject({ code: 'ambiguous_local_time' });
    const later = await fetchStructuredKundali(overlap, { ambiguousTime: 'later', now: NOW });
    expect(later.birth?.utc).toBe('2021-11-07T06:30:00.000Z');
  });

  it.each([[5.5], ['5.5'], ['+05:30'], ['UTC+5:30'], ['GMT +0530']])('reads the fixed offset %j as the Python service stored it', async (timezone) => {
    const k = await fetchStructuredKundali({ date: '1990-08-15', time: '06:15', place: 'Pune', timezone }, { now: NOW });
    expect(k.birth).toMatchObject({ utc: '1990-08-15T00:45:00.000Z', utc_offset_hours: 5.5 });
    expect(k.birth?.timezone).toBeUndefined();
  });

  it('uses the zone\'s history: Kolkata war time in 1943', async () => {
    const k = await fetchStructuredKundali({ date: '1943-06-01', time: '12:00', place: 'Kolkata' }, { now: NOW });
    expect(k.birth).toMatchObject({ utc: '1943-06-01T05:30:00.000Z', utc_offset_hours: 6.5 });
  });

  it('works at the limits of the supported range and at high southern and northern latitudes', async () => {
    for (const birth of [
      { date: '1900-01-01', time: '00:00', latitude: -60, longitude: -179.9, timezone: 'UTC' },
      { date: '2100-12-31', time: '23:59', latitude: 66, longitude: 179.9, timezone: 'UTC' },
    ]) {
      const k = await fetchStructuredKundali(birth, { now: NOW });
      expect(Kundali.safeParse(k).success).toBe(true);
      expect(k.planets).toHaveLength(9);
    }
  });

  it('returns what the Kundali schema accepts unchanged, for births spread over the range, zones and latitudes', async () => {
    // The local output is not parsed on the way out, so this is the guarantee that it conforms.
    for (let i = 1; i <= 150; i++) {
      const at = new Date(Date.UTC(1900, 0, 1) + ((i * 0.618034) % 1) * (Date.UTC(2100, 0, 1) - Date.UTC(1900, 0, 1)));
      const birth = {
        date: at.toISOString().slice(0, 10),
        time: i % 10 === 0 ? 'unknown' : at.toISOString().slice(11, 16),
        latitude: -60 + ((i * 0.414214) % 1) * 126,
        longitude: -180 + ((i * 0.732051) % 1) * 360,
        timezone: i % 2 === 0 ? 'UTC' : '+05:30',
      };
      const k = await fetchStructuredKundali(birth, { now: NOW, nodeType: i % 3 === 0 ? 'true' : 'mean' });
      expect(Kundali.parse(k)).toEqual(k);
    }
  });
});
