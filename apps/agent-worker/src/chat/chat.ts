import { storeRedis } from '@amigo/embedded-redis';
import type { Logger } from '@amigo/logging';
import { IntakeAgent, OfflineLLM, PsychologistAgent, type SessionState } from '@amigo/psychologist';
import { initializeLogger, type llm as agentsLlm, log, voice } from '@livekit/agents';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { loadDotEnv } from '../config/dot-env.js';
import { ConfigError, loadChatConfig } from '../config/worker-config.js';
import { protectAgentsLogger } from '../logging/private-agents-logger.js';
import { prewarmedDetector } from '../runtime/prewarm.js';
import { createRuntime } from '../runtime/runtime.js';
import { createLlm } from '../session/models.js';
import { settleSessionSafety } from '../safety/settle-session-safety.js';
import { prepareSession } from '../session/prepare-session.js';
import { ChatUsageError, chatUserFromEnv, parseChatArgs } from './chat-args.js';
import { profileReport } from './profile-report.js';
import { UserIdFile } from './user-id-file.js';

const say = (line: string) => process.stdout.write(`${line}\n`);

/**
 * The session's diagnostics (LiveKit's and Amigo's lines, redacted like the worker's) go to a log file in the data
 * directory, never between the conversation lines on the terminal.
 */
async function openDiagnostics(dataDir: string, level: string): Promise<{ path: string; logger: Logger; close: () => Promise<void> }> {
  await mkdir(dataDir, { recursive: true });
  const path = join(dataDir, 'chat.log');
  const file = createWriteStream(path, { flags: 'a', mode: 0o600 });
  initializeLogger({ pretty: false, level });
  protectAgentsLogger({ destination: file });
  return {
    path,
    logger: log().child({ module: 'amigo' }),
    close: () => new Promise((resolve) => file.end(resolve)),
  };
}

/** Waits for intake's work after the last answer (chart, X-Ray, save, handoff) so output stays in order. */
async function settled(session: voice.AgentSession<SessionState>): Promise<void> {
  const agent = session.currentAgent;
  if (agent instanceof IntakeAgent) await agent.whenSettled();
}

async function chat(): Promise<void> {
  const args = parseChatArgs(process.argv.slice(2));
  loadDotEnv();
  const config = loadChatConfig(process.env);
  const chosenUser = chatUserFromEnv(process.env);
  const diagnostics = await openDiagnostics(config.store.dataDir, config.log.level);
  const logger = diagnostics.logger;

  const redis = await storeRedis({ url: config.store.redisUrl, dataDir: config.store.dataDir });
  if (redis.embedded) logger.info({ data_dir: redis.dataDir }, 'profiles are kept in an embedded Redis; set REDIS_URL to use your own');
  const deps = { ...createRuntime(config, redis, logger), detector: prewarmedDetector() };
  const idFile = new UserIdFile(join(config.store.dataDir, 'user-id'));
  try {
    if (args.forget) {
      const userId = chosenUser ?? (await idFile.read());
      const deleted = userId ? await deps.store.deleteUserData(userId) : false;
      if (!chosenUser) await idFile.forget();
      say(deleted ? 'Forgotten: your chart and X-Ray are deleted.' : 'Nothing was stored for you.');
      if (!chosenUser) say('A new anonymous id will be made next time.');
      return;
    }
    const { userId } = chosenUser ? { userId: chosenUser } : await idFile.getOrCreate();
    const llm = config.models ? createLlm(config.models) : new OfflineLLM();
    say(
      llm instanceof OfflineLLM
        ? `(Offline: intake runs without a model; set OPENAI_API_KEY or OPENAI_BASE_URL for the conversation. Diagnostics: ${diagnostics.path})`
        : `(Using the LLM ${llm.model}. Diagnostics: ${diagnostics.path})`,
    );
    await converse(userId, llm, deps);
  } finally {
    await deps.escalation?.close().catch(() => undefined);
    await deps.store.close().catch(() => undefined);
    await redis.stop();
    await diagnostics.close();
  }
}

async function converse(userId: string, llm: agentsLlm.LLM, deps: ReturnType<typeof createRuntime>): Promise<void> {
  const start = await prepareSession(JSON.stringify({ user_id: userId }), deps);
  const offline = llm instanceof OfflineLLM;
  const session = new voice.AgentSession<SessionState>({
    llm,
    vad: null,
    userData: start.state,
    turnHandling: { turnDetection: 'manual' },
  });
  session.on(voice.AgentSessionEventTypes.ConversationItemAdded, ({ item }) => {
    if (item.type === 'message' && item.role === 'assistant' && item.textContent) say(`Amigo: ${item.textContent}`);
  });

  let reported = false;
  const reportProfile = async () => {
    const { kundali: kundali, personality_xray: xray } = start.state;
    if (reported || !kundali || !xray || !(session.currentAgent instanceof PsychologistAgent)) return;
    reported = true;
    say(profileReport(kundali, xray));
    say(
      (await deps.store.hasUserData(userId).catch(() => false))
        ? 'Saved. Next time you will be greeted without these questions.'
        : 'Your profile could not be saved this time; it lasts for this session only.',
    );
    if (offline) say('Type anything to continue, or /quit.');
  };

  if (start.decision.kind === 'returning') {
    reported = true;
    say(`Amigo: Welcome back! Good to talk again. In your X-Ray you are "${start.decision.xray.core_identity.archetype}".`);
    say(offline ? 'Amigo: (Offline: set OPENAI_API_KEY or OPENAI_BASE_URL for the full conversation.)' : 'Amigo: What is on your mind today?');
  }
  await session.start({ agent: start.agent });

  const input = createInterface({ input: process.stdin, terminal: false });
  const prompt = () => process.stdin.isTTY && process.stdout.write('You: ');
  prompt();
  for await (const line of input) {
    const text = line.trim();
    if (text === '/quit' || text === '/exit') break;
    if (text) {
      await session.run({ userInput: text }).wait();
      await settled(session);
      await reportProfile();
    }
    prompt();
  }
  await settled(session);
  await reportProfile();
  await session.close();
  await settleSessionSafety({ safety: start.safety, escalation: deps.escalation, logger: deps.logger });
}

chat().then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof ChatUsageError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    process.stderr.write(`The terminal session stopped: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
