import { CrisisDetector } from '@amigo/crisis-safety';
import type { SessionState } from '@amigo/psychologist';
import { initializeLogger, type JobProcess, voice } from '@livekit/agents';
import { RedisMemoryServer } from 'redis-memory-server';
import { prepareSession } from '../session/prepare-session.js';
import { prewarm } from './prewarm.js';

jest.setTimeout(120_000);

describe('the worker prewarm', () => {
  let redis: RedisMemoryServer;
  beforeAll(async () => {
    initializeLogger({ pretty: false, level: 'fatal' });
    redis = await RedisMemoryServer.create();
  });
  afterAll(() => redis.stop());

  it("keeps a ready crisis detector in the process data, and the process's sessions screen with it", async () => {
    const proc = { userData: {} } as unknown as JobProcess;
    const env = {
      LIVEKIT_URL: 'ws://127.0.0.1:7880',
      LIVEKIT_API_KEY: 'devkey',
      LIVEKIT_API_SECRET: 'secret-of-at-least-thirty-two-characters',
      OPENAI_API_KEY: 'local',
      AMIGO_PROFILER_BACKEND: 'rules',
      REDIS_URL: `redis://${await redis.getHost()}:${await redis.getPort()}`,
    };
    const data = await prewarm(proc, env);
    try {
      expect(proc.userData['amigo']).toBe(data);
      expect(data.deps.detector).toBeInstanceOf(CrisisDetector);
      const screened = jest.spyOn(data.deps.detector, 'assess');

      for (const metadata of [JSON.stringify({ user_id: 'e3b0c442-98fc-4c1c-a49b-934ca495991b' }), undefined]) {
        screened.mockClear();
        const start = await prepareSession(metadata, data.deps);
        const llm = new voice.testing.FakeLLM([{ input: 'hello there', content: 'Hello!' }]);
        const session = new voice.AgentSession<SessionState>({ llm, vad: null, userData: start.state, turnHandling: { turnDetection: 'manual' } });
        await session.start({ agent: start.agent });
        try {
          await session.run({ userInput: 'hello there' }).wait();
        } finally {
          await session.close();
        }
        expect(screened).toHaveBeenCalledWith('hello there');
      }
    } finally {
      await data.deps.store.close();
    }
  });
});
