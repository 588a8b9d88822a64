import { AmigoError } from '@amigo/contracts';
import type { z } from 'zod';

/** A setting is missing or malformed; the message names the variables, never their values (some are secrets). */
export class ConfigError extends AmigoError<'invalid_config' | 'missing_config'> {}

/** Parses the environment against an app's settings schema, naming every bad variable at once. */
export function readSettings<S extends z.ZodType>(schema: S, env: Record<string, string | undefined>): z.infer<S> {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
  throw new ConfigError('invalid_config', ['Invalid settings:', ...lines].join('\n'));
}
