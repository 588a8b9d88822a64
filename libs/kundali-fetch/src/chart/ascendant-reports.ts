import type { SignName } from '../zodiac/signs.js';

/** A short original portrait for each rising sign, phrased as tendencies to reflect on, not verdicts. */
export const ASCENDANT_REPORTS: Readonly<Record<SignName, string>> = {
  Aries:
    'With Aries rising you tend to meet life head-on: quick to start, honest about what you want and restless when things stall. Others often see courage first; the growth edge is patience with slower people and with your own unfinished feelings.',
  Taurus:
    'With Taurus rising you come across as steady, calm and grounded in the senses. You build slowly and keep what you build. Security matters deeply to you; the growth edge is letting change in before it has to force its way.',
  Gemini:
    'With Gemini rising you meet the world through curiosity and conversation, quick to notice, connect and question. People find you lively and adaptable; the growth edge is staying with one feeling long enough to know it fully.',
  Cancer:
    'With Cancer rising you lead with sensitivity and care, reading moods before words. You protect the people you love and need a safe base yourself; the growth edge is asking for care as openly as you give it.',
  Leo:
    'With Leo rising you bring warmth, presence and a wish to create and be seen. Generosity and pride sit close together in you; the growth edge is trusting that you matter even when no one is applauding.',
  Virgo:
    'With Virgo rising you approach life through careful attention, usefulness and a wish to get things right. You notice what others miss; the growth edge is offering yourself the same patience you offer a problem.',
  Libra:
    'With Libra rising you seek balance, fairness and harmony, and people experience you as gracious and easy to be with. Relationships are your mirror; the growth edge is naming your own preference before weighing everyone else\u2019s.',
  Scorpio:
    'With Scorpio rising you carry intensity and depth, sensing what lies beneath the surface. You trust slowly and commit fully; the growth edge is letting others see your vulnerability without feeling exposed.',
  Sagittarius:
    'With Sagittarius rising you meet life as an adventure of meaning: open, frank and hungry for horizons. Optimism carries you far; the growth edge is honouring the details and the feelings that ask you to stay.',
  Capricorn:
    'With Capricorn rising you come across as composed, responsible and quietly ambitious. You take the long view and earn trust by reliability; the growth edge is allowing rest and play without first deserving them.',
  Aquarius:
    'With Aquarius rising you approach life as an independent thinker, drawn to ideas, fairness and the larger group. You value freedom in closeness; the growth edge is letting personal feelings be as real as principles.',
  Pisces:
    'With Pisces rising you meet the world with empathy, imagination and porous boundaries. You feel what others feel, sometimes before they do; the growth edge is knowing where you end and others begin.',
};
