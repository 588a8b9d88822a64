import { z } from 'zod';

/** An empty or blank variable counts as unset, as a copied `.env.example` leaves many of them. */
const blankAsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

export const optionalText = z.preprocess(blankAsUnset, z.string().trim().optional());

export const textWithDefault = (fallback: string) => z.preprocess(blankAsUnset, z.string().trim().default(fallback));

export const optionalUrl = (protocols: RegExp) => z.preprocess(blankAsUnset, z.url({ protocol: protocols }).optional());

export const flag = (fallback: boolean) =>
  z.preprocess(blankAsUnset, z.enum(['true', 'false']).default(fallback ? 'true' : 'false')).transform((v) => v === 'true');

export const milliseconds = (fallback: number, max = 60_000) =>
  z.preprocess(blankAsUnset, z.coerce.number().int().min(1).max(max).default(fallback));

/** A comma-separated list; blank entries dropped. */
export const commaList = z.preprocess(blankAsUnset, z.string().optional()).transform((value) =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0),
);
