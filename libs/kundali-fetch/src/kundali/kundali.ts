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

export const Dasha = z.looseObject({
  major: DashaPeriod,
  minor: DashaPeriod.optional(),
  sub_minor: DashaPeriod.optional(),
});
export type Dasha = z.infer<typeof Dasha>;

/**
 * The structured kundali. Only what every stored profile has is required (the Python service's profiles carry
 * just the ascendant sign, some planets, the running mahadasha and the ascendant report); unknown fields are
 * kept so nothing a newer writer stored is lost by an older reader.
 */
export const Kundali = z.looseObject({
  ascendant: z.string().min(1),
  planets: z.array(PlanetPosition).min(1),
  dasha: Dasha.optional(),
  ascendant_report: z.string().optional(),
});
export type Kundali = z.infer<typeof Kundali>;
