/** The fixed vocabulary of the sidereal zodiac the chart is read in. Order matters: index 0 is Aries / Ashwini. */

export const SIGNS = [
  'Aries',
  'Taurus',
  'Gemini',
  'Cancer',
  'Leo',
  'Virgo',
  'Libra',
  'Scorpio',
  'Sagittarius',
  'Capricorn',
  'Aquarius',
  'Pisces',
] as const;
export type Sign = (typeof SIGNS)[number];

/** Sanskrit names, as some stored profiles and Indian users write them. */
const SANSKRIT_SIGNS = [
  'Mesha',
  'Vrishabha',
  'Mithuna',
  'Karka',
  'Simha',
  'Kanya',
  'Tula',
  'Vrishchika',
  'Dhanu',
  'Makara',
  'Kumbha',
  'Meena',
];
const SIGN_ALIASES: Record<string, number> = {
  vrishabh: 1,
  vrishab: 1,
  mithun: 2,
  karkata: 3,
  kark: 3,
  singh: 4,
  vrischika: 7,
  vrishchik: 7,
  dhanus: 8,
  makar: 9,
  kumbh: 10,
  meen: 11,
  mina: 11,
};

export const PLANETS = ['Sun', 'Moon', 'Mars', 'Mercury', 'Jupiter', 'Venus', 'Saturn', 'Rahu', 'Ketu'] as const;
export type Planet = (typeof PLANETS)[number];

const PLANET_ALIASES: Record<string, Planet> = {
  surya: 'Sun',
  chandra: 'Moon',
  mangal: 'Mars',
  kuja: 'Mars',
  budh: 'Mercury',
  budha: 'Mercury',
  guru: 'Jupiter',
  brihaspati: 'Jupiter',
  shukra: 'Venus',
  shani: 'Saturn',
};

export const NAKSHATRAS = [
  'Ashwini',
  'Bharani',
  'Krittika',
  'Rohini',
  'Mrigashira',
  'Ardra',
  'Punarvasu',
  'Pushya',
  'Ashlesha',
  'Magha',
  'Purva Phalguni',
  'Uttara Phalguni',
  'Hasta',
  'Chitra',
  'Swati',
  'Vishakha',
  'Anuradha',
  'Jyeshtha',
  'Mula',
  'Purva Ashadha',
  'Uttara Ashadha',
  'Shravana',
  'Dhanishta',
  'Shatabhisha',
  'Purva Bhadrapada',
  'Uttara Bhadrapada',
  'Revati',
] as const;
export type Nakshatra = (typeof NAKSHATRAS)[number];

/** AstrologyAPI's and other common spellings ("Bharni", "Uttra Shadha", "Shatbhisha", "Purva Bhadrapad" ...). */
const NAKSHATRA_ALIASES: Record<string, number> = {
  aswini: 0,
  bharni: 1,
  kritika: 2,
  krithika: 2,
  mrigasira: 4,
  mrigshira: 4,
  mrigasirsha: 4,
  arudra: 5,
  aardra: 5,
  pushyami: 7,
  pooshya: 7,
  aslesha: 8,
  ashlesa: 8,
  makha: 9,
  poorvaphalguni: 10,
  purvaphalguni: 10,
  uttraphalguni: 11,
  uttaraphalguni: 11,
  uttarphalguni: 11,
  chitta: 13,
  chithra: 13,
  svati: 14,
  swathi: 14,
  visakha: 15,
  vishaka: 15,
  anuradha: 16,
  jyeshta: 17,
  jyestha: 17,
  moola: 18,
  purvashadha: 19,
  purvaashadha: 19,
  poorvashadha: 19,
  uttrashadha: 20,
  uttarashadha: 20,
  uttaraashadha: 20,
  sravana: 21,
  shravan: 21,
  dhanishtha: 22,
  dhanista: 22,
  shatbhisha: 23,
  satabhisha: 23,
  shatabhishak: 23,
  purvabhadrapad: 24,
  purvabhadra: 24,
  poorvabhadrapada: 24,
  uttrabhadrapad: 25,
  uttarabhadrapad: 25,
  uttarabhadra: 25,
  uttrabhadra: 25,
  revathi: 26,
};

const key = (name: string) => name.toLowerCase().replace(/[^a-z]/g, '');

const SIGN_INDEX = new Map<string, number>([
  ...SIGNS.map((s, i) => [key(s), i] as const),
  ...SANSKRIT_SIGNS.map((s, i) => [key(s), i] as const),
  ...Object.entries(SIGN_ALIASES),
]);
const NAKSHATRA_INDEX = new Map<string, number>([
  ...NAKSHATRAS.map((n, i) => [key(n), i] as const),
  ...Object.entries(NAKSHATRA_ALIASES),
]);
const PLANET_INDEX = new Map<string, Planet>([
  ...PLANETS.map((p) => [key(p), p] as const),
  ...Object.entries(PLANET_ALIASES),
]);

export function signIndex(name: string | undefined): number | undefined {
  return name === undefined ? undefined : SIGN_INDEX.get(key(name));
}

export function parseSign(name: string | undefined): Sign | undefined {
  const i = signIndex(name);
  return i === undefined ? undefined : SIGNS[i];
}

export function parsePlanet(name: string | undefined): Planet | undefined {
  return name === undefined ? undefined : PLANET_INDEX.get(key(name));
}

export function parseNakshatra(name: string | undefined): Nakshatra | undefined {
  const i = name === undefined ? undefined : NAKSHATRA_INDEX.get(key(name));
  return i === undefined ? undefined : NAKSHATRAS[i];
}

export function signOfLongitude(longitude: number): Sign {
  return SIGNS[Math.floor((((longitude % 360) + 360) % 360) / 30)];
}

export function nakshatraOfLongitude(longitude: number): Nakshatra {
  return NAKSHATRAS[Math.floor((((longitude % 360) + 360) % 360) / (360 / 27))];
}

/** Whole-sign house of `sign` counted from the rising sign (rising sign = house 1). */
export function wholeSignHouse(rising: Sign, sign: Sign): number {
  return ((SIGNS.indexOf(sign) - SIGNS.indexOf(rising) + 12) % 12) + 1;
}

export function signInHouse(rising: Sign, house: number): Sign {
  return SIGNS[(SIGNS.indexOf(rising) + house - 1) % 12];
}
