import { z } from 'zod';
import { commaList, flag, milliseconds, optionalText, optionalUrl, textWithDefault } from '../env/env-values.js';

/**
 * The settings Amigo's apps share, by the environment variable that carries each, with the one default each has.
 * Apps compose their own config from these shapes and read the environment once; libraries only take options.
 */

/** Where profiles live. Unset REDIS_URL means the embedded Redis under AMIGO_DATA_DIR, shared by every local app. */
export const StoreSettings = z.object({
  REDIS_URL: optionalUrl(/^rediss?$/),
  REDIS_CLUSTER: flag(false),
  /** AES-256-GCM keys at rest, base64 of 32 bytes each, newest first. */
  AMIGO_DATA_KEY: commaList,
  /** With AMIGO_DATA_KEY: accept profiles stored before encryption was switched on, until they are re-encrypted. */
  AMIGO_ALLOW_PLAINTEXT: flag(false),
  /** Look up Python-era keys on every load that finds no profile, instead of migrating them once. */
  AMIGO_LEGACY_FALLBACK: flag(false),
  /** Rewrite the append-only file of REDIS_URL's server after each delete (always done for the embedded Redis). */
  AMIGO_ERASE_FROM_DISK: flag(false),
  /** Local state of the embedded defaults; relative paths are taken from the workspace root. */
  AMIGO_DATA_DIR: textWithDefault('.amigo'),
});
export type StoreSettings = z.infer<typeof StoreSettings>;

export const LiveKitSettings = z.object({
  LIVEKIT_URL: optionalUrl(/^(wss?|https?)$/),
  LIVEKIT_API_KEY: optionalText,
  LIVEKIT_API_SECRET: optionalText,
  /** Set: the worker registers under this name and the web's tokens dispatch it explicitly. */
  AMIGO_AGENT_NAME: optionalText,
});
export type LiveKitSettings = z.infer<typeof LiveKitSettings>;

export const ModelSettings = z.object({
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: optionalUrl(/^https?$/),
  AMIGO_LLM_MODEL: textWithDefault('gpt-4.1-mini'),
  AMIGO_STT_MODEL: textWithDefault('gpt-4o-mini-transcribe'),
  AMIGO_TTS_MODEL: textWithDefault('gpt-4o-mini-tts'),
  AMIGO_TTS_VOICE: textWithDefault('sage'),
  AMIGO_PROFILER_BACKEND: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.enum(['auto', 'llm', 'rules']).default('auto'),
  ),
  AMIGO_PROFILER_MODEL: textWithDefault('gpt-4o-mini'),
  AMIGO_PROFILER_TIMEOUT_MS: milliseconds(20_000, 600_000),
});
export type ModelSettings = z.infer<typeof ModelSettings>;

export const LogSettings = z.object({
  LOG_LEVEL: z
    .preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.enum(['debug', 'info', 'warn', 'error']).default('info')),
  /** Keys the user references in logs; unset: a random key per process (references then do not join across restarts). */
  AMIGO_LOG_SECRET: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string().min(16).optional()),
});
export type LogSettings = z.infer<typeof LogSettings>;
