export { fetchStructuredKundali, type FetchKundaliOptions } from './kundali/fetch-structured-kundali.js';
export { type BirthMoment, type BirthMomentOptions, parseBirthDetails, resolveBirthMoment } from './birth/birth-moment.js';
export { type AmbiguousTimePolicy, type WallTime, zonedTimeToUtc, zoneOffsetMs } from './birth/local-time.js';
export {
  type AmbiguousPlace, type PlaceResolution, type RegionOnlyPlace, type ResolvedPlace, type ResolvePlaceOptions, resolvePlace,
  resolvePlaceOrThrow, userCountryFrom, type VaguePlace,
} from './place/place-resolver.js';
export { preloadGazetteer } from './place/gazetteer.js';
export {
  AmbiguousLocalTimeError, AmbiguousPlaceError, NonexistentLocalTimeError, BirthDetailsError, KundaliError, type KundaliErrorCode, type LocalTimeCandidate, LocalTimeError,
  type PlaceCandidate, PlaceNotFoundError, type PlaceRegion, PlaceTooVagueError, ProviderError,
} from './errors/kundali-error.js';
export { AstrologyApiClient, type AstrologyApiOptions, type AstrologyApiRequest } from './providers/astrologyapi/astrologyapi-client.js';
export { astrologyApiRequest, fetchAstrologyApiKundali } from './providers/astrologyapi/astrologyapi-provider.js';
export { buildKundali, type LocalChartOptions } from './chart/build-kundali.js';
export { GRAHAS, type GrahaName, type NodeType, type SiderealBody, type SiderealChart, siderealChart } from './chart/sidereal-chart.js';
export { ASCENDANT_REPORTS } from './chart/ascendant-reports.js';
export { lahiriAyanamsa, lahiriAyanamsaMean } from './ephemeris/ayanamsa.js';
export { siderealAscendant, tropicalAscendant } from './ephemeris/ascendant.js';
export { deltaTSeconds } from './ephemeris/delta-t.js';
export { julianDayTt, julianDayUt } from './ephemeris/time.js';
export {
  DASHA_LORDS, type DashaLord, NAKSHATRA_SPAN, NAKSHATRAS, type NakshatraName, type NakshatraPosition, nakshatraOf,
} from './zodiac/nakshatras.js';
export { normalizeDegrees, SIGN_LORDS, SIGNS, type SignName, signIndex, wholeSignHouse } from './zodiac/signs.js';
export {
  DASHA_YEAR_DAYS, DASHA_YEARS, type DashaSpan, type Mahadasha as VimshottariMahadasha, periodsAt, subPeriods, vimshottari,
  type VimshottariTimeline,
} from './dasha/vimshottari.js';
