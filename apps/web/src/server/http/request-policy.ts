import { webSettings } from '../config/web-config';

/** What every API route checks a request against, from the server's settings. */
export interface RequestPolicy {
  /** The only `Origin` the API answers (`AMIGO_PUBLIC_ORIGIN`). */
  publicOrigin: string;
  /** How long a request body may take to arrive (`AMIGO_BODY_DEADLINE_MS`). */
  bodyDeadlineMs: number;
}

/** The policy of this deployment, read on first use (may throw `ConfigError`). */
export function deployedRequestPolicy(): RequestPolicy {
  const settings = webSettings();
  return { publicOrigin: settings.AMIGO_PUBLIC_ORIGIN, bodyDeadlineMs: settings.AMIGO_BODY_DEADLINE_MS };
}
