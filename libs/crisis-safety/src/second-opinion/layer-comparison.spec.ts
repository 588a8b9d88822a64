import type { LabelledTurn } from '../corpus/labelled-set.js';
import { CrisisDetector } from '../detector/crisis-detector.js';
import { compareLayers, formatLayerComparison } from './layer-comparison.js';
import type { SecondOpinion } from './second-opinion.js';

const turns: LabelledTurn[] = [
  { text: 'I want to kill myself', kinds: ['suicidal_intent'], signal: 'explicit', lang: 'en' },
  { text: 'Everything is pointless and I have stopped eating', kinds: ['suicidal_intent'], signal: 'implicit', lang: 'en' },
  { text: 'I gave my cat to my sister this week', kinds: ['suicidal_intent'], signal: 'implicit', lang: 'en' },
  { text: 'The traffic today was terrible', kinds: [], signal: 'none', lang: 'en' },
  { text: 'This film about a war was violent', kinds: [], signal: 'none', lang: 'en' },
];

/** Flags what it is told to, fails on what it is told to. */
function opinion(flags: readonly string[], fails: readonly string[] = []): SecondOpinion {
  return {
    name: 'moderation',
    source: 'moderation',
    assess: async (text) => {
      if (fails.includes(text)) throw new Error('unavailable');
      return flags.includes(text) ? { flagged: true, kinds: ['self_harm'] } : { flagged: false, kinds: [] };
    },
  };
}

describe('compareLayers', () => {
  // The rules alone: what is counted here must not move each time the classifier is retrained.
  const detector = new CrisisDetector({ classifier: null });

  it('counts each layer alone and together, per signal', async () => {
    const comparison = await compareLayers(turns, {
      detector,
      opinion: opinion(['I want to kill myself', 'Everything is pointless and I have stopped eating', 'This film about a war was violent']),
    });
    expect(comparison.explicit).toEqual({ n: 1, screen: 1, opinion: 1, together: 1, unanswered: 0 });
    expect(comparison.implicit).toEqual({ n: 2, screen: 1, opinion: 1, together: 2, unanswered: 0 });
    expect(comparison.none).toEqual({ n: 2, screen: 0, opinion: 1, together: 1, unanswered: 0 });
    expect(formatLayerComparison('set t', comparison, 'moderation')).toEqual([
      '  set t',
      '    explicit recall  screen alone 1/1 (100.0%)     moderation alone 1/1 (100.0%), together 1/1 (100.0%)',
      '    implicit recall  screen alone 1/2 (50.0%)      moderation alone 1/2 (50.0%), together 2/2 (100.0%)',
      '    false alarms     screen alone 0/2 (0.0%)       moderation alone 1/2 (50.0%), together 1/2 (50.0%)',
    ]);
  });

  it('says a second opinion that never answered was not measured, and counts partial failures', async () => {
    const failures: unknown[] = [];
    const all = turns.map((t) => t.text);
    const none = await compareLayers(turns, { detector, opinion: opinion([], all), onFailure: (e) => failures.push(e) });
    expect(failures).toHaveLength(5);
    expect(formatLayerComparison('set t', none, 'moderation')[1]).toBe('    explicit recall  screen alone 1/1 (100.0%)     moderation not measured');

    const some = await compareLayers(turns, { detector, opinion: opinion([], ['The traffic today was terrible']) });
    expect(some.none).toMatchObject({ n: 2, unanswered: 1 });
    expect(formatLayerComparison('set t', some, 'moderation')[3]).toContain('moderation alone 0/1 (0.0%), together 0/2 (0.0%) (1 unanswered');
  });

  it('measures the screen alone without a second opinion', async () => {
    const comparison = await compareLayers(turns, { detector });
    expect(comparison.explicit).toEqual({ n: 1, screen: 1, opinion: 0, together: 1, unanswered: 0 });
    expect(formatLayerComparison('set t', comparison)[2]).toBe('    implicit recall  screen alone 1/2 (50.0%)      second opinion not measured');
  });
});
