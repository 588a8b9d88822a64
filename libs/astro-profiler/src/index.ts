export { readChartFacts } from './chart/chart-facts.js';
export type { ChartFacts, Placement, RunningPeriod, TimeUncertainty } from './chart/chart-facts.js';
export {
  AstroProfilerError,
  type AstroProfilerErrorCode,
  LlmProfilerError,
  type LlmFailureKind,
  ProfilerConfigError,
  UnreadableKundaliError,
} from './errors/profiler-errors.js';
export { AstroProfiler } from './profiler/astro-profiler.js';
export type { AstroProfilerOptions, FallibleXRayGenerator } from './profiler/astro-profiler.js';
export { createAstroProfiler } from './profiler/create-astro-profiler.js';
export type { CreateAstroProfilerOptions } from './profiler/create-astro-profiler.js';
export { DEFAULT_PROFILER_MAX_TOKENS, DEFAULT_PROFILER_MODEL, DEFAULT_PROFILER_TIMEOUT_MS, LlmBackend } from './llm/llm-backend.js';
export type { LlmBackendOptions } from './llm/llm-backend.js';
export { systemClock } from './profiler/xray-generator.js';
export type { Clock, GenerateOptions, XRayGenerator } from './profiler/xray-generator.js';
export { FOCUS_TOPIC_LABELS, focusTopicLabel } from './rules/focus-topic.js';
export { RULES_MODEL, RulesBackend } from './rules/rules-backend.js';
export type { RulesBackendOptions } from './rules/rules-backend.js';
export { xrayContentJsonSchema } from './xray/xray-json-schema.js';
