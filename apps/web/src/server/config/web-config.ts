import {
  commaList,
  LiveKitSettings,
  LogSettings,
  milliseconds,
  optionalText,
  readSettings,
  resolveDataDir,
  StoreSettings,
} from '@amigo/config';
import { z } from 'zod';
import { trustedProxies } from '../http/client-address';

/** An empty or blank variable counts as unset, as a copied `.env.example` leaves many of them. */
const blankAsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** The web server's own settings: where it listens, who it is to browsers, and whom it trusts in front of it. */
export const WebServerSettings = z.object({
  /**
   * Scheme, host and port browsers use to reach this app, e.g. `https://amigo.example`. The API refuses requests whose
   * `Origin` is anything else; the request's own `Host` header is never trusted for this.
   */
  AMIGO_PUBLIC_ORIGIN: z.preprocess(
    blankAsUnset,
    z
      .url({ protocol: /^https?$/ })
      .default('http://localhost:3000')
      .transform((value) => new URL(value).origin),
  ),
  /**
   * Proxies whose `X-Forwarded-For` is believed: addresses, CIDR ranges or proxy-addr's names (`loopback`,
   * `linklocal`, `uniquelocal`). Empty: the socket's own address is the client, whatever the headers say.
   */
  AMIGO_TRUSTED_PROXIES: commaList.superRefine((list, ctx) => {
    try {
      trustedProxies(list);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must list IP addresses, CIDR ranges, loopback, linklocal or uniquelocal' });
    }
  }),
  /** How long a request body may take to arrive before the API answers 408. */
  AMIGO_BODY_DEADLINE_MS: milliseconds(10_000),
  PORT: z.preprocess(blankAsUnset, z.coerce.number().int().min(0).max(65_535).default(3000)),
  /** The interface to listen on; unset: all of them, as `next start` does. */
  AMIGO_WEB_HOST: optionalText,
});

/** Everything the web server reads from the environment, validated once, on first use. */
const WebSettings = z.object({
  ...LiveKitSettings.shape,
  ...StoreSettings.shape,
  ...LogSettings.shape,
  ...WebServerSettings.shape,
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
