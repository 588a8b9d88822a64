import { type JobContext, type JobProcess, ServerOptions, cli, defineAgent, inference, loggerOptions, voice } from '@livekit/agents';
import type { SessionState } from '@amigo/psychologist';
import { fileURLToPath } from 'node:url';
import { loadDotEnv } from './config/dot-env.js';
import { ConfigError, loadWorkerConfig } from './config/worker-config.js';
import { protectAgentsLogger } from './logging/private-agents-logger.js';
import { prewarm, type ProcessData } from './runtime/prewarm.js';
import { fetchEarlierConversation } from './session/earlier-conversation.js';
import { prepareSession } from './session/prepare-session.js';
import { type DataPublisher, safetyNoticePublisher } from './safety/safety-notice-publisher.js';
import { createLlm, createSpeechModels } from './session/models.js';
import { settleSessionSafety } from './safety/settle-session-safety.js';
import { storeRedis } from '@amigo/embedded-redis';

/** Set by the launcher for the job processes it forks, which re-import this file only for the agent below. */
const LAUNCHED = 'AMIGO_WORKER_LAUNCHED';

/** Stands in before the room is connected, which `ctx.connect()` has already done when a participant joins. */
const noLocalParticipant: DataPublisher = {
  publishData: () => Promise.reject(new Error('the room is not connected')),
};

export default defineAgent({
  prewarm: async (proc: JobProcess) => void (await prewarm(proc)),
  entry: async (ctx: JobContext) => {
    const { deps, vad } = ctx.proc.userData.amigo as ProcessData;
    const models = loadWorkerConfig(process.env).models;
    await ctx.connect();
    const participant = await ctx.waitForParticipant();
    const local = ctx.room.localParticipant;
    // Asked for now and awaited beside the profile load: the browser's answer and Redis's arrive in one wait.
    const history = local ? fetchEarlierConversation(local, participant.identity, { logger: deps.logger }).then((r) => r.history) : [];
    const start = await prepareSession(participant.metadata, deps, history, {
      notify: safetyNoticePublisher(ctx.room.localParticipant ?? noLocalParticipant, participant.identity, deps.logger),
      room: ctx.room.name,
    });
    // The job's process ends after the session: let its last safety events reach the operators first.
    ctx.addShutdownCallback(() => settleSessionSafety({ safety: start.safety, escalation: deps.escalation, logger: deps.logger }));
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
  const redis = await storeRedis({ url: config.store.redisUrl, dataDir: config.store.dataDir });
  if (redis.embedded) {
    console.log(
      `Profiles are kept in an embedded Redis (data in ${redis.dataDir}` +
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
  // The CLI has initialised its logger by now (unless it only printed help); the launcher's lines are redacted too.
  if (loggerOptions()) protectAgentsLogger();
}

if (!process.env[LAUNCHED]) await launch();
