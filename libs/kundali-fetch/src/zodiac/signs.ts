/** The twelve sidereal signs, AstrologyAPI spelling, index 0 = Aries. */
export const SIGNS = [
  'Aries', 'Taurus', 'Gemini', 'Cancer', 'Leo', 'Virgo',
  'Libra', 'Scorpio', 'Sagittarius', 'Capricorn', 'Aquarius', 'Pisces',
] as const;
export type SignName = (typeof SIGNS)[number];

/** Classical (Parashari) lord of each sign, same order as SIGNS. */
export const SIGN_LORDS = [
  'Mars', 'Venus', 'Mercury', 'Moon', 'Sun', 'Mercury',
  'Venus', 'Mars', 'Jupiter', 'Saturn', 'Saturn', 'Jupiter',
] as const;

/** Index 0..11 of the sign holding a sidereal longitude. */
export function signIndex(longitude: number): number {
  return Math.floor(normalizeDegrees(longitude) / 30) % 12;
}

/** Whole-sign house (1..12) of a body for an ascendant, both as sidereal longitudes. */
export function wholeSignHouse(longitude: number, ascendantLongitude: number): number {
  return ((signIndex(longitude) - signIndex(ascendantLongitude) + 12) % 12) + 1;
}

/** Angle in [0, 360). */
export function normalizeDegrees(deg: number): number {
  const x = deg % 360;
  const y = x < 0 ? x + 360 : x;
  // -1e-15 + 360 rounds to 360.
  return y >= 360 ? 0 : y;
}
