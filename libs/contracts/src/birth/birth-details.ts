import { z } from 'zod';
import { isCalendarDate, MAX_BIRTH_YEAR, MIN_BIRTH_YEAR } from './calendar.js';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Calendar date of birth, "YYYY-MM-DD", a real date between 1900-01-01 and 2100-12-31. */
export const BirthDate = z.string().superRefine((value, ctx) => {
  const m = DATE_RE.exec(value);
  if (!m) {
    ctx.addIssue({ code: 'custom', message: 'date must be YYYY-MM-DD', params: { reason: 'invalid_date' } });
    return;
  }
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isCalendarDate(year, month, day)) {
    ctx.addIssue({ code: 'custom', message: 'no such calendar date', params: { reason: 'invalid_date' } });
  } else if (year < MIN_BIRTH_YEAR || year > MAX_BIRTH_YEAR) {
    ctx.addIssue({ code: 'custom', message: `dates from ${MIN_BIRTH_YEAR} to ${MAX_BIRTH_YEAR} are supported`, params: { reason: 'date_out_of_range' } });
  }
});

/** Local clock time of birth, "HH:MM" or "HH:MM:SS" (24-hour), or "unknown". */
export const BirthTime = z.union([
  z.literal('unknown'),
  z.string().superRefine((value, ctx) => {
    const m = TIME_RE.exec(value);
    if (!m || Number(m[1]) > 23 || Number(m[2]) > 59 || Number(m[3] ?? 0) > 59) {
      ctx.addIssue({ code: 'custom', message: 'time must be HH:MM or HH:MM:SS (24-hour) or "unknown"', params: { reason: 'invalid_time' } });
    }
  }),
]);

/**
 * What a person says about their birth. Either `place` (resolved offline) or `latitude` + `longitude` is needed.
 * `timezone` overrides the zone of the place: an IANA name ("Asia/Kolkata", history applied) or a fixed UTC offset
 * in hours east (5.5), as the Python service stored it.
 */
export const BirthDetails = z
  .object({
    date: BirthDate,
    time: BirthTime,
    /**
     * How far either side of `time` the person's own time may be off, in minutes ("around 6" ~ 30, "early morning,
     * maybe 5" ~ 90). Absent: the time is as given. Meaningless, and absent, when the time is "unknown".
     */
    time_uncertainty_minutes: z.number().int().min(1).max(720).optional(),
    place: z.string().trim().min(1).max(200).optional(),
    latitude: z.number().min(-90).max(90).optional(),
    longitude: z.number().min(-180).max(180).optional(),
    timezone: z.union([z.string().min(1).max(64), z.number().min(-14).max(14)]).optional(),
  })
  .superRefine((b, ctx) => {
    const hasLat = b.latitude !== undefined;
    const hasLon = b.longitude !== undefined;
    if (hasLat !== hasLon) {
      ctx.addIssue({ code: 'custom', path: [hasLat ? 'longitude' : 'latitude'], message: 'latitude and longitude go together', params: { reason: 'invalid_coordinates' } });
    }
    if (!hasLat && !hasLon && b.place === undefined) {
      ctx.addIssue({ code: 'custom', path: ['place'], message: 'a place or latitude/longitude is needed', params: { reason: 'invalid_birth_details' } });
    }
  });
export type BirthDetails = z.infer<typeof BirthDetails>;
