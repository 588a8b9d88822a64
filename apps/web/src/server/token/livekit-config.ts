export interface LiveKitConfig {
  /** WebSocket URL the browser connects to (LiveKit Cloud `wss://<project>.livekit.cloud` or a self-hosted server). */
  url: string;
  apiKey: string;
  apiSecret: string;
  /** Set when the worker registers with an agent name, which switches LiveKit to explicit dispatch. */
  agentName?: string;
}

export type LiveKitConfigResult = { ok: true; config: LiveKitConfig } | { ok: false; missing: string[] };

const REQUIRED = ['LIVEKIT_URL', 'LIVEKIT_API_KEY', 'LIVEKIT_API_SECRET'] as const;

/** Reads the LiveKit settings; reports the names (never the values) of those missing or unusable. */
export function readLiveKitConfig(env: Record<string, string | undefined>): LiveKitConfigResult {
  const missing: string[] = REQUIRED.filter((name) => !env[name]?.trim());
  const url = env['LIVEKIT_URL']?.trim() ?? '';
  if (url && !/^(wss?|https?):\/\/[^\s/]+/i.test(url)) missing.push('LIVEKIT_URL (must be a ws://, wss://, http:// or https:// URL)');
  if (missing.length > 0) return { ok: false, missing };
  const agentName = env['AMIGO_AGENT_NAME']?.trim();
  return {
    ok: true,
    config: {
      url,
      apiKey: env['LIVEKIT_API_KEY']?.trim() ?? '',
      apiSecret: env['LIVEKIT_API_SECRET']?.trim() ?? '',
      ...(agentName ? { agentName } : {}),
    },
  };
}
