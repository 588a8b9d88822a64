import type { PersonalityXRay } from '@amigo/contracts';
import type { Kundali } from '@amigo/contracts';

const list = (items: readonly string[] | undefined) => (items && items.length > 0 ? items.join('; ') : undefined);

/** The chart and the X-Ray as a plain-text block for the terminal. */
export function profileReport(kundali: Kundali, xray: PersonalityXRay): string {
  const lines = ['', '── Your birth chart (sidereal, Lahiri) ──', `Ascendant: ${kundali.ascendant}`];
  for (const p of kundali.planets) {
    const extras = [p.house ? `house ${p.house}` : undefined, p.nakshatra ? `${p.nakshatra} nakshatra` : undefined]
      .filter(Boolean)
      .join(', ');
    lines.push(`  ${p.name.padEnd(8)} ${p.sign.padEnd(12)} ${p.fullDegree.toFixed(2).padStart(6)}°${extras ? `  (${extras})` : ''}${p.isRetro ? ' R' : ''}`);
  }
  if (kundali.dasha?.major.planet) {
    const minor = kundali.dasha.minor?.planet ? ` / ${kundali.dasha.minor.planet}` : '';
    lines.push(`Running dasha: ${kundali.dasha.major.planet}${minor}`);
  }
  const core = xray.core_identity;
  const emotional = xray.emotional_architecture;
  const sheet = xray.therapist_cheat_sheet;
  lines.push('', '── Your Personality X-Ray ──', `Archetype: ${core.archetype}`);
  const rows: Array<[string, string | undefined]> = [
    ['Summary', core.summary],
    ['Strengths', list(core.strengths)],
    ['Growth edges', list(core.growth_edges)],
    ['Attachment style', emotional.attachment_style],
    ['Needs', list(emotional.needs)],
    ['Triggers', list(emotional.triggers)],
    ['Life chapter', xray.life_chapter?.summary],
    ['Recommended approach', sheet.recommended_modality],
    ['Questions to explore', list(sheet.questions_to_explore)],
  ];
  for (const [label, value] of rows) if (value) lines.push(`${label}: ${value}`);
  lines.push('');
  return lines.join('\n');
}
