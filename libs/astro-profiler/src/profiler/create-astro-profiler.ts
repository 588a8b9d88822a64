import type { Logger } from '@amigo/logging';
import { ProfilerConfigError } from '../errors/profiler-errors.js';
import { LlmBackend, type LlmBackendOptions } from '../llm/llm-backend.js';
import { RulesBackend } from '../rules/rules-backend.js';
import { AstroProfiler } from './astro-profiler.js';
import type { Clock } from './xray-generator.js';

export interface CreateAstroProfilerOptions {
  /** `auto` (default): the LLM when `llm` is given, the offline rules otherwise; `llm` or `rules` force one. */
  backend?: 'auto' | 'llm' | 'rules';
  /** An OpenAI-compatible model for the X-Ray; its failures fall back to the rules. */
  llm?: Omit<LlmBackendOptions, 'clock'>;
  clock?: Clock;
  logger?: Logger;
}

/**
 * The profiler an app wires: the LLM backend when one is configured (or `backend: 'llm'` demands it), the offline
 * rules backend otherwise. Asking for the LLM without one throws `ProfilerConfigError`.
 */
export function createAstroProfiler(options: CreateAstroProfilerOptions = {}): AstroProfiler {
  const backend = options.backend ?? 'auto';
  const rules = new RulesBackend({ clock: options.clock });
  if (backend === 'rules' || (backend === 'auto' && !options.llm)) return new AstroProfiler({ rules, logger: options.logger });
  if (!options.llm) throw new ProfilerConfigError('the llm backend needs an API key (any value for a keyless local server)');
  const primary = new LlmBackend({ ...options.llm, clock: options.clock });
  return new AstroProfiler({ primary, rules, logger: options.logger });
}
