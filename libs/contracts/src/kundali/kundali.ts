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
  /** False when the Moon's nakshatra changes within the window of possible birth times. */
  moon_nakshatra: z.boolean().optional(),
  /** False when the UTC offset of the birth time is reconstructed (see `birth.clock`). */
  utc_offset: z.boolean().optional(),
  /** Why a flag is false, e.g. "birth time unknown", "born beyond the polar circle". */
  notes: z.array(z.string()).optional(),
});
export type Reliability = z.infer<typeof Reliability>;

/**
 * The clock the birth time was read with. `iana`: the zone's history; `fixed_offset`: as given; `city_time`
 * (Bombay Time, Calcutta Time) and `local_mean_time`: clocks the IANA zone does not carry, applied from cited
 * sources. `reconstructed` is true whenever the offset is what the clocks most likely showed rather than a record.
 */
export const BirthClock = z.looseObject({
  name: z.string().min(1),
  basis: z.enum(['iana', 'fixed_offset', 'city_time', 'local_mean_time']),
  utc_offset_minutes: z.number(),
  reconstructed: z.boolean(),
  sources: z.array(z.string()).optional(),
});
export type BirthClock = z.infer<typeof BirthClock>;

/** What the chart was cast for (birth data are personal: never log this). */
export const ChartMoment = z.looseObject({
  utc: z.string(),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  timezone: z.string().optional(),
  utc_offset_hours: z.number().optional(),
  place: z.string().optional(),
  clock: BirthClock.optional(),
});
export type ChartMoment = z.infer<typeof ChartMoment>;

/**
 * What the uncertain birth time leaves open: the chart computed across the window of possible birth times (the whole
 * local day when the time is unknown, the given time +/- `time_uncertainty_minutes` otherwise). A list with one entry
 * means that part is settled despite the uncertainty.
 */
export const TimeSensitivity = z.looseObject({
  basis: z.enum(['unknown_time', 'approximate_time']),
  /** The window of birth instants considered, ISO 8601 UTC. */
  window: z.looseObject({ from: z.string(), to: z.string(), minutes_either_side: z.number().min(0).optional() }),
  ascendant_signs: z.array(z.string()).min(1),
  /** Planet name to the whole-sign houses it can occupy within the window. */
  planet_houses: z.record(z.string(), z.array(z.number().int().min(1).max(12))),
  moon_signs: z.array(z.string()).min(1),
  moon_nakshatras: z.array(z.string()).min(1),
  /** Lords the dasha timeline can start with (the Moon's nakshatra lord at birth). */
  dasha_start_lords: z.array(z.string()).min(1),
  /** How far, in days, the mahadasha dates can move either way within the window. */
  dasha_shift_days: z.number().min(0),
  /** Mahadasha lords that can be running at `dasha.as_of` within the window. */
  running_mahadashas: z.array(z.string()).optional(),
});
export type TimeSensitivity = z.infer<typeof TimeSensitivity>;

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
  time_sensitivity: TimeSensitivity.optional(),
  birth: ChartMoment.optional(),
  provider: z.string().optional(),
});
export type Kundali = z.infer<typeof Kundali>;
