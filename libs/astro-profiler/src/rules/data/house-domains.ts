/** The life domain of each whole-sign house (bhava), phrased for conversation rather than for prediction. */
export const HOUSE_DOMAINS: Record<number, string> = {
  1: 'self-image, body and how one meets the world',
  2: 'family of origin, money, speech and personal values',
  3: 'courage, siblings, skills and everyday communication',
  4: 'home, mother, inner peace and emotional foundations',
  5: 'creativity, children, romance and self-expression',
  6: 'work routines, health, service and daily struggles',
  7: 'partnership, marriage and one-to-one relationships',
  8: 'crisis, transformation, shared resources and what is hidden',
  9: 'meaning, belief, teachers, father and long journeys',
  10: 'career, public role, duty and reputation',
  11: 'friendships, networks, hopes and gains',
  12: 'solitude, rest, letting go, loss and the inner life',
};
