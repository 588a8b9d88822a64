import type { Kundali, PersonalityXRay } from '@amigo/contracts';

const either = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;

function shift(days: number): string {
  return days >= 365 ? `${Math.round(days / 365.25)} years` : `${Math.max(1, Math.round(days))} days`;
}

/** The rising sign as far as the birth time settles it. */
function risingSentence(kundali: Kundali): string {
  const ts = kundali.time_sensitivity;
  const polar = kundali.reliability?.notes?.some((n) => n.includes('polar')) ?? false;
  if (kundali.reliability?.ascendant !== false) return `Your ascendant is ${kundali.ascendant}`;
  if (polar) return 'So far north or south the rising sign cannot be worked out reliably, so I read your chart from your Moon';
  if (ts?.basis === 'approximate_time') {
    const minutes = ts.window.minutes_either_side;
    return `With your birth time known to within ${minutes} minutes, your rising sign could be ${either(ts.ascendant_signs)}, so I read your chart from your Moon`;
  }
  return 'Without a birth time your rising sign cannot be known, so I read your chart from your Moon';
}

/**
 * A few spoken sentences about the chart and the X-Ray: enough to show intake worked, short enough to hear. What
 * the birth time leaves open (rising sign, the Moon's sign or nakshatra, the running period) is said as open, with
 * how far an approximate time reaches, never as fact.
 */
export function summarizeProfile(kundali: Kundali, xray: PersonalityXRay): string {
  const body = (name: string) => kundali.planets.find((p) => p.name === name);
  const ts = kundali.time_sensitivity;
  const sun = body('Sun');
  const moon = body('Moon');
  const moonSign = ts && ts.moon_signs.length > 1 ? either(ts.moon_signs) : moon?.sign;
  const nakshatra = ts && ts.moon_nakshatras.length > 1 ? either(ts.moon_nakshatras) : moon?.nakshatra;
  const chart = [
    risingSentence(kundali),
    sun ? `the Sun is in ${sun.sign}` : undefined,
    moon ? `the Moon in ${moonSign}${nakshatra ? ` (${nakshatra} nakshatra)` : ''}` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  const major = kundali.dasha?.major.planet;
  const running = ts?.running_mahadashas ?? [];
  let dasha = '';
  if (major && running.length > 1) {
    dasha = ` You are in your ${either(running)} period; the birth time decides which.`;
  } else if (major && ts && ts.dasha_shift_days >= 1) {
    dasha = ` You are in your ${major} period, though its dates can move by up to ${shift(ts.dasha_shift_days)} either way.`;
  } else if (major) {
    dasha = ` You are in your ${major} period.`;
  }
  const core = xray.core_identity;
  const portrait = `In your X-Ray you come out as "${core.archetype}"${core.summary ? `: ${core.summary}` : '.'}`;
  return `${chart}.${dasha} ${portrait}`;
}
