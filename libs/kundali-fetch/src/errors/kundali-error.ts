import { AmigoError } from '@amigo/contracts';

/** Machine-readable reason of a KundaliError, stable across versions. */
export type KundaliErrorCode =
  | 'invalid_birth_details'
  | 'invalid_date'
  | 'invalid_time'
  | 'date_out_of_range'
  | 'invalid_coordinates'
  | 'unknown_timezone'
  | 'nonexistent_local_time'
  | 'ambiguous_local_time'
  | 'place_not_found'
  | 'ambiguous_place'
  | 'place_too_vague'
  | 'provider_config'
  | 'provider_auth'
  | 'provider_http'
  | 'provider_timeout'
  | 'provider_response';

/** Base of every error this library throws; messages never contain birth data. */
export class KundaliError extends AmigoError<KundaliErrorCode> {}

/** The birth details are malformed, impossible (31 February, 25:00) or outside the supported range. */
export class BirthDetailsError extends KundaliError {
  /** Paths of the offending fields, e.g. ["date"]. */
  readonly fields: string[];

  constructor(
    code: Extract<KundaliErrorCode, 'invalid_birth_details' | 'invalid_date' | 'invalid_time' | 'date_out_of_range' | 'invalid_coordinates' | 'unknown_timezone'>,
    message: string,
    fields: string[] = [],
  ) {
    super(code, message);
    this.fields = fields;
  }
}

/** Local civil time as a wall clock showed it; `offsetMinutes` east of UTC. */
export interface LocalTimeCandidate {
  utc: string;
  offsetMinutes: number;
}

/**
 * The local time does not exist (skipped by a DST change) or happened twice (repeated when clocks went back).
 * `candidates` are the instants it could mean: for a gap, the times just before/after the jump read with each
 * offset; for an overlap, the earlier and the later occurrence. The caller should ask, not guess.
 */
export class LocalTimeError extends KundaliError {
  readonly timeZone: string;
  readonly candidates: LocalTimeCandidate[];

  constructor(code: 'nonexistent_local_time' | 'ambiguous_local_time', message: string, timeZone: string, candidates: LocalTimeCandidate[]) {
    super(code, message);
    this.timeZone = timeZone;
    this.candidates = candidates;
  }
}

/** The local time happened twice (clocks turned back): ask which, from the two `candidates` (earlier first). */
export class AmbiguousLocalTimeError extends LocalTimeError {
  constructor(message: string, timeZone: string, candidates: LocalTimeCandidate[]) {
    super('ambiguous_local_time', message, timeZone, candidates);
  }
}

/** The local time never happened (clocks jumped over it): ask again; `candidates` read it with either offset. */
export class NonexistentLocalTimeError extends LocalTimeError {
  constructor(message: string, timeZone: string, candidates: LocalTimeCandidate[]) {
    super('nonexistent_local_time', message, timeZone, candidates);
  }
}

/** A gazetteer entry that matched a place name. */
export interface PlaceCandidate {
  name: string;
  /** ISO 3166-1 alpha-2 code and English name. */
  countryCode: string;
  country: string;
  /** First-level region (state, province), when the gazetteer knows it. */
  region?: string;
  latitude: number;
  longitude: number;
  population: number;
  /** IANA time zone at the coordinates. */
  timeZone: string;
  /** "Springfield, Illinois, United States": what to read back to the person. */
  label: string;
}

export class PlaceNotFoundError extends KundaliError {
  constructor(message: string) {
    super('place_not_found', message);
  }
}

/** Several places share the name and none clearly dominates: ask which one, from `candidates` (best first). */
export class AmbiguousPlaceError extends KundaliError {
  readonly candidates: PlaceCandidate[];

  constructor(message: string, candidates: PlaceCandidate[]) {
    super('ambiguous_place', message);
    this.candidates = candidates;
  }
}

/** A state, province or country that a person named instead of a town. */
export interface PlaceRegion {
  level: 'region' | 'country';
  /** "Uttar Pradesh", "Canada". */
  name: string;
  countryCode: string;
  country: string;
}

/** The answer named only a region (`region` set) or no place at all: ask for the town of birth. */
export class PlaceTooVagueError extends KundaliError {
  readonly region?: PlaceRegion;

  constructor(message: string, region?: PlaceRegion) {
    super('place_too_vague', message);
    if (region) this.region = region;
  }
}

/** The remote AstrologyAPI failed: missing credentials, refused them, erred, timed out or answered garbage. */
export class ProviderError extends KundaliError {
  /** HTTP status when the server answered. */
  readonly status?: number;
  /** Whether repeating the same call later may succeed. */
  readonly retryable: boolean;

  constructor(
    code: Extract<KundaliErrorCode, 'provider_config' | 'provider_auth' | 'provider_http' | 'provider_timeout' | 'provider_response'>,
    message: string,
    details: { status?: number; retryable?: boolean; cause?: unknown } = {},
  ) {
    super(code, message, { cause: details.cause });
    if (details.status !== undefined) this.status = details.status;
    this.retryable = details.retryable ?? false;
  }
}
