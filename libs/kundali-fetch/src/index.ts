export {
  AscendantDetails, AyanamsaInfo, ChartMoment, Dasha, DashaPeriod, Kundali, Mahadasha, PlanetPosition, Reliability,
} from './kundali/kundali.js';
export { buildKundali, type LocalChartOptions } from './chart/build-kundali.js';
export { GRAHAS, type GrahaName, type NodeType, type SiderealBody, type SiderealChart, siderealChart } from './chart/sidereal-chart.js';
export { ASCENDANT_REPORTS } from './chart/ascendant-reports.js';
export { lahiriAyanamsaMean } from './ephemeris/ayanamsa.js';
export { tropicalAscendant } from './ephemeris/ascendant.js';
export { deltaTSeconds } from './ephemeris/delta-t.js';
export { julianDayTt, julianDayUt } from './ephemeris/time.js';
export {
  DASHA_LORDS, type DashaLord, NAKSHATRA_SPAN, NAKSHATRAS, type NakshatraName, type NakshatraPosition, nakshatraOf,
} from './zodiac/nakshatras.js';
export { normalizeDegrees, SIGN_LORDS, SIGNS, type SignName, signIndex, wholeSignHouse } from './zodiac/signs.js';
export { DASHA_YEAR_DAYS, DASHA_YEARS, type DashaSpan, type Mahadasha as VimshottariMahadasha, periodsAt, subPeriods, vimshottari, type VimshottariTimeline } from './dasha/vimshottari.js';
