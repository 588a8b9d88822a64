export type SessionErrorKind =
  | 'not_configured'
  | 'rate_limited'
  | 'token_failed'
  | 'app_unreachable'
  | 'livekit_unreachable'
  | 'mic_denied'
  | 'mic_missing'
  | 'mic_failed';

const MESSAGES: Record<SessionErrorKind, string> = {
  not_configured:
    'Voice conversations are not set up on this server yet (LiveKit is not configured). Please try again later.',
  rate_limited: 'Too many conversations were started in a short time. Please wait a minute, then try again.',
  token_failed: 'The conversation could not be started. Please try again in a moment.',
  app_unreachable: 'The Amigo server could not be reached. Check your internet connection, then try again.',
  livekit_unreachable:
    'The voice server could not be reached. Check your internet connection, or try again in a few minutes.',
  mic_denied:
    'Amigo needs your microphone to hear you. Allow microphone access for this site in your browser settings, then start again.',
  mic_missing: 'No microphone was found. Connect one (or a headset), then start again.',
  mic_failed: 'Your microphone could not be started; another app may be using it. Close it, then start again.',
};

/** A failure to start or keep a session, with a sentence meant for the person using the app. */
export class SessionError extends Error {
  constructor(
    readonly kind: SessionErrorKind,
    options?: { cause?: unknown },
  ) {
    super(MESSAGES[kind], options);
    this.name = 'SessionError';
  }
}
