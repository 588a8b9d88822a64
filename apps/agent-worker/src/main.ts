import { type JobContext, type JobProcess, ServerOptions, cli, defineAgent, inference, log, voice } from '@livekit/agents';
import type { SessionState } from '@amigo/psychologist';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDotEnv } from './config/dot-env.js';
import { ConfigError, loadWorkerConfig } from './config/worker-config.js';
import { createRuntime } from './runtime/runtime.js';
import type { SessionDeps } from './session/prepare-session.js';
import { prepareSession } from './session/prepare-session.js';
import { type DataPublisher, safetyNoticePublisher } from './safety/safety-notice-publisher.js';
import { createLlm, createSpeechModels } from './session/models.js';
import { startEmbeddedRedis } from '@amigo/embedded-redis';

/** Set by the launcher for the job processes it forks, which re-import this file only for the agent below. */
const LAUNCHED = 'AMIGO_WORKER_LAUNCHED';

interface ProcessData {
  deps: SessionDeps;
  vad: inference.VAD;
}

/** Stands in before the room is connected, which `ctx.connect()` has already done when a participant joins. */
const noLocalParticipant: DataPublisher = {
  publishData: () => Promise.reject(new Error('the room is not connected')),
};

export default defineAgent({
  // Runs once per job process, before any job: the store connection and the VAD model are shared by its sessions.
  prewarm: async (proc: JobProcess) => {
    const config = loadWorkerConfig(process.env);
    const logger = log().child({ module: 'amigo' });
    // The launcher always sets REDIS_URL (its own or the embedded one) before forking job processes.
    const deps = createRuntime(config, config.store.redisUrl ?? '', logger);
    try {
      await deps.store.connect();
    } catch (error) {
      logger.warn({ error: error instanceof Error ? error.name : typeof error }, 'Redis not reachable yet; sessions start with intake until it is');
    }
    proc.userData.amigo = { deps, vad: new inference.VAD() } satisfies ProcessData;
  },
  entry: async (ctx: JobContext) => {
    const { deps, vad } = ctx.proc.userData.amigo as ProcessData;
    const models = loadWorkerConfig(process.env).models;
    await ctx.connect();
    const participant = await ctx.waitForParticipant();
    const start = await prepareSession(participant.metadata, deps, [], {
      notify: safetyNoticePublisher(ctx.room.localParticipant ?? noLocalParticipant, participant.identity, deps.logger),
      room: ctx.room.name,
    });
    const session = new voice.AgentSession<SessionState>({
      llm: createLlm(models),
      ...createSpeechModels(models),
      vad,
      userData: start.state,
      // Pinned: unpinned, dev mode with LiveKit credentials would pick the cloud model.
      turnHandling: { turnDetection: new inference.TurnDetector({ version: 'v1-mini' }) },
    });
    await session.start({ agent: start.agent, room: ctx.room });
  },
});

async function launch(): Promise<void> {
  let config;
  loadDotEnv();
  try {
    config = loadWorkerConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
  if (!config.store.redisUrl) {
    const redis = await startEmbeddedRedis(join(config.store.dataDir, 'redis'));
    process.env['REDIS_URL'] = redis.url;
    console.log(
      `Profiles are kept in an embedded Redis (${redis.url}, data in ${redis.dataDir}` +
        `${redis.owned ? '' : ', shared with another local Amigo process'}). Set REDIS_URL to use your own.`,
    );
  }
  process.env[LAUNCHED] = '1';
  cli.runApp(
    new ServerOptions({
      agent: fileURLToPath(import.meta.url),
      wsURL: config.livekit.url,
      apiKey: config.livekit.apiKey,
      apiSecret: config.livekit.apiSecret,
      ...(config.livekit.agentName ? { agentName: config.livekit.agentName } : {}),
    }),
  );
}

if (!process.env[LAUNCHED]) await launch();
