import {
  ConfigError,
  LiveKitSettings,
  flag,
  LogSettings,
  milliseconds,
  ModelSettings,
  optionalText,
  optionalUrl,
  readSettings,
  resolveDataDir,
  StoreSettings,
} from '@amigo/config';
import { DEFAULT_HELPLINE_COUNTRY, KnownCountryCode } from '@amigo/crisis-safety';
import { z } from 'zod';
import { DEFAULT_MODERATION_TIMEOUT_MS } from '../safety/moderation-second-opinion.js';

/** Everything the worker and the terminal session read from the environment, in one place, read once. */
const WorkerSettings = z.object({
  ...LiveKitSettings.shape,
  ...ModelSettings.shape,
  ...StoreSettings.shape,
  ...LogSettings.shape,
  /** How long session start waits for a returning user's profile before it starts intake. */
  AMIGO_PROFILE_DEADLINE_MS: milliseconds(300),
  ASTROLOGYAPI_USER_ID: optionalText,
  ASTROLOGYAPI_API_KEY: optionalText,
  ASTROLOGYAPI_BASE_URL: optionalUrl(/^https?$/),
  /** The helplines' country when the person's app says nothing usable about where they are. */
  AMIGO_DEFAULT_COUNTRY: z.preprocess(blankAsUnset, KnownCountryCode.default(DEFAULT_HELPLINE_COUNTRY)),
  AMIGO_ESCALATION_WEBHOOK_URL: optionalUrl(/^https?$/),
  AMIGO_ESCALATION_SECRET: optionalText,
  AMIGO_ESCALATION_STREAM: optionalText,
  /** Opt in to a hosted moderation model's second opinion on every turn the crisis screen passes. */
  AMIGO_MODERATION: flag(false),
  /** The whole moderation request, answer included: past it the screen alone decides that turn. */
  AMIGO_MODERATION_TIMEOUT_MS: milliseconds(DEFAULT_MODERATION_TIMEOUT_MS),
});

function blankAsUnset(value: unknown): unknown {
  return typeof value === 'string' && value.trim() === '' ? undefined : value;
}
type WorkerSettings = z.infer<typeof WorkerSettings>;

const TERMINAL_HINT = 'To try Amigo without any account, run the terminal session instead: npx nx run agent-worker:chat';

export interface ModelConfig {
  apiKey: string;
  baseURL?: string;
  llmModel: string;
  sttModel: string;
  ttsModel: string;
  ttsVoice: string;
}

export interface StoreConfig {
  /** Absent: the embedded Redis under `dataDir`. */
  redisUrl?: string;
  redisCluster: boolean;
  dataKeys: string[];
  /** Accept plain stored profiles although data keys are configured (while migrating to encryption). */
  allowPlaintext: boolean;
  /** Per-load lookup of Python-era keys. */
  legacyFallback: boolean;
  /** Rewrite the configured Redis's append-only file after each delete (the embedded one always is). */
  eraseFromDisk: boolean;
  dataDir: string;
  profileDeadlineMs: number;
}

export interface ProfilerConfig {
  backend: 'auto' | 'llm' | 'rules';
  llm?: { apiKey: string; baseURL?: string; model: string; timeoutMs: number };
}

export interface LogConfig {
  level: 'debug' | 'info' | 'warn' | 'error';
  /** Keys the user references in logs; absent: a random key per process. */
  secret?: string;
}

export interface AstrologyApiConfig {
  userId: string;
  apiKey: string;
  baseUrl?: string;
}

/** Where a safety event is handed to a human: a signed webhook, a Redis stream, both or neither. */
export interface EscalationConfig {
  webhook?: { url: string; secret: string };
  /** A stream key in the profiles' Redis (REDIS_URL or the embedded one). */
  stream?: { key: string };
}

export interface SafetyConfig {
  /** ISO 3166-1 alpha-2. */
  defaultCountry: string;
  escalation: EscalationConfig;
  /** The moderation endpoint asked for a second opinion (`POST {baseURL}/moderations`); absent: the screen alone. */
  moderation?: { apiKey: string; baseURL?: string; timeoutMs: number };
}

interface CommonConfig {
  store: StoreConfig;
  safety: SafetyConfig;
  profiler: ProfilerConfig;
  log: LogConfig;
  astrologyApi?: AstrologyApiConfig;
}

export interface WorkerConfig extends CommonConfig {
  livekit: { url: string; apiKey: string; apiSecret: string; agentName?: string };
  models: ModelConfig;
}

export interface ChatConfig extends CommonConfig {
  /** Absent: the terminal session runs offline (scripted intake, no conversation). */
  models?: ModelConfig;
}

function parse(env: Record<string, string | undefined>): WorkerSettings {
  try {
    return readSettings(WorkerSettings, env);
  } catch (error) {
    if (error instanceof ConfigError) throw new ConfigError(error.code, `${error.message}\n${TERMINAL_HINT}`);
    throw error;
  }
}

function safety(settings: WorkerSettings, modelKey: string | undefined): SafetyConfig {
  const { AMIGO_ESCALATION_WEBHOOK_URL: url, AMIGO_ESCALATION_SECRET: secret, AMIGO_ESCALATION_STREAM: key } = settings;
  if (url && !secret) {
    throw new ConfigError(
      'missing_config',
      'AMIGO_ESCALATION_WEBHOOK_URL is set without AMIGO_ESCALATION_SECRET: the webhook is signed with it (e.g. openssl rand -hex 32).',
    );
  }
  if (settings.AMIGO_MODERATION && !modelKey) {
    throw new ConfigError(
      'missing_config',
      'AMIGO_MODERATION=true needs OPENAI_API_KEY (or OPENAI_BASE_URL): the moderation model is asked on that server.',
    );
  }
  return {
    defaultCountry: settings.AMIGO_DEFAULT_COUNTRY,
    escalation: { ...(url && secret ? { webhook: { url, secret } } : {}), ...(key ? { stream: { key } } : {}) },
    ...(settings.AMIGO_MODERATION && modelKey
      ? { moderation: { apiKey: modelKey, baseURL: settings.OPENAI_BASE_URL, timeoutMs: settings.AMIGO_MODERATION_TIMEOUT_MS } }
      : {}),
  };
}

function common(settings: WorkerSettings, modelKey: string | undefined): CommonConfig {
  const { ASTROLOGYAPI_USER_ID: userId, ASTROLOGYAPI_API_KEY: apiKey } = settings;
  return {
    safety: safety(settings, modelKey),
    store: {
      redisUrl: settings.REDIS_URL,
      redisCluster: settings.REDIS_CLUSTER,
      dataKeys: settings.AMIGO_DATA_KEY,
      allowPlaintext: settings.AMIGO_ALLOW_PLAINTEXT,
      legacyFallback: settings.AMIGO_LEGACY_FALLBACK,
      eraseFromDisk: settings.AMIGO_ERASE_FROM_DISK,
      dataDir: resolveDataDir(settings.AMIGO_DATA_DIR),
      profileDeadlineMs: settings.AMIGO_PROFILE_DEADLINE_MS,
    },
    profiler: {
      backend: settings.AMIGO_PROFILER_BACKEND,
      ...(modelKey
        ? {
            llm: {
              apiKey: modelKey,
              baseURL: settings.OPENAI_BASE_URL,
              model: settings.AMIGO_PROFILER_MODEL,
              timeoutMs: settings.AMIGO_PROFILER_TIMEOUT_MS,
            },
          }
        : {}),
    },
    log: { level: settings.LOG_LEVEL, secret: settings.AMIGO_LOG_SECRET },
    ...(userId && apiKey ? { astrologyApi: { userId, apiKey, baseUrl: settings.ASTROLOGYAPI_BASE_URL } } : {}),
  };
}

function models(settings: WorkerSettings, apiKey: string): ModelConfig {
  return {
    apiKey,
    baseURL: settings.OPENAI_BASE_URL,
    llmModel: settings.AMIGO_LLM_MODEL,
    sttModel: settings.AMIGO_STT_MODEL,
    ttsModel: settings.AMIGO_TTS_MODEL,
    ttsVoice: settings.AMIGO_TTS_VOICE,
  };
}

/** The voice worker needs a LiveKit server and speech/LLM models; every missing one is named at once. */
export function loadWorkerConfig(env: Record<string, string | undefined>): WorkerConfig {
  const settings = parse(env);
  const { LIVEKIT_URL: url, LIVEKIT_API_KEY: apiKey, LIVEKIT_API_SECRET: apiSecret, OPENAI_API_KEY: modelKey } = settings;
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
      'missing_config',
      [
        'The voice worker cannot start: set these environment variables (e.g. in .env):',
        ...missing.map(([name, , what]) => `  - ${name}: ${what}`),
        TERMINAL_HINT,
      ].join('\n'),
    );
  }
  return {
    ...common(settings, modelKey),
    livekit: { url, apiKey, apiSecret, agentName: settings.AMIGO_AGENT_NAME },
    models: models(settings, modelKey),
  };
}

/** The terminal session needs nothing: an LLM is used when one is configured. */
export function loadChatConfig(env: Record<string, string | undefined>): ChatConfig {
  const settings = parse(env);
  const apiKey = settings.OPENAI_API_KEY ?? (settings.OPENAI_BASE_URL ? 'local' : undefined);
  return { ...common(settings, apiKey), ...(apiKey ? { models: models(settings, apiKey) } : {}) };
}

export { ConfigError };
