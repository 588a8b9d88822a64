import { fetchStructuredKundali } from '@amigo/kundali-fetch';
import { type Kundali } from '@amigo/contracts';
import { GeneratedXRay, PersonalityXRay } from '@amigo/contracts';
import { SIGN_TRAITS } from './data/sign-traits.js';
import { RulesBackend } from './rules-backend.js';

const now = new Date('2026-11-25T00:00:00.000Z');
const clock = () => now;

/** Births across hemispheres, eras and zones; charts computed offline by @amigo/kundali-fetch's engine. */
const births = {
  mumbai1990: { date: '1990-05-10', time: '19:55', latitude: 19.076, longitude: 72.8777, timezone: 'Asia/Kolkata' },
  delhi1962: { date: '1962-11-03', time: '06:10', latitude: 28.6139, longitude: 77.209, timezone: 'Asia/Kolkata' },
  saoPaulo2001: {
    date: '2001-02-14',
    time: '23:40',
    latitude: -23.5505,
    longitude: -46.6333,
    timezone: 'America/Sao_Paulo',
  },
  london1978: { date: '1978-07-21', time: '13:05', latitude: 51.5074, longitude: -0.1278, timezone: 'Europe/London' },
  unknownTime: { date: '1985-09-30', time: 'unknown', latitude: 12.9716, longitude: 77.5946, timezone: 'Asia/Kolkata' },
};
type BirthId = keyof typeof births;

describe('RulesBackend on charts computed by @amigo/kundali-fetch', () => {
  const charts = {} as Record<BirthId, Kundali>;
  const rules = new RulesBackend({ clock });

  beforeAll(async () => {
    for (const [id, birth] of Object.entries(births)) {
      charts[id as BirthId] = await fetchStructuredKundali(birth, { now });
    }
  });

  it.each(Object.keys(births) as BirthId[])('%s: schema-valid, deterministic, read from the chart', async (id) => {
    const kundali = charts[id];
    const xray = await rules.generate(kundali, { focusTopic: 'relationships' });
    expect(GeneratedXRay.parse(xray)).toEqual(xray);
    expect(PersonalityXRay.parse(xray)).toEqual(xray);
    expect(
      await new RulesBackend({ clock }).generate(structuredClone(kundali), { focusTopic: 'relationships' }),
    ).toEqual(xray);
    expect(xray.life_chapter.mahadasha).toBe(kundali.dasha?.major.planet);
    expect(xray.life_chapter.antardasha).toBe(kundali.dasha?.minor?.planet);
    expect(xray.life_chapter.summary).toContain(`running until ${kundali.dasha?.major.end?.slice(0, 10)}`);
    const moon = kundali.planets.find((p) => p.name === 'Moon');
    expect(xray.core_identity.summary).toMatch(new RegExp(`Moon (also )?in ${moon?.sign}`));
  });

  it('reads known-time charts from the ascendant', async () => {
    for (const id of ['mumbai1990', 'delhi1962', 'saoPaulo2001', 'london1978'] as const) {
      const xray = await rules.generate(charts[id]);
      expect(xray.core_identity.archetype).toBe(
        SIGN_TRAITS[charts[id].ascendant as keyof typeof SIGN_TRAITS].archetype,
      );
      expect(xray.core_identity.summary).toContain(`${charts[id].ascendant} rising`);
    }
  });

  it('reads an unknown-time chart from the Moon sign and flags the dasha as approximate', async () => {
    const kundali = charts.unknownTime;
    expect(kundali.reliability?.ascendant).toBe(false);
    const moonSign = kundali.planets.find((p) => p.name === 'Moon')?.sign as keyof typeof SIGN_TRAITS;
    const xray = await rules.generate(kundali);
    expect(xray.core_identity.archetype).toBe(SIGN_TRAITS[moonSign].archetype);
    expect(xray.core_identity.summary).toContain(`read from the Moon's sign ${moonSign}, as the birth time is unknown`);
    expect(xray.life_chapter.summary).toMatch(/approximate: as the birth time is unknown, its dates can shift by up to \d+(\.\d)? (days|years)/);
    expect(xray.life_chapter.summary).toContain('(counted from the Moon)');
    expect(xray.core_identity.summary).not.toMatch(/\b\w+ rising\b/);
  });

  it('says how far an approximate birth time reaches and never names one rising sign as fact', async () => {
    const kundali = await fetchStructuredKundali(
      { date: '1990-08-15', time: '06:15', place: 'Pune', time_uncertainty_minutes: 90 },
      { now: Date.UTC(2024, 0, 1) },
    );
    const options = kundali.time_sensitivity?.ascendant_signs ?? [];
    expect(options.length).toBeGreaterThan(1);
    const xray = await rules.generate(kundali);
    expect(xray.core_identity.summary).toContain('the birth time is only known to within 90 minutes either way');
    expect(xray.core_identity.summary).toContain(`the rising sign may be ${options.slice(0, -1).join(', ')} or ${options[options.length - 1]}`);
    expect(xray.core_identity.summary).not.toContain(`${kundali.ascendant} rising`);
  });
});
