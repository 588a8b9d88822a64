import { LiveKitSettings, LogSettings, readSettings, resolveDataDir, StoreSettings } from '@amigo/config';
import { z } from 'zod';

/** Everything the web server reads from the environment, validated once, on first use. */
const WebSettings = z.object({
  ...LiveKitSettings.shape,
  ...StoreSettings.shape,
  ...LogSettings.shape,
});
export type WebSettings = z.infer<typeof WebSettings>;

let settings: WebSettings | undefined;

/**
 * The server's settings. Read lazily, not when a module loads: `next build` evaluates route modules without the
 * deployment's environment. A malformed value throws `ConfigError` naming the variable (never its value).
 */
export function webSettings(env: Record<string, string | undefined> = process.env): WebSettings {
  return (settings ??= readSettings(WebSettings, env));
}

export { resolveDataDir };
