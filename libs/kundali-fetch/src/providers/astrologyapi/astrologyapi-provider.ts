import type { BirthMoment } from '../../birth/birth-moment.js';
import { reliabilityOf } from '../../chart/reliability.js';
import { timeSensitivity } from '../../chart/time-sensitivity.js';
import { isoFromMs } from '../../dasha/iso-date.js';
import { lahiriAyanamsa } from '../../ephemeris/ayanamsa.js';
import { ProviderError } from '../../errors/kundali-error.js';
import type { DashaPeriod, Kundali, PlanetPosition } from '@amigo/contracts';
import { AstrologyApiClient, type AstrologyApiOptions, type AstrologyApiRequest } from './astrologyapi-client.js';
import {
  AscendantReportResponse,
  BirthDetailsResponse,
  CurrentVdashaResponse,
  MajorVdashaResponse,
  PlanetsResponse,
} from './astrologyapi-responses.js';

const API_DATE = /^(\d{1,2})-(\d{1,2})-(\d{4})(?:\s+(\d{1,2}):(\d{1,2}))?$/;

/**
 * AstrologyAPI's "D-M-YYYY H:M" (day first, time optional, local to the `tzone` of the request) as ISO 8601 UTC,
 * like the local engine. `new Date('2-5-1994')` would read it month first.
 */
export function astrologyApiDateToIso(text: string, utcOffsetHours: number): string {
  const m = API_DATE.exec(text.trim());
  const [day, month, year, hour, minute] = m ? m.slice(1).map((v) => Number(v ?? 0)) : [];
  if (!m || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) {
    throw new ProviderError('provider_response', 'AstrologyAPI sent a dasha date in an unexpected format');
  }
  return isoFromMs(Date.UTC(year, month - 1, day, hour, minute) - Math.round(utcOffsetHours * 3_600_000));
}

function period(p: { planet: string; planet_id?: number; start: string; end: string }, utcOffsetHours: number): DashaPeriod {
  const planet = p.planet.charAt(0).toUpperCase() + p.planet.slice(1).toLowerCase();
  return {
    planet,
    ...(p.planet_id === undefined ? {} : { planet_id: p.planet_id }),
    start: astrologyApiDateToIso(p.start, utcOffsetHours),
    end: astrologyApiDateToIso(p.end, utcOffsetHours),
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
 * `birth_details`, in parallel) and maps it to the same Kundali the local engine produces: dasha dates as ISO 8601
 * UTC, `ayanamsa.degree` true and `mean_degree` mean, a `birth` block, the same reliability flags and time
 * sensitivity. AstrologyAPI's Rahu is the mean node; its "current" dasha is as of the request.
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
  const offset = birth.utcOffsetHours;
  // The time-dependent parts are judged with the local engine: they depend on the window, not on the provider.
  const uncertainty = known ? birth.uncertaintyMinutes : 12 * 60 - 1;
  const sensitivity =
    uncertainty === undefined
      ? undefined
      : timeSensitivity(
          birth.utcMs, birth,
          { beforeMinutes: uncertainty, afterMinutes: uncertainty, basis: known ? 'approximate_time' : 'unknown_time' },
          'mean', Date.now(),
        );
  const { mean, true: trueAyanamsa } = lahiriAyanamsa(birth.utcMs);
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
      major: period(current.major, offset),
      ...(current.minor ? { minor: period(current.minor, offset) } : {}),
      ...(current.sub_minor ? { sub_minor: period(current.sub_minor, offset) } : {}),
      system: 'vimshottari',
      mahadashas: major.map((p) => period(p, offset)),
    },
    ...(report.asc_report.report ? { ascendant_report: report.asc_report.report } : {}),
    // AstrologyAPI reports the mean Lahiri value; `degree` is the true one everywhere, so its nutation is added here.
    ayanamsa: { name: 'lahiri', degree: details.ayanamsha + (trueAyanamsa - mean), mean_degree: details.ayanamsha },
    node_type: 'mean',
    house_system: 'whole_sign',
    birth_time_known: known,
    reliability: reliabilityOf(sensitivity, birth.latitude, birth.clock),
    ...(sensitivity ? { time_sensitivity: sensitivity } : {}),
    birth: {
      utc: isoFromMs(birth.utcMs),
      latitude: birth.latitude,
      longitude: birth.longitude,
      ...(birth.timeZone === undefined ? {} : { timezone: birth.timeZone }),
      utc_offset_hours: offset,
      ...(birth.place === undefined ? {} : { place: birth.place }),
      clock: birth.clock,
    },
    provider: 'astrologyapi',
  };
}
