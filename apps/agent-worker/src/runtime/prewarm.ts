import { CrisisDetector } from '@amigo/crisis-safety';
import { storeRedis } from '@amigo/embedded-redis';
import { preloadGazetteer } from '@amigo/kundali-fetch';
import { inference, type JobProcess, log } from '@livekit/agents';
import { loadWorkerConfig } from '../config/worker-config.js';
import { protectAgentsLogger } from '../logging/private-agents-logger.js';
import type { SessionDeps } from '../session/prepare-session.js';
import { createRuntime } from './runtime.js';

/** What a job process keeps for all its sessions, under `proc.userData.amigo`. */
export interface ProcessData {
  deps: SessionDeps & { detector: CrisisDetector };
  vad: inference.VAD;
}

/** The crisis detector a process shares: the shipped classifier is decoded here, and one screening warms its code. */
export function prewarmedDetector(): CrisisDetector {
  const detector = new CrisisDetector();
  detector.assess('warming up the crisis screen before the first session');
  return detector;
}

/**
 * The worker's prewarm: runs once per job process, before any job. The store connection, the VAD model, the crisis
 * detector and the place gazetteer (seconds to read cold) are made here and shared by the process's sessions, so no
 * person waits for them mid-conversation.
 */
export async function prewarm(proc: JobProcess, env: Record<string, string | undefined> = process.env): Promise<ProcessData> {
  // First: every line of this process from here on goes through the redaction (LiveKit logs transcripts, replies and
  // tool arguments under lk.pii.* at its default level).
  protectAgentsLogger();
  const config = loadWorkerConfig(env);
  const logger = log().child({ module: 'amigo' });
  // Without REDIS_URL this finds the embedded server the launcher started (the one the web app uses too).
  const redis = await storeRedis({ url: config.store.redisUrl, dataDir: config.store.dataDir });
  const deps = { ...createRuntime(config, redis, logger), detector: prewarmedDetector() };
  try {
    await deps.store.connect();
  } catch (error) {
    logger.warn({ error: error instanceof Error ? error.name : typeof error }, 'Redis not reachable yet; sessions start with intake until it is');
  }
  await preloadGazetteer();
  const data: ProcessData = { deps, vad: new inference.VAD() };
  proc.userData['amigo'] = data;
  return data;
}
