import { resolve } from 'node:path';
import { z } from 'zod';

const blankAsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optionalText = z.preprocess(blankAsUnset, z.string().trim().optional());
const optionalUrl = (protocols: RegExp) =>
  z.preprocess(blankAsUnset, z.url({ protocol: protocols }).optional());
const milliseconds = (fallback: number) =>
  z.preprocess(blankAsUnset, z.coerce.number().int().min(1).max(60_000).default(fallback));

/** Everything the worker and the terminal session read from the environment, in one place. */
export const EnvConfig = z.object({
  LIVEKIT_URL: optionalUrl(/^wss?$/),
  LIVEKIT_API_KEY: optionalText,
  LIVEKIT_API_SECRET: optionalText,
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: optionalUrl(/^https?$/),
  AMIGO_LLM_MODEL: z.preprocess(blankAsUnset, z.string().trim().default('gpt-4.1-mini')),
  AMIGO_STT_MODEL: z.preprocess(blankAsUnset, z.string().trim().default('gpt-4o-mini-transcribe')),
  AMIGO_TTS_MODEL: z.preprocess(blankAsUnset, z.string().trim().default('gpt-4o-mini-tts')),
  AMIGO_TTS_VOICE: z.preprocess(blankAsUnset, z.string().trim().default('sage')),
  AMIGO_AGENT_NAME: optionalText,
  REDIS_URL: optionalUrl(/^rediss?$/),
  REDIS_CLUSTER: z.preprocess(blankAsUnset, z.enum(['true', 'false']).default('false')),
  AMIGO_PROFILE_DEADLINE_MS: milliseconds(300),
  AMIGO_DATA_DIR: z.preprocess(blankAsUnset, z.string().default('.amigo')),
});
export type EnvConfig = z.infer<typeof EnvConfig>;

/** A setting is missing or wrong: the message names what to set, and is shown as is (no stack trace). */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const TERMINAL_HINT =
  'To try Amigo without any account, run the terminal session instead: npx nx run agent-worker:chat';

function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
}

function parse(env: NodeJS.ProcessEnv): EnvConfig {
  const parsed = EnvConfig.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(['Invalid settings:', ...describeIssues(parsed.error), TERMINAL_HINT].join('\n'));
  }
  return parsed.data;
}

export interface ModelConfig {
  apiKey: string;
  baseURL?: string;
  llmModel: string;
  sttModel: string;
  ttsModel: string;
  ttsVoice: string;
}

export interface StoreConfig {
  /** Absent: start the embedded Redis, keeping its data under `dataDir`. */
  redisUrl?: string;
  /** REDIS_URL is a seed node of a Redis Cluster. */
  redisCluster: boolean;
  dataDir: string;
  profileDeadlineMs: number;
}

export interface WorkerConfig {
  livekit: { url: string; apiKey: string; apiSecret: string; agentName?: string };
  models: ModelConfig;
  store: StoreConfig;
}

export interface ChatConfig {
  /** Absent: the terminal session runs offline (scripted intake, no conversation). */
  models?: ModelConfig;
  store: StoreConfig;
}

function storeConfig(env: EnvConfig): StoreConfig {
  return {
    redisUrl: env.REDIS_URL,
    redisCluster: env.REDIS_CLUSTER === 'true',
    dataDir: resolve(env.AMIGO_DATA_DIR),
    profileDeadlineMs: env.AMIGO_PROFILE_DEADLINE_MS,
  };
}

function modelConfig(env: EnvConfig, apiKey: string): ModelConfig {
  return {
    apiKey,
    baseURL: env.OPENAI_BASE_URL,
    llmModel: env.AMIGO_LLM_MODEL,
    sttModel: env.AMIGO_STT_MODEL,
    ttsModel: env.AMIGO_TTS_MODEL,
    ttsVoice: env.AMIGO_TTS_VOICE,
  };
}

/** The voice worker needs a LiveKit server and speech/LLM models; every missing one is named at once. */
export function loadWorkerConfig(env: NodeJS.ProcessEnv = process.env): WorkerConfig {
  const config = parse(env);
  const { LIVEKIT_URL: url, LIVEKIT_API_KEY: apiKey, LIVEKIT_API_SECRET: apiSecret, OPENAI_API_KEY: modelKey } = config;
  if (!url || !apiKey || !apiSecret || !modelKey) {
    const missing = (
      [
        ['LIVEKIT_URL', url, 'your LiveKit server, e.g. wss://<project>.livekit.cloud or ws://localhost:7880'],
        ['LIVEKIT_API_KEY', apiKey, 'the API key of that LiveKit project or server'],
        ['LIVEKIT_API_SECRET', apiSecret, 'its API secret'],
        ['OPENAI_API_KEY', modelKey, 'the key of OpenAI or of the OpenAI-compatible server in OPENAI_BASE_URL (any value for a local server)'],
      ] as const
    ).filter(([, value]) => value === undefined);
    throw new ConfigError(
      [
        'The voice worker cannot start: set these environment variables (e.g. in .env):',
        ...missing.map(([name, , what]) => `  - ${name}: ${what}`),
        TERMINAL_HINT,
      ].join('\n'),
    );
  }
  return {
    livekit: { url, apiKey, apiSecret, agentName: config.AMIGO_AGENT_NAME },
    models: modelConfig(config, modelKey),
    store: storeConfig(config),
  };
}

/** The terminal session needs nothing: an LLM is used when one is configured. */
export function loadChatConfig(env: NodeJS.ProcessEnv = process.env): ChatConfig {
  const config = parse(env);
  const apiKey = config.OPENAI_API_KEY ?? (config.OPENAI_BASE_URL ? 'local' : undefined);
  return {
    models: apiKey ? modelConfig(config, apiKey) : undefined,
    store: storeConfig(config),
  };
}
