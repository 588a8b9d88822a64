import { GeneratedXRay, PersonalityXRay } from '@amigo/contracts';
import { REFERENCE_KUNDALIS, STORED_REFERENCE_KUNDALIS, type ReferenceChartId } from '../testing/reference-kundalis.js';
import { UnreadableKundaliError } from '../errors/profiler-errors.js';
import { SIGN_TRAITS } from './data/sign-traits.js';
import { RulesBackend } from './rules-backend.js';
import type { Kundali } from '@amigo/contracts';

const fixedClock = () => new Date('2026-11-25T10:00:00.000Z');
const chartIds = Object.keys(REFERENCE_KUNDALIS) as ReferenceChartId[];

function everyLeaf(value: unknown, path = ''): [string, unknown][] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [[path, value]];
  return Object.entries(value).flatMap(([k, v]) => everyLeaf(v, path ? `${path}.${k}` : k));
}

const contentOf = (xray: GeneratedXRay) => ({ ...xray, provenance: undefined });

describe('RulesBackend on real charts', () => {
  const rules = new RulesBackend({ clock: fixedClock });

  it.each(chartIds)('%s: fills every field of a schema-valid X-Ray', async (id) => {
    const xray = await rules.generate(REFERENCE_KUNDALIS[id]);
    expect(GeneratedXRay.parse(xray)).toEqual(xray);
    expect(PersonalityXRay.parse(xray)).toEqual(xray);
    const empty = everyLeaf(xray).filter(
      ([, leaf]) =>
        (Array.isArray(leaf) && (leaf.length === 0 || leaf.some((item) => String(item).trim() === ''))) ||
        (typeof leaf === 'string' && leaf.trim() === '') ||
        leaf === null,
    );
    expect(empty).toEqual([]);
    expect(xray.provenance).toEqual({
      source: 'rules',
      model: 'amigo-rules-1',
      generated_at: '2026-11-25T10:00:00.000Z',
      schema_version: 2,
    });
  });

  it.each(chartIds)('%s: reads the rising sign, Moon, running periods and retrogrades of the chart', async (id) => {
    const kundali = REFERENCE_KUNDALIS[id];
    const xray = await rules.generate(kundali);
    const moon = kundali.planets.find((p) => p.name === 'Moon');
    expect(xray.core_identity.archetype).toBe(SIGN_TRAITS[kundali.ascendant as keyof typeof SIGN_TRAITS].archetype);
    expect(xray.core_identity.summary).toMatch(new RegExp(`Moon (also )?in ${moon?.sign}`));
    expect(xray.life_chapter.mahadasha).toBe(kundali.dasha?.major.planet);
    expect(xray.life_chapter.antardasha).toBe(kundali.dasha?.minor?.planet);
    expect(xray.life_chapter.summary).toContain(`${kundali.dasha?.major.planet} mahadasha`);
    const retrograde = kundali.planets
      .filter((p) => p.isRetro === true && !['Rahu', 'Ketu', 'Ascendant'].includes(p.name))
      .map((p) => p.name);
    const noted = xray.core_identity.growth_edges.filter((e) => / retrograde: /.test(e)).map((e) => e.split(' ')[0]);
    expect(noted).toEqual(retrograde);
  });

  it('gives different charts different readings', async () => {
    const xrays = await Promise.all(chartIds.map((id) => rules.generate(REFERENCE_KUNDALIS[id])));
    expect(new Set(xrays.map((x) => x.core_identity.summary)).size).toBe(chartIds.length);
    expect(new Set(xrays.map((x) => x.life_chapter.summary)).size).toBe(chartIds.length);
  });

  it.each(chartIds)('%s: same input, same output', async (id) => {
    const first = await new RulesBackend({ clock: fixedClock }).generate(structuredClone(REFERENCE_KUNDALIS[id]), {
      focusTopic: 'career',
    });
    const second = await new RulesBackend({ clock: fixedClock }).generate(structuredClone(REFERENCE_KUNDALIS[id]), {
      focusTopic: 'career',
    });
    expect(second).toEqual(first);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it('takes only generated_at from the clock', async () => {
    const later = new RulesBackend({ clock: () => new Date('2030-01-01T00:00:00.000Z') });
    const a = await rules.generate(REFERENCE_KUNDALIS.R003);
    const b = await later.generate(REFERENCE_KUNDALIS.R003);
    expect(b.provenance.generated_at).toBe('2030-01-01T00:00:00.000Z');
    expect(contentOf(b)).toEqual(contentOf(a));
  });

  it('reads the stored JSON as it comes from Redis (isRetro as strings)', async () => {
    const fromStore = await rules.generate(STORED_REFERENCE_KUNDALIS.R001 as Kundali);
    expect(fromStore).toEqual(await rules.generate(REFERENCE_KUNDALIS.R001));
  });
});

describe('RulesBackend focus topics', () => {
  const rules = new RulesBackend({ clock: fixedClock });
  const chart = REFERENCE_KUNDALIS.R004;

  it('defaults the focus to General', async () => {
    expect((await rules.generate(chart)).focus_topic).toBe('General');
    expect((await rules.generate(chart, { focusTopic: '  ' })).focus_topic).toBe('General');
  });

  it('shifts the life chapter guidance and the cheat sheet, not the person', async () => {
    const topics = ['General', 'career', 'relationships', 'family', 'health', 'grief'];
    const xrays = await Promise.all(topics.map((focusTopic) => rules.generate(chart, { focusTopic })));
    expect(xrays.map((x) => x.focus_topic)).toEqual(['General', 'Career', 'Relationships', 'Family', 'Health', 'Grief']);
    expect(new Set(xrays.map((x) => x.life_chapter.focus_guidance)).size).toBe(topics.length);
    expect(new Set(xrays.map((x) => JSON.stringify(x.therapist_cheat_sheet.questions_to_explore))).size).toBe(
      topics.length,
    );
    expect(new Set(xrays.map((x) => JSON.stringify(x.therapist_cheat_sheet.approach_gently))).size).toBe(topics.length);
    for (const x of xrays) {
      expect(x.core_identity).toEqual(xrays[0].core_identity);
      expect(x.emotional_architecture).toEqual(xrays[0].emotional_architecture);
      expect(x.life_chapter.mahadasha).toBe(xrays[0].life_chapter.mahadasha);
    }
  });

  it('ties the topic to its house: career reads the 10th, relationships the 7th', async () => {
    const career = await rules.generate(chart, { focusTopic: 'career' });
    const love = await rules.generate(chart, { focusTopic: 'relationships' });
    // Capricorn rising: the 10th house is Libra, the 7th is Cancer.
    expect(career.life_chapter.focus_guidance).toContain('10th house');
    expect(career.life_chapter.focus_guidance).toContain('Libra');
    expect(love.life_chapter.focus_guidance).toContain('7th house');
    expect(love.life_chapter.focus_guidance).toContain('Cancer');
  });

  it('understands free wording and reports the known topic it maps onto', async () => {
    const job = await rules.generate(chart, { focusTopic: 'Stress at my job' });
    const career = await rules.generate(chart, { focusTopic: 'career' });
    expect(job.focus_topic).toBe('Career');
    expect(job.therapist_cheat_sheet).toEqual(career.therapist_cheat_sheet);
    const loss = await rules.generate(chart, { focusTopic: 'my father passed away' });
    expect(loss.therapist_cheat_sheet.recommended_modality).toMatch(/grief/i);
  });

  it('reports only a known label: the wording, however long or shaped, is not kept', async () => {
    expect((await rules.generate(chart, { focusTopic: ' my \n  career ' })).focus_topic).toBe('Career');
    expect((await rules.generate(chart, { focusTopic: 'x'.repeat(500) })).focus_topic).toBe('General');
    expect((await rules.generate(chart, { focusTopic: 42 as unknown as string })).focus_topic).toBe('General');
  });

  it('reads an unknown topic with the general guide', async () => {
    const odd = await rules.generate(chart, { focusTopic: 'astronomy club' });
    const general = await rules.generate(chart);
    expect(odd.focus_topic).toBe('General');
    expect(odd.therapist_cheat_sheet).toEqual(general.therapist_cheat_sheet);
  });
});

describe('RulesBackend on partial Python-era kundalis', () => {
  const rules = new RulesBackend({ clock: fixedClock });
  const pythonEra = {
    ascendant: 'Leo',
    planets: [{ name: 'Sun', fullDegree: 95.2, sign: 'Cancer', isRetro: 'false' }],
    dasha: { major: { planet: 'VENUS', start: '2-5-2001 ', end: '2-5-2021 ' } },
    ascendant_report: 'With your Leo Rising sign, ...',
  };

  it('still fills every field from ascendant, Sun and mahadasha', async () => {
    const xray = await rules.generate(pythonEra as unknown as Kundali, { focusTopic: 'family' });
    expect(GeneratedXRay.parse(xray)).toEqual(xray);
    expect(xray.core_identity.archetype).toBe(SIGN_TRAITS.Leo.archetype);
    expect(xray.core_identity.summary).toContain('Sun in Cancer');
    expect(xray.core_identity.summary).not.toContain('Moon in');
    expect(xray.emotional_architecture.attachment_style).toContain("the Moon's position is not known");
    expect(xray.life_chapter.mahadasha).toBe('Venus');
    expect(xray.life_chapter.antardasha).toBeNull();
    expect(xray.life_chapter.summary).toContain('running until 2-5-2021');
    for (const [, leaf] of everyLeaf(xray)) if (Array.isArray(leaf)) expect(leaf.length).toBeGreaterThan(0);
  });

  it('works without any dasha and with Sanskrit sign names', async () => {
    const xray = await rules.generate({
      ascendant: 'Simha',
      planets: [{ name: 'Surya', fullDegree: 95.2, sign: 'Karka' }],
    });
    expect(GeneratedXRay.parse(xray)).toEqual(xray);
    expect(xray.core_identity.archetype).toBe(SIGN_TRAITS.Leo.archetype);
    expect(xray.core_identity.summary).toContain('Sun in Cancer');
    expect(xray.life_chapter.mahadasha).toBeNull();
    expect(xray.life_chapter.themes.length).toBeGreaterThan(0);
  });

  it('rejects a kundali without a readable rising sign with a typed error that does not echo the data', async () => {
    const bad = { ascendant: 'Ophiuchus', planets: [{ name: 'Sun', fullDegree: 95.2, sign: 'Cancer' }] };
    await expect(rules.generate(bad)).rejects.toThrow(UnreadableKundaliError);
    await expect(rules.generate(bad)).rejects.not.toThrow(/Ophiuchus/);
    await expect(rules.generate({ ascendant: 'Leo', planets: [] })).rejects.toThrow(UnreadableKundaliError);
    await expect(rules.generate(null as unknown as Kundali)).rejects.toThrow(UnreadableKundaliError);
  });
});
