import { ConfigError, loadChatConfig, loadWorkerConfig } from './worker-config.js';

const livekit = { LIVEKIT_URL: 'wss://demo.livekit.cloud', LIVEKIT_API_KEY: 'APIkey', LIVEKIT_API_SECRET: 'secret' };

describe('loadWorkerConfig', () => {
  it('names every missing setting at once and points at the terminal session', () => {
    let error: unknown;
    try {
      loadWorkerConfig({ LIVEKIT_URL: 'wss://demo.livekit.cloud', LIVEKIT_API_SECRET: '  ' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    for (const name of ['LIVEKIT_API_KEY', 'LIVEKIT_API_SECRET', 'OPENAI_API_KEY']) expect(message).toContain(name);
    expect(message).not.toContain('LIVEKIT_URL:');
    expect(message).toContain('nx run agent-worker:chat');
  });

  it('rejects malformed values with the variable named', () => {
    expect(() => loadWorkerConfig({ ...livekit, OPENAI_API_KEY: 'k', AMIGO_PROFILE_DEADLINE_MS: 'soon' })).toThrow(
      /AMIGO_PROFILE_DEADLINE_MS/,
    );
    expect(() => loadWorkerConfig({ ...livekit, OPENAI_API_KEY: 'k', REDIS_URL: 'http://x' })).toThrow(/REDIS_URL/);
    expect(() => loadWorkerConfig({ ...livekit, LIVEKIT_URL: 'ftp://x', OPENAI_API_KEY: 'k' })).toThrow(/LIVEKIT_URL/);
  });

  it('fills the embedded defaults', () => {
    const config = loadWorkerConfig({ ...livekit, OPENAI_API_KEY: 'k', OPENAI_BASE_URL: 'http://127.0.0.1:8000/v1' });
    expect(config.livekit).toEqual({ url: livekit.LIVEKIT_URL, apiKey: 'APIkey', apiSecret: 'secret' });
    expect(config.models).toMatchObject({ apiKey: 'k', baseURL: 'http://127.0.0.1:8000/v1' });
    expect(config.store.redisUrl).toBeUndefined();
    expect(config.store.profileDeadlineMs).toBe(300);
    expect(config.store.dataDir).toMatch(/\/\.amigo$/);
  });
});

describe('loadChatConfig', () => {
  it('runs offline without any model setting', () => {
    expect(loadChatConfig({}).models).toBeUndefined();
  });

  it('uses a local OpenAI-compatible server without a key', () => {
    expect(loadChatConfig({ OPENAI_BASE_URL: 'http://127.0.0.1:9/v1' }).models?.baseURL).toBe('http://127.0.0.1:9/v1');
  });

  it('honours the deadline and data folder', () => {
    const config = loadChatConfig({ AMIGO_PROFILE_DEADLINE_MS: '120', AMIGO_DATA_DIR: '/tmp/amigo-x', REDIS_URL: 'redis://h:1' });
    expect(config.store).toEqual({
      redisUrl: 'redis://h:1',
      redisCluster: false,
      dataKeys: [],
      allowPlaintext: false,
      legacyFallback: false,
      eraseFromDisk: false,
      dataDir: '/tmp/amigo-x',
      profileDeadlineMs: 120,
    });
  });
});
