import type { BirthMoment } from '../../birth/birth-moment.js';
import type { DashaPeriod, Kundali, PlanetPosition } from '@amigo/contracts';
import { AstrologyApiClient, type AstrologyApiOptions, type AstrologyApiRequest } from './astrologyapi-client.js';
import {
  AscendantReportResponse,
  BirthDetailsResponse,
  CurrentVdashaResponse,
  MajorVdashaResponse,
  PlanetsResponse,
} from './astrologyapi-responses.js';

function period(p: { planet: string; planet_id?: number; start: string; end: string }): DashaPeriod {
  const planet = p.planet.charAt(0).toUpperCase() + p.planet.slice(1).toLowerCase();
  return {
    planet,
    ...(p.planet_id === undefined ? {} : { planet_id: p.planet_id }),
    start: p.start.trim().replace(/\s+/g, ' '),
    end: p.end.trim().replace(/\s+/g, ' '),
  };
}

/** The request body for a resolved birth: the local wall time and the zone offset in force then. */
export function astrologyApiRequest(birth: BirthMoment): AstrologyApiRequest {
  return {
    day: birth.local.day,
    month: birth.local.month,
    year: birth.local.year,
    hour: birth.local.hour,
    min: birth.local.minute,
    lat: birth.latitude,
    lon: birth.longitude,
    tzone: birth.utcOffsetHours,
  };
}

/**
 * Fetches the chart from AstrologyAPI (`planets`, `major_vdasha`, `current_vdasha`, `general_ascendant_report`,
 * `birth_details`, in parallel) and maps it to the same Kundali the local engine produces. AstrologyAPI's Rahu is the
 * mean node; its "current" dasha is as of the request.
 */
export async function fetchAstrologyApiKundali(birth: BirthMoment, options: AstrologyApiOptions = {}): Promise<Kundali> {
  const client = new AstrologyApiClient(options);
  const body = astrologyApiRequest(birth);
  // The first failure cancels the sibling calls and their retries: the chart is lost anyway.
  const batch = new AbortController();
  const call = <T>(p: Promise<T>): Promise<T> =>
    p.catch((error: unknown) => {
      batch.abort();
      throw error;
    });
  const [planets, major, current, report, details] = await Promise.all([
    call(client.call('planets', body, PlanetsResponse, batch.signal)),
    call(client.call('major_vdasha', body, MajorVdashaResponse, batch.signal)),
    call(client.call('current_vdasha', body, CurrentVdashaResponse, batch.signal)),
    call(client.call('general_ascendant_report', body, AscendantReportResponse, batch.signal)),
    call(client.call('birth_details', body, BirthDetailsResponse, batch.signal)),
  ]);
  const asc = planets.find((p) => p.name.toLowerCase() === 'ascendant');
  const grahas: PlanetPosition[] = planets
    .filter((p) => p !== asc)
    .map(({ speed, ...p }) => (typeof speed === 'number' ? { ...p, speed } : p));
  const known = birth.timeKnown;
  return {
    ascendant: asc?.sign ?? report.asc_report.ascendant,
    ...(asc
      ? {
          ascendant_details: {
            fullDegree: asc.fullDegree,
            ...(asc.normDegree === undefined ? {} : { normDegree: asc.normDegree }),
            sign: asc.sign,
            ...(asc.signLord ? { signLord: asc.signLord } : {}),
            ...(asc.nakshatra ? { nakshatra: asc.nakshatra } : {}),
            ...(asc.nakshatraLord ? { nakshatraLord: asc.nakshatraLord } : {}),
            ...(asc.nakshatra_pad ? { nakshatra_pad: asc.nakshatra_pad } : {}),
          },
        }
      : {}),
    planets: grahas,
    dasha: {
      major: period(current.major),
      ...(current.minor ? { minor: period(current.minor) } : {}),
      ...(current.sub_minor ? { sub_minor: period(current.sub_minor) } : {}),
      system: 'vimshottari',
      mahadashas: major.map(period),
    },
    ...(report.asc_report.report ? { ascendant_report: report.asc_report.report } : {}),
    // AstrologyAPI reports the mean Lahiri value (no nutation).
    ayanamsa: { name: 'lahiri', degree: details.ayanamsha, mean_degree: details.ayanamsha },
    node_type: 'mean',
    house_system: 'whole_sign',
    birth_time_known: known,
    reliability: { ascendant: known, houses: known, dasha_start: known },
    provider: 'astrologyapi',
  };
}
