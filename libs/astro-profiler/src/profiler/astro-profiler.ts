import { GeneratedXRay, type Kundali } from '@amigo/contracts';
import { consoleLogger, type Logger } from '@amigo/logging';
import { readChartFacts } from '../chart/chart-facts.js';
import { LlmProfilerError } from '../errors/profiler-errors.js';
import { RulesBackend } from '../rules/rules-backend.js';
import type { GenerateOptions, XRayGenerator } from './xray-generator.js';

/** A backend that may fail (the LLM); its failures are answered by the rules backend. */
export interface FallibleXRayGenerator {
  readonly model: string;
  generate(kundali: Kundali, options?: GenerateOptions): Promise<GeneratedXRay>;
}

export interface AstroProfilerOptions {
  /** The preferred backend; without one the rules backend answers directly. */
  primary?: FallibleXRayGenerator;
  rules?: RulesBackend;
  /** Receives one line per fallback with the failure kind only, never profile or chart content. */
  logger?: Logger;
}

/**
 * The Personality X-Ray generator the app uses: the LLM backend when one is configured, the rules backend
 * otherwise, and the rules backend again whenever the LLM fails, with `provenance.source = 'rules_fallback'`.
 */
export class AstroProfiler implements XRayGenerator {
  private readonly primary?: FallibleXRayGenerator;
  private readonly rules: RulesBackend;
  private readonly logger: Logger;

  constructor(options: AstroProfilerOptions = {}) {
    this.primary = options.primary;
    this.rules = options.rules ?? new RulesBackend();
    this.logger = options.logger ?? consoleLogger({ module: 'astro-profiler' });
  }

  /** `llm` when a primary backend is configured, else `rules`. */
  get backend(): 'llm' | 'rules' {
    return this.primary ? 'llm' : 'rules';
  }

  async generate(kundali: Kundali, options: GenerateOptions = {}): Promise<GeneratedXRay> {
    if (!this.primary) return this.rules.generate(kundali, options);
    // An unreadable chart is the caller's problem, not the LLM's: fail before spending a request on it.
    readChartFacts(kundali);
    try {
      // Whatever the primary is, its X-Ray goes into system prompts and storage: only a bounded, complete one is used.
      const xray = GeneratedXRay.safeParse(await this.primary.generate(kundali, options));
      if (!xray.success) throw new LlmProfilerError('schema_mismatch', 'the primary backend returned an X-Ray outside the schema');
      return xray.data;
    } catch (error) {
      const reason = error instanceof LlmProfilerError ? error.code : 'unexpected';
      this.logger.warn({ model: this.primary.model, reason }, 'x-ray llm failed; answering with the rules backend');
      const xray = this.rules.generateSync(kundali, options);
      return { ...xray, provenance: { ...xray.provenance, source: 'rules_fallback', fallback_reason: reason } };
    }
  }
}
