import { CrisisDetector } from './crisis-detector.js';
import { CRISIS, EVERYDAY } from './crisis-utterances.fixture.js';

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

  it('catches at least 85% of the indirect signals', () => {
    const implicit = CRISIS.filter(([, , explicit]) => !explicit);
    const caught = implicit.filter(([u]) => detector.assess(u).isCrisis);
    expect(caught.length / implicit.length).toBeGreaterThanOrEqual(0.85);
  });

  it('fires on at most 5% of everyday distress and hyperbole', () => {
    const falsePositives = EVERYDAY.filter((u) => detector.assess(u).isCrisis);
    expect(falsePositives.length / EVERYDAY.length).toBeLessThanOrEqual(0.05);
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
