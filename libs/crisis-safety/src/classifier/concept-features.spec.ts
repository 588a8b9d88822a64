import { screenUtterance } from '../text/screen-utterance.js';
import { conceptsOf } from './concept-features.js';

const conceptsOfTurn = (utterance: string) => conceptsOf(screenUtterance(utterance));

describe('conceptsOf', () => {
  it('gives the same concept to the same idea in English, Hinglish and Hindi', () => {
    for (const u of ['I am just a burden to them', 'main sabpe bojh hu', 'मैं सब पर बोझ हूं'])
      expect(conceptsOfTurn(u)).toContain('burden');
    for (const u of ['sorted the insurance papers for my wife', 'bima ke kaagaz beti ko de diye', 'बीमा के कागज बेटी को दे दिए'])
      expect(conceptsOfTurn(u)).toContain('affairs_in_order');
    for (const u of ['this is goodbye forever', 'alvida dosto', 'अलविदा दोस्तों']) expect(conceptsOfTurn(u)).toContain('finality');
  });

  it('adds the benign frames, and nothing for a plain turn', () => {
    expect(conceptsOfTurn('in the film he jumps off the bridge')).toEqual(expect.arrayContaining(['dangerous_place', 'media']));
    expect(conceptsOfTurn('what should I cook today')).toEqual([]);
  });
});
