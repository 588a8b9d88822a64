import type { PersonalityXRay } from '@amigo/contracts';
import type { Kundali } from '@amigo/contracts';

/** A few spoken sentences about the chart and the X-Ray: enough to show intake worked, short enough to hear. */
export function summarizeProfile(kundali: Kundali, xray: PersonalityXRay): string {
  const body = (name: string) => kundali.planets.find((p) => p.name === name);
  const sun = body('Sun');
  const moon = body('Moon');
  const chart = [
    `Your ascendant is ${kundali.ascendant}`,
    sun ? `the Sun is in ${sun.sign}` : undefined,
    moon ? `the Moon in ${moon.sign}${moon.nakshatra ? ` (${moon.nakshatra} nakshatra)` : ''}` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  const dasha = kundali.dasha?.major.planet ? ` You are in your ${kundali.dasha.major.planet} period.` : '';
  const core = xray.core_identity;
  const portrait = `In your X-Ray you come out as "${core.archetype}"${core.summary ? `: ${core.summary}` : '.'}`;
  return `${chart}.${dasha} ${portrait}`;
}
