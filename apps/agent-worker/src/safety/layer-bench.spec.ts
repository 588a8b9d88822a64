import { CrisisDetector, type LabelledTurn } from '@amigo/crisis-safety';
import { startModerationServer } from '@amigo/test-utils';
import { runLayerBench } from './layer-bench.js';
import { ModerationSecondOpinion } from './moderation-second-opinion.js';

// The screen catches the first and misses the second (checked by the psychologist library's tests); the local
// endpoint flags the second and a film review.
const set: LabelledTurn[] = [
  { text: 'I want to kill myself', kinds: ['suicidal_intent'], signal: 'explicit', lang: 'en' },
  { text: 'Everything feels grey and I have stopped eating', kinds: ['suicidal_intent'], signal: 'implicit', lang: 'en' },
  { text: 'That war film was brutal', kinds: [], signal: 'none', lang: 'en' },
  { text: 'The traffic today was terrible', kinds: [], signal: 'none', lang: 'en' },
];

describe('the moderation bench against a local OpenAI-compatible endpoint', () => {
  let server: Awaited<ReturnType<typeof startModerationServer>>;
  const detector = new CrisisDetector();

  beforeAll(async () => {
    server = await startModerationServer((input) => {
      if (input === 'The traffic today was terrible') return { status: 500 };
      const flagged = input === 'Everything feels grey and I have stopped eating' || input === 'That war film was brutal';
      return { categories: { 'self-harm/intent': flagged && input.startsWith('Every'), violence: input.startsWith('That') } };
    });
  });
  afterAll(() => server.close());

  it('reports per set the screen alone, moderation alone and together, and the requests that failed', async () => {
    const lines: string[] = [];
    await runLayerBench({
      sets: [{ name: 'demo', turns: set }],
      detector,
      // Generous: on a busy machine a slow answer must not turn into a failure the report counts.
      opinion: new ModerationSecondOpinion({ apiKey: 'k', baseURL: server.baseURL, timeoutMs: 30_000 }),
      write: (line) => lines.push(line),
    });
    expect(lines).toEqual([
      'Crisis screen and moderation (second opinion), per set: recall on crisis turns, false alarms on everyday ones',
      '  set demo',
      '    explicit recall  screen alone 1/1 (100.0%)     moderation alone 0/1 (0.0%), together 1/1 (100.0%)',
      '    implicit recall  screen alone 0/1 (0.0%)       moderation alone 1/1 (100.0%), together 1/1 (100.0%)',
      '    false alarms     screen alone 0/2 (0.0%)       moderation alone 1/1 (100.0%), together 1/2 (50.0%) (1 unanswered, counted as the screen alone)',
      '  all sets',
      '    explicit recall  screen alone 1/1 (100.0%)     moderation alone 0/1 (0.0%), together 1/1 (100.0%)',
      '    implicit recall  screen alone 0/1 (0.0%)       moderation alone 1/1 (100.0%), together 1/1 (100.0%)',
      '    false alarms     screen alone 0/2 (0.0%)       moderation alone 1/1 (100.0%), together 1/2 (50.0%) (1 unanswered, counted as the screen alone)',
      'moderation: 1 of 4 requests failed (rejected 1); those turns count as the screen alone',
    ]);
  });

  it('says moderation was not measured when the endpoint answers nothing', async () => {
    const lines: string[] = [];
    await server.close();
    await runLayerBench({
      sets: [{ name: 'demo', turns: set }],
      detector,
      opinion: new ModerationSecondOpinion({ apiKey: 'k', baseURL: server.baseURL }),
      write: (line) => lines.push(line),
    });
    expect(lines.at(-1)).toBe('moderation not measured: every one of 4 requests failed (unavailable 4)');
    expect(lines).toContain('    implicit recall  screen alone 0/1 (0.0%)       moderation not measured');
  });
});
