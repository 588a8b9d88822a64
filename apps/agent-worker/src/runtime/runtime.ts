import { createAstroProfiler } from '@amigo/astro-profiler';
import { kundaliFetchService, type PsychologistLogger } from '@amigo/psychologist';
import { UserStore } from '@amigo/user-store';
import type { StoreConfig } from '../config/env-config.js';
import type { SessionDeps } from '../session/prepare-session.js';

/**
 * What one process shares across all its sessions: a single store connection, the profiler and the chart
 * service. Created once (the worker's prewarm, or the terminal session's start) and reused by every job.
 */
export function createRuntime(store: StoreConfig, logger: PsychologistLogger): SessionDeps {
  return {
    store: new UserStore({
      url: store.redisUrl,
      cluster: store.redisCluster,
      logger: { warn: (message, context) => logger.warn(context ?? {}, message) },
    }),
    profiler: createAstroProfiler(process.env, { logger: { warn: (message) => logger.warn({}, message) } }),
    service: kundaliFetchService(),
    deadlineMs: store.profileDeadlineMs,
    logger,
  };
}
