import { AmbiguousPlaceError, PlaceNotFoundError } from '../errors/kundali-error.js';
import { resolvePlace, resolvePlaceOrThrow } from './place-resolver.js';

// The first resolution decodes the 135k-city gazetteer: seconds on a busy machine.
jest.setTimeout(30_000);

describe('offline place resolver', () => {
  it('resolves a well-known city to coordinates and its time zone', async () => {
    const r = await resolvePlace('Pune');
    expect(r.kind).toBe('resolved');
    if (r.kind !== 'resolved') return;
    expect(r.place).toMatchObject({ name: 'Pune', countryCode: 'IN', country: 'India', region: 'Maharashtra', timeZone: 'Asia/Kolkata' });
    expect(r.place.latitude).toBeCloseTo(18.52, 1);
    expect(r.place.longitude).toBeCloseTo(73.86, 1);
  });

  it('narrows by country and by region name or code', async () => {
    await expect(resolvePlaceOrThrow('Pune, India')).resolves.toMatchObject({ countryCode: 'IN' });
    await expect(resolvePlaceOrThrow('Springfield, Illinois')).resolves.toMatchObject({ region: 'Illinois', timeZone: 'America/Chicago', label: 'Springfield, Illinois, United States' });
    await expect(resolvePlaceOrThrow('springfield, IL, USA')).resolves.toMatchObject({ region: 'Illinois' });
    await expect(resolvePlaceOrThrow('Paris, Texas')).resolves.toMatchObject({ countryCode: 'US', timeZone: 'America/Chicago' });
  });

  it('returns ranked candidates with country and region for an ambiguous name', async () => {
    const r = await resolvePlace('Springfield');
    expect(r.kind).toBe('ambiguous');
    if (r.kind !== 'ambiguous') return;
    expect(r.candidates.length).toBe(5);
    const populations = r.candidates.map((c) => c.population);
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
    expect(r.candidates.map((c) => c.region)).toContain('Illinois');
    await expect(resolvePlaceOrThrow('Springfield')).rejects.toBeInstanceOf(AmbiguousPlaceError);
  });

  it('knows former names and ignores accents and case', async () => {
    await expect(resolvePlaceOrThrow('Bombay')).resolves.toMatchObject({ name: 'Mumbai' });
    await expect(resolvePlaceOrThrow('calcutta')).resolves.toMatchObject({ name: 'Kolkata' });
    await expect(resolvePlaceOrThrow('Sao Paulo')).resolves.toMatchObject({ countryCode: 'BR', timeZone: 'America/Sao_Paulo' });
  });

  it('throws PlaceNotFoundError for an unknown name or a qualifier that matches nothing', async () => {
    await expect(resolvePlace('Xyzzyville')).rejects.toBeInstanceOf(PlaceNotFoundError);
    await expect(resolvePlace('Pune, Brazil')).rejects.toMatchObject({ code: 'place_not_found' });
    await expect(resolvePlace('   ')).rejects.toMatchObject({ code: 'place_not_found' });
  });
});
