/**
 * The page's localStorage, or null where there is none (server rendering) or where merely touching it throws
 * (Safari private mode, storage disabled by policy, sandboxed iframes).
 */
export function browserStorage(): Storage | null {
  if (typeof window === 'undefined') return null;
  try {
    return window.localStorage ?? null;
  } catch {
    return null;
  }
}
