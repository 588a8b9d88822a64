import { createServer } from 'node:net';
import { type ModerationBehaviour, startModerationServer } from '@amigo/test-utils';
import { ModerationError } from './moderation-error.js';
import { MODERATION_MODEL, ModerationSecondOpinion, verdictOf } from './moderation-second-opinion.js';

const behaviours: Record<string, ModerationBehaviour> = {
  'i have the pills counted out': { categories: { 'self-harm': true, 'self-harm/intent': true, sexual: false } },
  'he said he will break my arm': { categories: { violence: true, 'harassment/threatening': true } },
  'a lovely day': { categories: { 'self-harm': false, violence: false } },
  'rude but no crisis': { categories: { harassment: true, hate: true } },
  slow: 'hang',
  broken: { status: 500 },
  'not json': { raw: '<html>oops</html>' },
  'wrong shape': { raw: '{"results":[]}' },
};

async function freePortClosed(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('ModerationSecondOpinion against a local OpenAI-compatible endpoint', () => {
  let server: Awaited<ReturnType<typeof startModerationServer>>;
  let moderation: ModerationSecondOpinion;
  // Only the endpoint that never answers waits out its time-out; the others answer, however busy the machine.
  let hurried: ModerationSecondOpinion;

  beforeAll(async () => {
    server = await startModerationServer((input) => behaviours[input] ?? { categories: {} });
    moderation = new ModerationSecondOpinion({ apiKey: 'test-key', baseURL: `${server.baseURL}/`, timeoutMs: 60_000 });
    hurried = new ModerationSecondOpinion({ apiKey: 'test-key', baseURL: server.baseURL, timeoutMs: 200 });
  });
  afterAll(() => server.close());

  it('flags self-harm as the crisis kinds, most urgent first, sending the turn only in the body', async () => {
    await expect(moderation.assess('i have the pills counted out')).resolves.toEqual({ flagged: true, kinds: ['suicidal_intent', 'self_harm'] });
    const request = server.requests.at(-1);
    expect(request).toEqual({
      url: '/v1/moderations',
      authorization: 'Bearer test-key',
      body: { model: MODERATION_MODEL, input: 'i have the pills counted out' },
    });
  });

  it('answers violence and threats as abuse', async () => {
    await expect(moderation.assess('he said he will break my arm')).resolves.toEqual({ flagged: true, kinds: ['abuse'] });
  });

  it('passes a turn flagged on no crisis category, whatever else it is flagged on', async () => {
    await expect(moderation.assess('a lovely day')).resolves.toEqual({ flagged: false, kinds: [] });
    await expect(moderation.assess('rude but no crisis')).resolves.toEqual({ flagged: false, kinds: [] });
  });

  it.each([
    ['slow', 'timeout'],
    ['broken', 'rejected'],
    ['not json', 'malformed'],
    ['wrong shape', 'malformed'],
  ])('rejects %s with a typed error that does not carry the turn', async (input, code) => {
    const error: unknown = await (input === 'slow' ? hurried : moderation).assess(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModerationError);
    expect(error).toMatchObject({ code });
    expect((error as Error).message).not.toContain(input);
  });

  it('rejects as unavailable when nothing listens', async () => {
    const port = await freePortClosed();
    const nowhere = new ModerationSecondOpinion({ apiKey: 'test-key', baseURL: `http://127.0.0.1:${port}/v1` });
    await expect(nowhere.assess('a lovely day')).rejects.toMatchObject({ name: 'ModerationError', code: 'unavailable' });
  });

  it('stops when the caller aborts', async () => {
    const controller = new AbortController();
    const patient = new ModerationSecondOpinion({ apiKey: 'test-key', baseURL: server.baseURL, timeoutMs: 60_000 });
    const asked = patient.assess('slow', { signal: controller.signal });
    controller.abort();
    await expect(asked).rejects.toMatchObject({ name: 'ModerationError', code: 'unavailable' });
  });

  it('reads a result whose categories are partly null', () => {
    expect(verdictOf({ 'self-harm/instructions': true, violence: null })).toEqual({ flagged: true, kinds: ['suicidal_intent'] });
  });
});
