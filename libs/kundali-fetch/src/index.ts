export { Dasha, DashaPeriod, Kundali, PlanetPosition } from './kundali/kundali.js';
