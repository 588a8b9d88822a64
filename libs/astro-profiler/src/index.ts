export { readChartFacts } from './chart/chart-facts.js';
export type { ChartFacts, Placement, RunningPeriod } from './chart/chart-facts.js';
export {
  AstroProfilerError,
  LlmProfilerError,
  ProfilerConfigError,
  UnreadableKundaliError,
} from './errors/profiler-errors.js';
export type { LlmFailureKind } from './errors/profiler-errors.js';
export { AstroProfiler } from './profiler/astro-profiler.js';
export type { AstroProfilerOptions, FallibleXRayGenerator, ProfilerLogger } from './profiler/astro-profiler.js';
export { createAstroProfiler, ProfilerEnv } from './profiler/create-astro-profiler.js';
export type { CreateAstroProfilerOptions } from './profiler/create-astro-profiler.js';
export { DEFAULT_PROFILER_MODEL, DEFAULT_PROFILER_TIMEOUT_MS, LlmBackend } from './llm/llm-backend.js';
export type { LlmBackendOptions } from './llm/llm-backend.js';
export { systemClock } from './profiler/xray-generator.js';
export type { Clock, GenerateOptions, XRayGenerator } from './profiler/xray-generator.js';
export { DEFAULT_FOCUS_TOPIC } from './rules/focus-topic.js';
export { RULES_MODEL, RulesBackend } from './rules/rules-backend.js';
export type { RulesBackendOptions } from './rules/rules-backend.js';
export {
  GeneratedXRay,
  PersonalityXRay,
  XRAY_SCHEMA_VERSION,
  XRayContent,
  XRayProvenance,
  XRaySource,
} from './xray/personality-xray.js';
export { xrayContentJsonSchema } from './xray/xray-json-schema.js';
