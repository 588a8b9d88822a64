import { UserId } from '@amigo/contracts';
import { browserStorage } from '../storage/browser-storage.js';

/** The localStorage key; shared with the Python-era client so returning users keep their profile. */
export const USER_ID_STORAGE_KEY = 'amigo-user-id';

/** The id used for the rest of the page's life once storage has failed, so the session stays consistent. */
let memoryUserId: string | null = null;

/**
 * The browser's stable anonymous user id: a UUID kept in localStorage under {@link USER_ID_STORAGE_KEY},
 * created on first use, replaced if the stored value is not a UUID.
 *
 * Where storage is unavailable or throws (private browsing, disabled storage, full quota) it returns one
 * in-memory id for the page's lifetime instead of failing.
 *
 * During server rendering (no `window`) it returns a fresh throwaway id on every call: it identifies nobody
 * and must never be persisted or sent anywhere — call it from the browser (an effect or event handler).
 *
 * The id is a bearer secret for the user's profile: never log it.
 */
export function getUserId(): string {
  if (typeof window === 'undefined') return newUuid();
  if (memoryUserId) return memoryUserId;
  const storage = browserStorage();
  if (!storage) return rememberInMemory(newUuid());
  try {
    const stored = storage.getItem(USER_ID_STORAGE_KEY);
    const parsed = UserId.safeParse(stored);
    if (parsed.success) return parsed.data;
    const created = newUuid();
    storage.setItem(USER_ID_STORAGE_KEY, created);
    return created;
  } catch {
    return rememberInMemory(newUuid());
  }
}

/**
 * Forgets the id ("forget me"): removes it from storage and memory so the next {@link getUserId} issues a new one.
 * Never throws; a storage that refuses removal leaves nothing worse than before.
 */
export function resetUserId(): void {
  memoryUserId = null;
  try {
    browserStorage()?.removeItem(USER_ID_STORAGE_KEY);
  } catch {
    // Storage that throws cannot hold the id either: the in-memory fallback, already cleared, was the only copy.
  }
}

function rememberInMemory(id: string): string {
  memoryUserId = id;
  return id;
}

/** RFC 4122 version 4 UUID; `crypto.randomUUID` exists only in secure contexts (https, localhost). */
function newUuid(): string {
  const webCrypto = globalThis.crypto;
  if (typeof webCrypto?.randomUUID === 'function') return webCrypto.randomUUID();
  const bytes = webCrypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
