import type { PersonalityXRay } from '@amigo/astro-profiler';

/**
 * Where a regenerated X-Ray is persisted. Declared here so this domain lib never depends on a store; the
 * agent-worker plugs @amigo/user-store in. Implementations should bound their own latency.
 */
export interface ProfileSink {
  updateXRay(userId: string, xray: PersonalityXRay): Promise<void>;
}
