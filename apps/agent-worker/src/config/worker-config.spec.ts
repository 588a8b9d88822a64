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

describe('safety settings', () => {
  it('defaults the helpline country to India and takes an assigned code in any case', () => {
    expect(loadChatConfig({}).safety).toEqual({ defaultCountry: 'IN', escalation: {} });
    expect(loadChatConfig({ AMIGO_DEFAULT_COUNTRY: ' gb ' }).safety.defaultCountry).toBe('GB');
  });

  it('refuses a country that is not an ISO 3166-1 alpha-2 code', () => {
    expect(() => loadChatConfig({ AMIGO_DEFAULT_COUNTRY: 'UK' })).toThrow(/AMIGO_DEFAULT_COUNTRY/);
    expect(() => loadChatConfig({ AMIGO_DEFAULT_COUNTRY: 'India' })).toThrow(/AMIGO_DEFAULT_COUNTRY/);
  });

  it('configures the escalation webhook only with its signing secret, and the stream', () => {
    expect(() => loadChatConfig({ AMIGO_ESCALATION_WEBHOOK_URL: 'https://ops.example/hook' })).toThrow(/AMIGO_ESCALATION_SECRET/);
    expect(() => loadChatConfig({ AMIGO_ESCALATION_WEBHOOK_URL: 'ftp://ops.example/hook', AMIGO_ESCALATION_SECRET: 's' })).toThrow(
      /AMIGO_ESCALATION_WEBHOOK_URL/,
    );
    const config = loadChatConfig({
      AMIGO_ESCALATION_WEBHOOK_URL: 'https://ops.example/hook',
      AMIGO_ESCALATION_SECRET: 'shh',
      AMIGO_ESCALATION_STREAM: 'amigo:safety',
    });
    expect(config.safety.escalation).toEqual({ webhook: { url: 'https://ops.example/hook', secret: 'shh' }, stream: { key: 'amigo:safety' } });
  });

  it('asks the moderation model only when opted in, on the LLM key and server, and says what is missing', () => {
    expect(loadChatConfig({ OPENAI_API_KEY: 'sk-test' }).safety.moderation).toBeUndefined();
    expect(loadChatConfig({ OPENAI_API_KEY: 'sk-test', AMIGO_MODERATION: 'true' }).safety.moderation).toEqual({ apiKey: 'sk-test', timeoutMs: 3_000 });
    expect(
      loadChatConfig({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: 'http://127.0.0.1:8000/v1', AMIGO_MODERATION: 'true' }).safety.moderation,
    ).toEqual({ apiKey: 'sk-test', baseURL: 'http://127.0.0.1:8000/v1', timeoutMs: 3_000 });
    expect(() => loadChatConfig({ AMIGO_MODERATION: 'true' })).toThrow(/AMIGO_MODERATION=true needs OPENAI_API_KEY/);
    expect(() => loadChatConfig({ OPENAI_API_KEY: 'sk-test', AMIGO_MODERATION: 'yes' })).toThrow(/AMIGO_MODERATION/);
  });

  it('bounds each moderation request by AMIGO_MODERATION_TIMEOUT_MS, a whole number of milliseconds up to a minute', () => {
    const moderated = (timeout: string) =>
      loadChatConfig({ OPENAI_API_KEY: 'sk-test', AMIGO_MODERATION: 'true', AMIGO_MODERATION_TIMEOUT_MS: timeout }).safety.moderation;
    expect(moderated('8000')?.timeoutMs).toBe(8_000);
    expect(moderated(' ')?.timeoutMs).toBe(3_000);
    for (const bad of ['0', '-5', '2.5', 'soon', '60001']) expect(() => moderated(bad)).toThrow(/AMIGO_MODERATION_TIMEOUT_MS/);
  });
});
