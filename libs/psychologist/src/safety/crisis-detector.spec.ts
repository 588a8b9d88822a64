import { CrisisClassifier } from './classifier/crisis-classifier.js';
import { trainCrisisModel } from './classifier/crisis-model.trainer.js';
import { FINAL_TEST_SETS, INDEPENDENT_SETS, RULE_AUTHOR_SETS, trainingData } from './corpus/corpus.fixture.js';
import { CrisisDetector } from './crisis-detector.js';
import {
  BLIND_CRISIS,
  BLIND_EVERYDAY,
} from './crisis-utterances.blind.fixture.js';
import {
  CRISIS,
  EVERYDAY,
  type Labelled,
} from './crisis-utterances.fixture.js';
import {
  FINAL_CRISIS,
  FINAL_EVERYDAY,
} from './crisis-utterances.final.fixture.js';
import {
  FRESH_CRISIS,
  FRESH_EVERYDAY,
} from './crisis-utterances.fresh.fixture.js';
import {
  FOURTH_CRISIS,
  FOURTH_EVERYDAY,
} from './crisis-utterances.fourth.fixture.js';
import {
  FIFTH_CRISIS,
  FIFTH_EVERYDAY,
} from './crisis-utterances.fifth.fixture.js';
import {
  UNSEEN_CRISIS,
  UNSEEN_EVERYDAY,
} from './crisis-utterances.unseen.fixture.js';

describe('CrisisDetector on the labelled table', () => {
  const detector = new CrisisDetector();

  it('has a table large enough to mean something', () => {
    expect(CRISIS.length).toBeGreaterThanOrEqual(60);
    expect(EVERYDAY.length).toBeGreaterThanOrEqual(60);
  });

  it('catches every explicit statement, with its kind', () => {
    const missed = CRISIS.filter(
      ([u, , explicit]) => explicit && !detector.assess(u).isCrisis,
    ).map(([u]) => u);
    expect(missed).toEqual([]);
    const wrongKind = CRISIS.filter(
      ([u, kind, explicit]) =>
        explicit && !detector.assess(u).kinds.includes(kind),
    ).map(([u, kind]) => `${kind}: ${u}`);
    expect(wrongKind).toEqual([]);
  });

  it('catches at least 90% of the indirect signals', () => {
    const implicit = CRISIS.filter(([, , explicit]) => !explicit);
    const caught = implicit.filter(([u]) => detector.assess(u).isCrisis);
    expect(caught.length / implicit.length).toBeGreaterThanOrEqual(0.9);
  });

  it('fires on at most 5% of everyday distress and hyperbole', () => {
    const falsePositives = EVERYDAY.filter((u) => detector.assess(u).isCrisis);
    expect(falsePositives.length / EVERYDAY.length).toBeLessThanOrEqual(0.05);
  });
});

/**
 * The figure that matters: sets written by people who never saw the detector, measured with a classifier trained
 * the way the shipped one is but without them. Floors a little under the measured 96.3% / 60.0% / 4.5%.
 */
describe('CrisisDetector on independent sets its classifier was not trained on', () => {
  const { examples } = trainingData([...RULE_AUTHOR_SETS, ...INDEPENDENT_SETS]);
  const detector = new CrisisDetector({ classifier: CrisisClassifier.fromModel(trainCrisisModel(examples)) });
  const crisis = FINAL_TEST_SETS.flatMap((set) => set.crisis);
  const everyday = FINAL_TEST_SETS.flatMap((set) => set.everyday);
  const rate = (rows: readonly Labelled[]) => rows.filter(([u]) => detector.assess(u).isCrisis).length / rows.length;

  it('catches at least 95% of explicit statements and half the indirect ones', () => {
    expect(crisis.length).toBeGreaterThanOrEqual(200);
    expect(rate(crisis.filter(([, , explicit]) => explicit))).toBeGreaterThanOrEqual(0.95);
    expect(rate(crisis.filter(([, , explicit]) => !explicit))).toBeGreaterThanOrEqual(0.55);
  });

  it('fires on at most 5% of everyday turns, and on no short ones', () => {
    expect(everyday.filter((u) => detector.assess(u).isCrisis).length / everyday.length).toBeLessThanOrEqual(0.05);
    const short = everyday.filter((u) => u.split(/\s+/).length <= 6);
    expect(short.length).toBeGreaterThanOrEqual(50);
    expect(short.filter((u) => detector.assess(u).isCrisis)).toEqual([]);
  });
});

/**
 * Regression floors on the rules' author's frozen sets. The rules were written or tuned with them in view and the
 * shipped classifier is trained on them, so these say nothing about new wording (the independent-sets spec above
 * does); they catch a rule or model change that breaks what used to work.
 */
describe.each([
  [
    'fresh (seen)',
    FRESH_CRISIS,
    FRESH_EVERYDAY,
    { explicit: 0.95, implicit: 0.9, falsePositives: 0.05 },
  ],
  [
    'blind (seen)',
    BLIND_CRISIS,
    BLIND_EVERYDAY,
    { explicit: 0.9, implicit: 0.8, falsePositives: 0.05 },
  ],
  [
    'third (tuned on)',
    FINAL_CRISIS,
    FINAL_EVERYDAY,
    { explicit: 0.95, implicit: 0.9, falsePositives: 0.05 },
  ],
  [
    'fourth (tuned on)',
    FOURTH_CRISIS,
    FOURTH_EVERYDAY,
    { explicit: 0.95, implicit: 0.9, falsePositives: 0.05 },
  ],
  [
    'fifth (tuned on)',
    FIFTH_CRISIS,
    FIFTH_EVERYDAY,
    { explicit: 0.95, implicit: 0.9, falsePositives: 0.05 },
  ],
  [
    'unseen',
    UNSEEN_CRISIS,
    UNSEEN_EVERYDAY,
    { explicit: 0.65, implicit: 0.25, falsePositives: 0.07 },
  ],
] as const)(
  'CrisisDetector on the %s set',
  (_name, crisis: readonly Labelled[], everyday: readonly string[], floor) => {
    const detector = new CrisisDetector();
    const rate = (rows: readonly Labelled[]) =>
      rows.filter(([u]) => detector.assess(u).isCrisis).length / rows.length;

    it('stays above its explicit and implicit recall floors', () => {
      expect(
        rate(crisis.filter(([, , explicit]) => explicit)),
      ).toBeGreaterThanOrEqual(floor.explicit);
      expect(
        rate(crisis.filter(([, , explicit]) => !explicit)),
      ).toBeGreaterThanOrEqual(floor.implicit);
    });

    it('stays under its false-positive ceiling on everyday distress and hyperbole', () => {
      expect(
        everyday.filter((u) => detector.assess(u).isCrisis).length /
          everyday.length,
      ).toBeLessThanOrEqual(floor.falsePositives);
    });
  },
);

/** The rules' own concepts, without the classifier's opinion. */
describe('CrisisDetector concepts', () => {
  const detector = new CrisisDetector({ classifier: null });
  const kindsOf = (u: string) => detector.assess(u).kinds;

  it('composes an intent frame with any way of ending oneself', () => {
    expect(kindsOf('I want my life to be over')).toContain('suicidal_intent');
    expect(kindsOf("I'm seriously thinking of ending things")).toContain(
      'suicidal_intent',
    );
    expect(kindsOf('I have decided to take the extreme step')).toContain(
      'suicidal_intent',
    );
    expect(kindsOf('मुझे मर जाने का मन है')).toContain('suicidal_intent');
  });

  it('composes a person with violence done to me, in any script', () => {
    expect(kindsOf('My husband pushed me down the stairs')).toContain('abuse');
    expect(kindsOf('mera devar mujhe dhakka deta hai')).toContain('abuse');
    expect(kindsOf('मेरी सास मुझे पीटती है')).toContain('abuse');
  });

  it('keeps games, pressure and figures of speech out of the violence concept', () => {
    for (const u of [
      'My sister beat me at ludo',
      'My parents push me to study',
      'She hit me up yesterday',
      'My boss hits me with tasks',
    ])
      expect(detector.assess(u).isCrisis).toBe(false);
  });

  it('treats accidents, devices, idioms and plain denials as ordinary talk', () => {
    for (const u of [
      'I cut myself while slicing bread',
      'my laptop is about to die',
      'cutting myself some slack today',
      'I would never kill myself, I promise',
      "I don't want to live in Pune anymore",
      'tere liye jaan de dunga',
    ])
      expect(detector.assess(u).isCrisis).toBe(false);
  });

  it('still fires when a denial or figure of speech sits beside a real statement', () => {
    expect(
      detector.assess(
        'I would never kill myself but I have the pills ready for tonight',
      ).isCrisis,
    ).toBe(true);
    expect(
      detector.assess('this job is killing me and I want to die').isCrisis,
    ).toBe(true);
  });
});

describe('CrisisDetector', () => {
  const detector = new CrisisDetector();

  it('reports kinds by urgency, the signal and the rule ids, never the words', () => {
    const result = detector.assess('I just took a whole bottle of pills');
    expect(result).toEqual({
      isCrisis: true,
      kinds: ['immediate_danger', 'suicidal_intent'],
      signal: 'explicit',
      rules: ['en.overdose-taken'],
      score: expect.any(Number),
      detectedBy: 'rules',
    });
  });

  it('marks an indirect signal as implicit', () => {
    expect(
      detector.assess('Everyone would be better off without me').signal,
    ).toBe('implicit');
  });

  it('is indifferent to case, punctuation, curly apostrophes and nukta spellings', () => {
    expect(detector.assess('I DON’T WANT TO LIVE ANYMORE!!!').isCrisis).toBe(
      true,
    );
    expect(detector.assess('ख़ुदकुशी').isCrisis).toBe(true);
    expect(detector.assess('खुदकुशी').isCrisis).toBe(true);
  });

  it('still fires when a figure of speech and a real statement share a sentence', () => {
    expect(
      detector.assess(
        'This job is killing me and honestly I want to kill myself',
      ).isCrisis,
    ).toBe(true);
  });

  it('returns nothing for empty or blank input', () => {
    expect(detector.assess('').isCrisis).toBe(false);
    expect(detector.assess('   ?!  ').isCrisis).toBe(false);
  });

  it('accepts its own rule table', () => {
    const custom = new CrisisDetector({
      rules: [
        {
          id: 'test.word',
          kinds: ['abuse'],
          signal: 'explicit',
          pattern: /\bbanana\b/g,
        },
      ],
      masks: [],
      classifier: null,
    });
    expect(custom.assess('banana').rules).toEqual(['test.word']);
    expect(custom.assess('banana again').rules).toEqual(['test.word']);
    expect(custom.assess('I want to kill myself').isCrisis).toBe(false);
  });

  it('screens a very long message in bounded time', () => {
    const long = `${'I had a long day and '.repeat(5_000)}I want to kill myself`;
    const started = process.hrtime.bigint();
    detector.assess(long);
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(500);
  });
});
