import { CrisisDetector } from './crisis-detector.js';

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
