import { SessionError } from './session-error';

/** Maps what getUserMedia throws to what the person can do about it. */
export function microphoneError(cause: unknown): SessionError {
  const name = cause instanceof Error ? cause.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError') {
    return new SessionError('mic_denied', { cause });
  }
  if (name === 'NotFoundError' || name === 'DevicesNotFoundError' || name === 'OverconstrainedError') {
    return new SessionError('mic_missing', { cause });
  }
  return new SessionError('mic_failed', { cause });
}
