import type { Nakshatra } from '../../chart/zodiac.js';

/**
 * The Moon's nakshatra colours emotional life. `motif` paraphrases the traditional symbol or presiding deity;
 * `inner` and `need` are this project's reading of it as an emotional tendency and a need.
 */
export interface NakshatraTraits {
  motif: string;
  inner: string;
  need: string;
}

export const NAKSHATRA_TRAITS: Record<Nakshatra, NakshatraTraits> = {
  Ashwini: {
    motif: 'the swift healers',
    inner: 'recovers quickly and wants to fix things at once',
    need: 'Permission to move fast and to start over',
  },
  Bharani: {
    motif: 'the bearer of life and its limits',
    inner: 'feels things intensely and carries heavy loads',
    need: 'Space to hold strong feelings without judgement',
  },
  Krittika: {
    motif: 'the cutting flame',
    inner: 'is honest to the point of sharpness and protective of their own',
    need: 'Truthfulness from others, and gentleness toward themselves',
  },
  Rohini: {
    motif: 'the fertile growing field',
    inner: 'longs for beauty, comfort and affection',
    need: 'Affection and a nourishing environment',
  },
  Mrigashira: {
    motif: 'the searching deer',
    inner: 'is curious and restless, always looking for the next thing',
    need: 'Exploration without being judged for searching',
  },
  Ardra: {
    motif: 'the storm that clears the air',
    inner: 'feels emotional storms keenly and grows through upheaval',
    need: 'Room to express turbulence safely',
  },
  Punarvasu: {
    motif: 'the return of the light',
    inner: 'bounces back and finds hope again after loss',
    need: 'A safe home base to return to',
  },
  Pushya: {
    motif: 'the nourisher',
    inner: 'finds steadiness in caring for others and in tradition',
    need: 'To be nourished in return for nourishing',
  },
  Ashlesha: {
    motif: 'the coiled serpent',
    inner: 'is perceptive and guarded, wary of being manipulated',
    need: 'Trust built slowly and boundaries respected',
  },
  Magha: {
    motif: 'the ancestral throne',
    inner: 'carries a strong sense of lineage, pride and duty',
    need: 'Respect and a link to their roots',
  },
  'Purva Phalguni': {
    motif: 'the resting couch',
    inner: 'seeks pleasure, play and affection to recharge',
    need: 'Rest, enjoyment and creative play',
  },
  'Uttara Phalguni': {
    motif: 'the bed of commitment',
    inner: 'is generous and values dependable bonds',
    need: 'Reliable partnerships and mutual support',
  },
  Hasta: {
    motif: 'the skilled hand',
    inner: 'calms down by doing things with their hands and wit',
    need: 'Practical ways to feel capable',
  },
  Chitra: {
    motif: 'the bright jewel',
    inner: 'wants to create something beautiful and to be seen',
    need: 'Appreciation for what they create',
  },
  Swati: {
    motif: 'the young shoot in the wind',
    inner: 'values independence and bends without breaking',
    need: 'Freedom and room to find their own way',
  },
  Vishakha: {
    motif: 'the triumphal arch',
    inner: 'is goal-driven and can be consumed by their aims',
    need: 'Goals that feel worthy, and rest once they are reached',
  },
  Anuradha: {
    motif: 'the lotus of friendship',
    inner: 'is devoted and finds strength in companionship',
    need: 'Loyal friendship and belonging',
  },
  Jyeshtha: {
    motif: 'the eldest, the protector',
    inner: 'feels responsible for others and guards their position',
    need: 'Acknowledgement of the load they carry',
  },
  Mula: {
    motif: 'the root',
    inner: 'digs to the root of things, sometimes by tearing things up',
    need: 'Truth, and support through upheaval',
  },
  'Purva Ashadha': {
    motif: 'the invincible waters',
    inner: 'is proud, hopeful and hard to discourage',
    need: 'Encouragement and a cause to believe in',
  },
  'Uttara Ashadha': {
    motif: 'the final victory',
    inner: 'is principled and persevering, steady in the long run',
    need: 'Integrity and lasting achievement',
  },
  Shravana: {
    motif: 'the listening ear',
    inner: 'learns by listening and is sensitive to what others say',
    need: 'To be listened to in return',
  },
  Dhanishta: {
    motif: 'the drum of rhythm',
    inner: 'is lively and ambitious, finding their rhythm in groups',
    need: 'A shared rhythm and recognition of their talents',
  },
  Shatabhisha: {
    motif: 'the hundred healers',
    inner: 'is private and self-contained, seeking healing and truth alone',
    need: 'Solitude and space to heal in their own way',
  },
  'Purva Bhadrapada': {
    motif: 'the scorching fire of transformation',
    inner: 'swings between intensity and idealism',
    need: 'An outlet for intensity and a higher purpose',
  },
  'Uttara Bhadrapada': {
    motif: 'the serpent of the deep',
    inner: 'is calm on the surface and deep beneath it',
    need: 'Quiet, patient understanding',
  },
  Revati: {
    motif: 'the safe journey home',
    inner: 'is gentle and caring, especially toward the vulnerable',
    need: 'Gentleness and a sense of safe passage',
  },
};
