import { createAstroProfiler } from '@amigo/astro-profiler';
import { keyedUserRef, type Logger, type UserRef } from '@amigo/logging';
import { kundaliFetchService } from '@amigo/psychologist';
import type { StoreRedis } from '@amigo/embedded-redis';
import { UserStore } from '@amigo/user-store';
import type { ChatConfig, WorkerConfig } from '../config/worker-config.js';
import type { SessionDeps } from '../session/prepare-session.js';
import { Escalation, type EscalationSink } from '../safety/escalation.js';
import { ModerationSecondOpinion } from '../safety/moderation-second-opinion.js';
import { StreamEscalation } from '../safety/stream-escalation.js';
import { WebhookEscalation } from '../safety/webhook-escalation.js';

/**
 * What one process shares across all its sessions: a single store connection, the profiler and the chart
 * service, the operators' escalation, the moderation model's second opinion. Created once (the worker's prewarm, or the terminal session's start) and reused by every job.
 */
export function createRuntime(config: WorkerConfig | ChatConfig, redis: Pick<StoreRedis, 'url' | 'embedded'>, logger: Logger): SessionDeps {
  const userRef: UserRef = keyedUserRef(config.log.secret);
  return {
    store: new UserStore({
      url: redis.url,
      cluster: config.store.redisCluster,
      dataKeys: config.store.dataKeys,
      allowPlaintext: config.store.allowPlaintext,
      legacyFallback: config.store.legacyFallback,
      eraseFromDisk: redis.embedded || config.store.eraseFromDisk,
      logger: logger.child({ module: 'user-store' }),
      userRef,
    }),
    profiler: createAstroProfiler({ ...config.profiler, logger: logger.child({ module: 'astro-profiler' }) }),
    service: kundaliFetchService({
      ...(config.astrologyApi ? { provider: 'astrologyapi', astrologyApi: config.astrologyApi } : {}),
      // Place names are weighed towards the country most users are in, as the helplines' default is.
      ...(config.safety.defaultCountry ? { userCountry: config.safety.defaultCountry } : {}),
    }),
    deadlineMs: config.store.profileDeadlineMs,
    logger,
    userRef,
    defaultCountry: config.safety.defaultCountry,
    escalation: escalationFor(config, redis.url, logger.child({ module: 'escalation' })),
    ...(config.safety.moderation ? { secondOpinion: new ModerationSecondOpinion(config.safety.moderation) } : {}),
  };
}

function escalationFor(config: WorkerConfig | ChatConfig, redisUrl: string, logger: Logger): Escalation | undefined {
  const { webhook, stream } = config.safety.escalation;
  const sinks: EscalationSink[] = [
    ...(webhook ? [new WebhookEscalation(webhook)] : []),
    ...(stream ? [new StreamEscalation({ url: redisUrl, key: stream.key })] : []),
  ];
  return sinks.length > 0 ? new Escalation(sinks, logger) : undefined;
}
