import { ProfilerConfigError } from '../errors/profiler-errors.js';
import { OpenAiCompatibleServer } from '../testing/openai-compatible-server.js';
import { REFERENCE_KUNDALIS } from '../testing/reference-kundalis.js';
import { XRayContent } from '../xray/personality-xray.js';
import { RulesBackend } from '../rules/rules-backend.js';
import { createAstroProfiler } from './create-astro-profiler.js';

const clock = () => new Date('2026-11-25T10:00:00.000Z');
const quiet = { warn: () => undefined };

describe('createAstroProfiler', () => {
  it('uses the offline rules when no LLM is configured', async () => {
    const profiler = createAstroProfiler({}, { clock });
    expect(profiler.backend).toBe('rules');
    const xray = await profiler.generate(REFERENCE_KUNDALIS.R005);
    expect(xray.provenance.source).toBe('rules');
    expect(xray).toEqual(new RulesBackend({ clock }).generateSync(REFERENCE_KUNDALIS.R005));
  });

  it('treats blank variables as unset', () => {
    expect(createAstroProfiler({ OPENAI_API_KEY: '  ', AMIGO_PROFILER_TIMEOUT_MS: '' }).backend).toBe('rules');
  });

  it('chooses the LLM when a key is set, unless the rules are asked for', () => {
    expect(createAstroProfiler({ OPENAI_API_KEY: 'sk-test' }).backend).toBe('llm');
    expect(createAstroProfiler({ OPENAI_API_KEY: 'sk-test', AMIGO_PROFILER_BACKEND: 'rules' }).backend).toBe('rules');
  });

  it('refuses impossible configurations with a typed error that names the variable, not the secret', () => {
    expect(() => createAstroProfiler({ AMIGO_PROFILER_BACKEND: 'llm' })).toThrow(ProfilerConfigError);
    const bad = [
      { OPENAI_API_KEY: 'sk-secret-123', AMIGO_PROFILER_TIMEOUT_MS: 'soon' },
      { OPENAI_API_KEY: 'sk-secret-123', AMIGO_PROFILER_TIMEOUT_MS: '5' },
      { OPENAI_API_KEY: 'sk-secret-123', OPENAI_BASE_URL: 'localhost:8080' },
      { OPENAI_API_KEY: 'sk-secret-123', AMIGO_PROFILER_BACKEND: 'gpt' },
    ];
    for (const env of bad) {
      const error = (() => {
        try {
          createAstroProfiler(env);
        } catch (e) {
          return e as Error;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(ProfilerConfigError);
      expect(error?.message).toContain(Object.keys(env)[1]);
      expect(error?.message).not.toContain('sk-secret-123');
    }
  });

  describe('against a local OpenAI-compatible server', () => {
    let server: OpenAiCompatibleServer;
    beforeAll(async () => {
      server = await OpenAiCompatibleServer.start();
    });
    afterAll(() => server.stop());

    it('sends the configured model to the configured base URL with the key', async () => {
      const content = XRayContent.parse(
        Object.fromEntries(
          Object.entries(new RulesBackend({ clock }).generateSync(REFERENCE_KUNDALIS.R001)).filter(
            ([k]) => k in XRayContent.shape,
          ),
        ),
      );
      server.reply({ content: JSON.stringify(content) });
      const profiler = createAstroProfiler(
        {
          OPENAI_API_KEY: 'local-key',
          OPENAI_BASE_URL: server.baseURL,
          AMIGO_PROFILER_MODEL: 'qwen-local',
          AMIGO_PROFILER_TIMEOUT_MS: '3000',
        },
        { clock, logger: quiet },
      );
      const xray = await profiler.generate(REFERENCE_KUNDALIS.R001, { focusTopic: 'grief' });
      expect(xray.provenance).toMatchObject({ source: 'llm', model: 'qwen-local' });
      expect(xray.focus_topic).toBe('grief');
      expect(server.requests).toHaveLength(1);
      expect(server.requests[0].body.model).toBe('qwen-local');
      expect(server.requests[0].headers.authorization).toBe('Bearer local-key');
    });

    it('falls back to the rules when the configured timeout runs out', async () => {
      server.reply({ content: '{}', delayMs: 10_000 });
      const profiler = createAstroProfiler(
        { OPENAI_API_KEY: 'k', OPENAI_BASE_URL: server.baseURL, AMIGO_PROFILER_TIMEOUT_MS: '200' },
        { clock, logger: quiet },
      );
      const xray = await profiler.generate(REFERENCE_KUNDALIS.R001);
      expect(xray.provenance).toMatchObject({ source: 'rules_fallback', fallback_reason: 'timeout' });
      expect(server.answered).toEqual([]);
    });
  });
});
