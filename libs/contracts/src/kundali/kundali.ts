import { z } from 'zod';

/**
 * AstrologyAPI sends `isRetro` as the strings "true"/"false" for planets and as a boolean for the ascendant;
 * profiles stored by the Python service carry either. Normalised to a boolean on the way in.
 */
const RetroFlag = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]);

/** One body of the chart, with AstrologyAPI's field names so stored profiles stay compatible. */
export const PlanetPosition = z.looseObject({
  id: z.number().int().optional(),
  name: z.string().min(1),
  fullDegree: z.number().min(0).lt(360),
  normDegree: z.number().min(0).lt(30).optional(),
  speed: z.number().optional(),
  isRetro: RetroFlag.optional(),
  sign: z.string().min(1),
  signLord: z.string().optional(),
  nakshatra: z.string().optional(),
  nakshatraLord: z.string().optional(),
  nakshatra_pad: z.number().int().min(1).max(4).optional(),
  house: z.number().int().min(1).max(12).optional(),
});
export type PlanetPosition = z.infer<typeof PlanetPosition>;

/** A Vimshottari period. Dates are ISO 8601 from the local engine, "D-M-YYYY H:M" from AstrologyAPI. */
export const DashaPeriod = z.looseObject({
  planet: z.string().min(1),
  planet_id: z.number().int().optional(),
  start: z.string().optional(),
  end: z.string().optional(),
});
export type DashaPeriod = z.infer<typeof DashaPeriod>;

/** A mahadasha of the timeline, with its antardashas when the writer computed them. */
export const Mahadasha = DashaPeriod.extend({
  years: z.number().positive().optional(),
  antardashas: z.array(DashaPeriod).optional(),
});
export type Mahadasha = z.infer<typeof Mahadasha>;

/**
 * Vimshottari dasha. `major`/`minor`/`sub_minor` are the maha-, antar- and pratyantardasha running at `as_of`
 * (AstrologyAPI's `current_vdasha`); `mahadashas` is the timeline from the theoretical start of the birth period.
 */
export const Dasha = z.looseObject({
  major: DashaPeriod,
  minor: DashaPeriod.optional(),
  sub_minor: DashaPeriod.optional(),
  as_of: z.string().optional(),
  system: z.string().optional(),
  year_days: z.number().positive().optional(),
  balance: z.looseObject({ planet: z.string().min(1), years: z.number().min(0) }).optional(),
  mahadashas: z.array(Mahadasha).optional(),
});
export type Dasha = z.infer<typeof Dasha>;

/** The rising point: its sign is also the top-level `ascendant`. */
export const AscendantDetails = z.looseObject({
  fullDegree: z.number().min(0).lt(360),
  normDegree: z.number().min(0).lt(30).optional(),
  sign: z.string().min(1),
  signLord: z.string().optional(),
  nakshatra: z.string().optional(),
  nakshatraLord: z.string().optional(),
  nakshatra_pad: z.number().int().min(1).max(4).optional(),
});
export type AscendantDetails = z.infer<typeof AscendantDetails>;

/** The sidereal zodiac's offset from the tropical one, in degrees, at the birth instant. */
export const AyanamsaInfo = z.looseObject({
  name: z.string().min(1),
  degree: z.number(),
  mean_degree: z.number().optional(),
});
export type AyanamsaInfo = z.infer<typeof AyanamsaInfo>;

/**
 * Which parts of the chart can be trusted. With an unknown birth time the chart is cast for local noon: the
 * ascendant (and so the houses) can be any sign, the Moon may sit up to ~7 deg away and the dasha dates may shift
 * by years, so those are flagged false.
 */
export const Reliability = z.looseObject({
  ascendant: z.boolean(),
  houses: z.boolean(),
  dasha_start: z.boolean(),
});
export type Reliability = z.infer<typeof Reliability>;

/** What the chart was cast for (birth data are personal: never log this). */
export const ChartMoment = z.looseObject({
  utc: z.string(),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  timezone: z.string().optional(),
  utc_offset_hours: z.number().optional(),
  place: z.string().optional(),
});
export type ChartMoment = z.infer<typeof ChartMoment>;

/**
 * The structured kundali. Only what every stored profile has is required (the Python service's profiles carry
 * just the ascendant sign, some planets, the running mahadasha and the ascendant report); unknown fields are
 * kept so nothing a newer writer stored is lost by an older reader.
 */
export const Kundali = z.looseObject({
  ascendant: z.string().min(1),
  ascendant_details: AscendantDetails.optional(),
  planets: z.array(PlanetPosition).min(1),
  dasha: Dasha.optional(),
  ascendant_report: z.string().optional(),
  ayanamsa: AyanamsaInfo.optional(),
  node_type: z.enum(['mean', 'true']).optional(),
  house_system: z.string().optional(),
  birth_time_known: z.boolean().optional(),
  reliability: Reliability.optional(),
  birth: ChartMoment.optional(),
  provider: z.string().optional(),
});
export type Kundali = z.infer<typeof Kundali>;
