import { z } from 'zod';

/** `planets`: Sun..Ketu plus an "Ascendant" entry; `isRetro` is "true"/"false" for planets, boolean for the ascendant. */
export const PlanetsResponse = z.array(
  z.looseObject({
    id: z.number().int().optional(),
    name: z.string().min(1),
    fullDegree: z.number().min(0).lt(360),
    normDegree: z.number().min(0).lt(30).optional(),
    speed: z.union([z.number(), z.string()]).optional(),
    isRetro: z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]).optional(),
    sign: z.string().min(1),
    signLord: z.string().optional(),
    nakshatra: z.string().optional(),
    nakshatraLord: z.string().optional(),
    nakshatra_pad: z.number().int().min(1).max(4).optional(),
    house: z.number().int().min(1).max(12).optional(),
  }),
).min(1);

const Period = z.looseObject({
  planet: z.string().min(1),
  planet_id: z.number().int().optional(),
  start: z.string(),
  end: z.string(),
});

/** `major_vdasha`: the nine mahadashas. */
export const MajorVdashaResponse = z.array(Period).min(1);

/** `current_vdasha`: the periods running now, five levels deep. */
export const CurrentVdashaResponse = z.looseObject({
  major: Period,
  minor: Period.optional(),
  sub_minor: Period.optional(),
  sub_sub_minor: Period.optional(),
  sub_sub_sub_minor: Period.optional(),
});

/** `general_ascendant_report`. */
export const AscendantReportResponse = z.looseObject({
  asc_report: z.looseObject({ ascendant: z.string().min(1), report: z.string().optional() }),
});

/** `birth_details`: only the (mean Lahiri) ayanamsha is used. */
export const BirthDetailsResponse = z.looseObject({ ayanamsha: z.number() });
