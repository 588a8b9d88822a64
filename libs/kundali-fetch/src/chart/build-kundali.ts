import { isoFromMs } from '../dasha/iso-date.js';
import {
  type DashaSpan, DASHA_YEAR_DAYS, type Mahadasha as VimshottariMahadasha, periodsAt, subPeriods, vimshottari,
} from '../dasha/vimshottari.js';
import type { AscendantDetails, BirthClock, DashaPeriod, Kundali, Mahadasha, PlanetPosition } from '@amigo/contracts';
import { nakshatraOf } from '../zodiac/nakshatras.js';
import { SIGN_LORDS, SIGNS, signIndex, wholeSignHouse } from '../zodiac/signs.js';
import { ASCENDANT_REPORTS } from './ascendant-reports.js';
import { type NodeType, siderealChart } from './sidereal-chart.js';
import { reliabilityOf } from './reliability.js';
import { timeSensitivity } from './time-sensitivity.js';

/** Options of the local engine. */
export interface LocalChartOptions {
  /** Rahu/Ketu as the mean node (default, as AstrologyAPI) or the true (osculating) node. */
  nodeType?: NodeType;
  /** False when the birth time was unknown and the instant is local noon: flags the time-sensitive parts. */
  birthTimeKnown?: boolean;
  /**
   * How far either side of the instant the birth may have been, in minutes (an approximate time). With an unknown
   * time the window is the whole local day (noon +/- 12 h).
   */
  uncertaintyMinutes?: number;
  /** The clock the birth time was read with; a reconstructed offset clears `reliability.utc_offset`. */
  clock?: BirthClock;
  /** Instant for the running dasha periods (`dasha.major/minor/sub_minor`); default now. */
  now?: Date | number;
  /** Descriptive extras copied to `birth` (never used in the computation). */
  timezone?: string;
  utcOffsetHours?: number;
  place?: string;
}

const PLANET_IDS: Readonly<Record<string, number>> = {
  Sun: 0, Moon: 1, Mars: 2, Mercury: 3, Jupiter: 4, Venus: 5, Saturn: 6, Rahu: 7, Ketu: 8,
};

/**
 * The mahadashas with their antardashas as schema objects. Each boundary is formatted once and shared by the
 * period that ends and the one that starts there (91 dates instead of 200: formatting dominates a chart).
 */
function timelineWithAntardashas(spans: readonly VimshottariMahadasha[]): Mahadasha[] {
  const out: Mahadasha[] = [];
  let startIso = isoFromMs(spans[0].startMs);
  for (const m of spans) {
    const mahaStart = startIso;
    const antardashas: DashaPeriod[] = [];
    for (const a of subPeriods(m)) {
      const endIso = isoFromMs(a.endMs);
      antardashas.push({ planet: a.lord, planet_id: PLANET_IDS[a.lord], start: startIso, end: endIso });
      startIso = endIso;
    }
    out.push({ planet: m.lord, planet_id: PLANET_IDS[m.lord], start: mahaStart, end: startIso, years: m.years, antardashas });
  }
  return out;
}

function period(span: DashaSpan): DashaPeriod {
  return { planet: span.lord, planet_id: PLANET_IDS[span.lord], start: isoFromMs(span.startMs), end: isoFromMs(span.endMs) };
}

/**
 * The structured kundali of a birth instant and place, computed locally: sidereal (Lahiri) positions, whole-sign
 * houses, nakshatras, the Vimshottari timeline with antardashas and the periods running at `now`.
 */
export function buildKundali(
  instant: Date | number,
  location: { latitude: number; longitude: number },
  options: LocalChartOptions = {},
): Kundali {
  const nodeType = options.nodeType ?? 'mean';
  const birthTimeKnown = options.birthTimeKnown ?? true;
  const birthMs = typeof instant === 'number' ? instant : instant.getTime();
  const chart = siderealChart(birthMs, location, nodeType);
  const asc = chart.ascendant as number;
  const ascSign = signIndex(asc);
  const ascNak = nakshatraOf(asc);
  const ascendantDetails: AscendantDetails = {
    fullDegree: asc,
    normDegree: asc - ascSign * 30,
    sign: SIGNS[ascSign],
    signLord: SIGN_LORDS[ascSign],
    nakshatra: ascNak.name,
    nakshatraLord: ascNak.lord,
    nakshatra_pad: ascNak.pada,
  };
  const planets: PlanetPosition[] = chart.bodies.map((b) => {
    const sign = signIndex(b.longitude);
    const nak = nakshatraOf(b.longitude);
    return {
      id: PLANET_IDS[b.name],
      name: b.name,
      fullDegree: b.longitude,
      normDegree: b.longitude - sign * 30,
      speed: b.speed,
      isRetro: b.speed < 0,
      sign: SIGNS[sign],
      signLord: SIGN_LORDS[sign],
      nakshatra: nak.name,
      nakshatraLord: nak.lord,
      nakshatra_pad: nak.pada,
      house: wholeSignHouse(b.longitude, asc),
    };
  });
  const moon = chart.bodies[1];
  const timeline = vimshottari(moon.longitude, birthMs);
  const mahadashas = timelineWithAntardashas(timeline.mahadashas);
  const nowMs = options.now === undefined ? Date.now() : typeof options.now === 'number' ? options.now : options.now.getTime();
  const asOf = periodsAt(timeline, nowMs) ? nowMs : birthMs;
  const running = periodsAt(timeline, asOf) as NonNullable<ReturnType<typeof periodsAt>>;
  const uncertainty = birthTimeKnown ? options.uncertaintyMinutes : 12 * 60 - 1;
  const sensitivity =
    uncertainty === undefined
      ? undefined
      : timeSensitivity(
          birthMs, location,
          { beforeMinutes: uncertainty, afterMinutes: uncertainty, basis: birthTimeKnown ? 'approximate_time' : 'unknown_time' },
          nodeType, asOf,
        );
  return {
    ascendant: SIGNS[ascSign],
    ascendant_details: ascendantDetails,
    planets,
    dasha: {
      major: period(running.major),
      minor: period(running.minor),
      sub_minor: period(running.subMinor),
      as_of: isoFromMs(asOf),
      system: 'vimshottari',
      year_days: DASHA_YEAR_DAYS,
      balance: { planet: timeline.startLord, years: timeline.balanceYears },
      mahadashas,
    },
    ascendant_report: ASCENDANT_REPORTS[SIGNS[ascSign]],
    ayanamsa: { name: 'lahiri', degree: chart.ayanamsaTrue, mean_degree: chart.ayanamsaMean },
    node_type: nodeType,
    house_system: 'whole_sign',
    birth_time_known: birthTimeKnown,
    reliability: reliabilityOf(sensitivity, location.latitude, options.clock),
    ...(sensitivity ? { time_sensitivity: sensitivity } : {}),
    birth: {
      utc: isoFromMs(birthMs),
      latitude: location.latitude,
      longitude: location.longitude,
      ...(options.timezone === undefined ? {} : { timezone: options.timezone }),
      ...(options.utcOffsetHours === undefined ? {} : { utc_offset_hours: options.utcOffsetHours }),
      ...(options.place === undefined ? {} : { place: options.place }),
      ...(options.clock === undefined ? {} : { clock: options.clock }),
    },
    provider: 'local',
  };
}
