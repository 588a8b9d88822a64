import { microphoneError } from './microphone-error';

const named = (name: string) => Object.assign(new Error('getUserMedia failed'), { name });

describe('microphoneError', () => {
  it.each([
    ['NotAllowedError', 'mic_denied', /Allow microphone access/],
    ['SecurityError', 'mic_denied', /Allow microphone access/],
    ['NotFoundError', 'mic_missing', /No microphone was found/],
    ['OverconstrainedError', 'mic_missing', /No microphone was found/],
    ['NotReadableError', 'mic_failed', /another app may be using it/],
  ])('explains %s', (name, kind, message) => {
    const error = microphoneError(named(name));
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(message);
  });

  it('treats something that is not an Error as a generic microphone failure', () => {
    expect(microphoneError('denied').kind).toBe('mic_failed');
  });
});
