import { z } from 'zod';
import { ProfilerConfigError } from '../errors/profiler-errors.js';
import { DEFAULT_PROFILER_MODEL, DEFAULT_PROFILER_TIMEOUT_MS, LlmBackend } from '../llm/llm-backend.js';
import { RulesBackend } from '../rules/rules-backend.js';
import { AstroProfiler, type ProfilerLogger } from './astro-profiler.js';
import type { Clock } from './xray-generator.js';

const blankAsMissing = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** The environment variables the profiler reads; everything else in the environment is ignored. */
export const ProfilerEnv = z.object({
  AMIGO_PROFILER_BACKEND: z.preprocess(blankAsMissing, z.enum(['auto', 'llm', 'rules']).default('auto')),
  OPENAI_API_KEY: z.preprocess(blankAsMissing, z.string().optional()),
  OPENAI_BASE_URL: z.preprocess(blankAsMissing, z.url({ protocol: /^https?$/ }).optional()),
  AMIGO_PROFILER_MODEL: z.preprocess(blankAsMissing, z.string().default(DEFAULT_PROFILER_MODEL)),
  AMIGO_PROFILER_TIMEOUT_MS: z.preprocess(
    blankAsMissing,
    z.coerce.number().int().min(100).max(600_000).default(DEFAULT_PROFILER_TIMEOUT_MS),
  ),
});
export type ProfilerEnv = z.infer<typeof ProfilerEnv>;

export interface CreateAstroProfilerOptions {
  clock?: Clock;
  logger?: ProfilerLogger;
}

/**
 * Builds the profiler from the environment: the LLM backend when `OPENAI_API_KEY` is set (or
 * `AMIGO_PROFILER_BACKEND=llm` demands it), the offline rules backend otherwise. A bad value throws
 * `ProfilerConfigError` naming the variable, never echoing its value (the key is a secret).
 */
export function createAstroProfiler(
  env: Record<string, string | undefined> = process.env,
  options: CreateAstroProfilerOptions = {},
): AstroProfiler {
  const parsed = ProfilerEnv.safeParse(env);
  if (!parsed.success) {
    const names = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))].join(', ');
    throw new ProfilerConfigError(`invalid profiler configuration: ${names}`);
  }
  const config = parsed.data;
  const rules = new RulesBackend({ clock: options.clock });
  if (
    config.AMIGO_PROFILER_BACKEND === 'rules' ||
    (config.AMIGO_PROFILER_BACKEND === 'auto' && !config.OPENAI_API_KEY)
  ) {
    return new AstroProfiler({ rules, logger: options.logger });
  }
  if (!config.OPENAI_API_KEY) {
    throw new ProfilerConfigError(
      'AMIGO_PROFILER_BACKEND=llm needs OPENAI_API_KEY (any value for a keyless local server)',
    );
  }
  const primary = new LlmBackend({
    apiKey: config.OPENAI_API_KEY,
    baseURL: config.OPENAI_BASE_URL,
    model: config.AMIGO_PROFILER_MODEL,
    timeoutMs: config.AMIGO_PROFILER_TIMEOUT_MS,
    clock: options.clock,
  });
  return new AstroProfiler({ primary, rules, logger: options.logger });
}
