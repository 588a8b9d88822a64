import { silentLogger } from '@amigo/logging';
import { ProfilerConfigError } from '../errors/profiler-errors.js';
import { OpenAiCompatibleServer } from '@amigo/test-utils';
import { REFERENCE_KUNDALIS } from '../testing/reference-kundalis.js';
import { XRayContent } from '@amigo/contracts';
import { RulesBackend } from '../rules/rules-backend.js';
import { createAstroProfiler } from './create-astro-profiler.js';

const clock = () => new Date('2026-11-25T10:00:00.000Z');

describe('createAstroProfiler', () => {
  it('uses the offline rules when no LLM is configured', async () => {
    const profiler = createAstroProfiler({ clock });
    expect(profiler.backend).toBe('rules');
    const xray = await profiler.generate(REFERENCE_KUNDALIS.R005);
    expect(xray.provenance.source).toBe('rules');
    expect(xray).toEqual(new RulesBackend({ clock }).generateSync(REFERENCE_KUNDALIS.R005));
  });

  it('chooses the LLM when one is configured, unless the rules are asked for', () => {
    expect(createAstroProfiler({ llm: { apiKey: 'sk-test' } }).backend).toBe('llm');
    expect(createAstroProfiler({ backend: 'rules', llm: { apiKey: 'sk-test' } }).backend).toBe('rules');
  });

  it('refuses the llm backend without a model to call, with a typed error', () => {
    expect(() => createAstroProfiler({ backend: 'llm' })).toThrow(ProfilerConfigError);
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
      const profiler = createAstroProfiler({
        llm: { apiKey: 'local-key', baseURL: server.baseURL, model: 'qwen-local', timeoutMs: 3000 },
        clock,
        logger: silentLogger,
      });
      const xray = await profiler.generate(REFERENCE_KUNDALIS.R001, { focusTopic: 'grief' });
      expect(xray.provenance).toMatchObject({ source: 'llm', model: 'qwen-local' });
      expect(xray.focus_topic).toBe('Grief');
      expect(server.requests).toHaveLength(1);
      expect(server.requests[0].body.model).toBe('qwen-local');
      expect(server.requests[0].headers.authorization).toBe('Bearer local-key');
    });

    it('falls back to the rules when the configured timeout runs out', async () => {
      server.reply({ content: '{}', delayMs: 10_000 });
      const profiler = createAstroProfiler({
        llm: { apiKey: 'k', baseURL: server.baseURL, timeoutMs: 200 },
        clock,
        logger: silentLogger,
      });
      const xray = await profiler.generate(REFERENCE_KUNDALIS.R001);
      expect(xray.provenance).toMatchObject({ source: 'rules_fallback', fallback_reason: 'timeout' });
      expect(server.answered).toEqual([]);
    });
  });
});
