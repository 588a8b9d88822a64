import { type ZodError } from 'zod';
import { BirthDetailsError, type KundaliErrorCode } from '../errors/kundali-error.js';
import { resolvePlaceOrThrow, type ResolvePlaceOptions } from '../place/place-resolver.js';
import tzLookup from '@photostructure/tz-lookup';
import { type BirthClock, BirthDetails } from '@amigo/contracts';
import { historicalClock } from './historical-clock.js';
import { type AmbiguousTimePolicy, zonedTimeToUtc } from './local-time.js';

/** Birth details resolved to what the chart needs. */
export interface BirthMoment {
  /** UTC instant, ms since the Unix epoch. */
  utcMs: number;
  latitude: number;
  longitude: number;
  /** IANA zone used, or undefined when a fixed offset was given. */
  timeZone?: string;
  /** Offset of local civil time from UTC at birth, hours east. */
  utcOffsetHours: number;
  /** False when the time was unknown and local noon was used. */
  timeKnown: boolean;
  /** How far either side of the given time the birth may have been, in minutes (known, approximate times). */
  uncertaintyMinutes?: number;
  /** The clock the time was read with, and whether its offset is a reconstruction. */
  clock: BirthClock;
  /** Local wall time used (noon when unknown). */
  local: { year: number; month: number; day: number; hour: number; minute: number; second: number };
  /** Label of the resolved place, when a place name was given. */
  place?: string;
}

export interface BirthMomentOptions {
  /** How to read a local time that happened twice (DST end); default: reject with LocalTimeError. */
  ambiguousTime?: AmbiguousTimePolicy;
  place?: ResolvePlaceOptions;
  /**
   * Apply the Indian clocks the IANA zone lacks (Bombay Time until 1955, Calcutta Time until 1948, local mean time
   * before 1906) when no `timezone` was given. Default true; false keeps the IANA history as it is.
   */
  historicalClocks?: boolean;
}

function birthDetailsError(error: ZodError): BirthDetailsError {
  const issue = error.issues[0];
  const reason = (issue && 'params' in issue ? (issue.params as { reason?: KundaliErrorCode } | undefined)?.reason : undefined);
  const path = issue?.path.map(String) ?? [];
  const field = path[0];
  const code =
    reason === 'invalid_date' || reason === 'invalid_time' || reason === 'date_out_of_range' || reason === 'invalid_coordinates' || reason === 'invalid_birth_details'
      ? reason
      : field === 'latitude' || field === 'longitude'
        ? 'invalid_coordinates'
        : field === 'timezone'
          ? 'unknown_timezone'
          : field === 'date'
            ? 'invalid_date'
            : field === 'time'
              ? 'invalid_time'
              : 'invalid_birth_details';
  const fields = [...new Set(error.issues.map((i) => i.path.map(String).join('.')).filter(Boolean))];
  return new BirthDetailsError(code, `${field ?? 'birth details'}: ${issue?.message ?? 'invalid'}`, fields);
}

const OFFSET_RE = /^(?:utc|gmt)?\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$/i;
const HOURS_RE = /^[+-]?\d{1,2}(?:\.\d+)?$/;

/** A fixed UTC offset in hours from 5.5, "5.5", "+05:30" or "UTC+5:30"; undefined for an IANA name or nothing. */
function fixedOffsetHours(timezone: string | number | undefined): number | undefined {
  if (typeof timezone === 'number') return timezone;
  if (timezone === undefined) return undefined;
  const text = timezone.trim();
  if (HOURS_RE.test(text)) return Number(text);
  const m = OFFSET_RE.exec(text);
  if (!m) return undefined;
  const hours = Number(m[2]) + Number(m[3] ?? 0) / 60;
  if (hours > 14 || Number(m[3] ?? 0) > 59) throw new BirthDetailsError('unknown_timezone', 'UTC offsets range from -14:00 to +14:00', ['timezone']);
  return m[1] === '-' ? -hours : hours;
}

/** Parses birth details (throws BirthDetailsError with a precise code on bad input). */
export function parseBirthDetails(input: unknown): BirthDetails {
  const r = BirthDetails.safeParse(input);
  if (!r.success) throw birthDetailsError(r.error);
  return r.data;
}

/**
 * Resolves birth details to a UTC instant and coordinates: place name via the offline gazetteer, zone from the
 * coordinates unless given, local time through the zone's history; unknown time means local noon.
 */
export async function resolveBirthMoment(input: unknown, options: BirthMomentOptions = {}): Promise<BirthMoment> {
  const birth = parseBirthDetails(input);
  let latitude: number;
  let longitude: number;
  let place: string | undefined;
  let placeZone: string | undefined;
  if (birth.latitude !== undefined && birth.longitude !== undefined) {
    latitude = birth.latitude;
    longitude = birth.longitude;
  } else {
    const found = await resolvePlaceOrThrow(birth.place as string, options.place);
    latitude = found.latitude;
    longitude = found.longitude;
    place = found.label;
    placeZone = found.timeZone;
  }
  const [year, month, day] = birth.date.split('-').map(Number);
  const timeKnown = birth.time !== 'unknown';
  const [hour, minute, second] = timeKnown ? (birth.time.split(':').map(Number) as [number, number, number?]) : [12, 0, 0];
  const local = { year, month, day, hour, minute, second: second ?? 0 };
  let utcMs: number;
  let offsetMs: number;
  let timeZone: string | undefined;
  let clock: BirthClock;
  const wallMs = Date.UTC(year, month - 1, day, hour, minute, local.second);
  const fixedOffset = fixedOffsetHours(birth.timezone);
  if (fixedOffset !== undefined) {
    offsetMs = Math.round(fixedOffset * 3_600_000);
    utcMs = wallMs - offsetMs;
    clock = { name: 'fixed UTC offset', basis: 'fixed_offset', utc_offset_minutes: offsetMs / 60_000, reconstructed: false };
  } else {
    timeZone = (birth.timezone as string | undefined) ?? placeZone ?? tzLookup(latitude, longitude);
    ({ utcMs, offsetMs } = zonedTimeToUtc(local, timeZone, options.ambiguousTime));
    clock = { name: timeZone, basis: 'iana', utc_offset_minutes: offsetMs / 60_000, reconstructed: false };
    const historical =
      birth.timezone === undefined && options.historicalClocks !== false
        ? await historicalClock(timeZone, local, { latitude, longitude }, offsetMs / 60_000)
        : undefined;
    if (historical) {
      offsetMs = Math.round(historical.offsetMinutes * 60_000);
      utcMs = wallMs - offsetMs;
      clock = {
        name: historical.name, basis: historical.basis, utc_offset_minutes: offsetMs / 60_000, reconstructed: true, sources: historical.sources,
      };
    }
  }
  const uncertainty = timeKnown ? birth.time_uncertainty_minutes : undefined;
  return {
    utcMs, latitude, longitude, utcOffsetHours: offsetMs / 3_600_000, timeKnown, local, clock,
    ...(uncertainty === undefined ? {} : { uncertaintyMinutes: uncertainty }),
    ...(timeZone ? { timeZone } : {}),
    ...(place ? { place } : {}),
  };
}
