import { startEmbeddedRedis } from '@amigo/embedded-redis';
import type { Logger } from '@amigo/logging';
import { IntakeAgent, OfflineLLM, PsychologistAgent, type SessionState } from '@amigo/psychologist';
import { initializeLogger, type llm as agentsLlm, voice } from '@livekit/agents';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { loadDotEnv } from '../config/dot-env.js';
import { ConfigError, loadChatConfig } from '../config/worker-config.js';
import { createRuntime } from '../runtime/runtime.js';
import { createLlm } from '../session/models.js';
import { prepareSession } from '../session/prepare-session.js';
import { ChatUsageError, parseChatArgs } from './chat-args.js';
import { profileReport } from './profile-report.js';
import { UserIdFile } from './user-id-file.js';

const say = (line: string) => process.stdout.write(`${line}\n`);

/** Diagnostics go to stderr so the conversation on stdout stays readable (and scriptable). */
const stderrLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: (fields, message) => process.stderr.write(`[amigo] ${message} ${JSON.stringify(fields)}\n`),
  error: (fields, message) => process.stderr.write(`[amigo] ${message} ${JSON.stringify(fields)}\n`),
  child: () => stderrLogger,
};

/** Waits for intake's work after the last answer (chart, X-Ray, save, handoff) so output stays in order. */
async function settled(session: voice.AgentSession<SessionState>): Promise<void> {
  const agent = session.currentAgent;
  if (agent instanceof IntakeAgent) await agent.whenSettled();
}

async function chat(): Promise<void> {
  const args = parseChatArgs(process.argv.slice(2));
  loadDotEnv();
  const config = loadChatConfig(process.env);
  initializeLogger({ pretty: false, level: 'fatal' });

  let redisUrl = config.store.redisUrl;
  let stopRedis = async () => undefined as void;
  if (!redisUrl) {
    const redis = await startEmbeddedRedis(join(config.store.dataDir, 'redis'));
    redisUrl = redis.url;
    stopRedis = redis.stop;
    process.stderr.write(`Profiles are kept in an embedded Redis (data in ${redis.dataDir}). Set REDIS_URL to use your own.\n`);
  }
  const deps = createRuntime(config, redisUrl, stderrLogger);
  const idFile = new UserIdFile(join(config.store.dataDir, 'user-id'));
  try {
    if (args.forget) {
      const userId = args.user ?? (await idFile.read());
      const deleted = userId ? await deps.store.deleteUserData(userId) : false;
      if (!args.user) await idFile.forget();
      say(deleted ? 'Forgotten: your chart and X-Ray are deleted.' : 'Nothing was stored for you.');
      if (!args.user) say('A new anonymous id will be made next time.');
      return;
    }
    const { userId } = args.user ? { userId: args.user } : await idFile.getOrCreate();
    await converse(userId, config.models ? createLlm(config.models) : new OfflineLLM(), deps);
  } finally {
    await deps.store.close().catch(() => undefined);
    await stopRedis();
  }
}

async function converse(userId: string, llm: agentsLlm.LLM, deps: ReturnType<typeof createRuntime>): Promise<void> {
  const start = await prepareSession(JSON.stringify({ user_id: userId }), deps);
  const offline = llm instanceof OfflineLLM;
  process.stderr.write(
    offline
      ? 'No LLM configured (OPENAI_API_KEY / OPENAI_BASE_URL): intake runs offline; the conversation needs an LLM.\n'
      : `Using the LLM ${llm.model}.\n`,
  );
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
