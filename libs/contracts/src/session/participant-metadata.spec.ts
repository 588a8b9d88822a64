import { MAX_METADATA_BYTES, parseParticipantMetadata } from './participant-metadata.js';

const USER_ID = '3f1c2a9e-8b7d-4c6a-9e5f-1a2b3c4d5e6f';

describe('parseParticipantMetadata', () => {
  it('accepts a user id with the browser locale and time zone, normalised', () => {
    const raw = JSON.stringify({ user_id: USER_ID.toUpperCase(), locale: 'hi-in', time_zone: 'Asia/Kolkata' });
    expect(parseParticipantMetadata(raw)).toEqual({
      ok: true,
      metadata: { user_id: USER_ID, locale: 'hi-IN', time_zone: 'Asia/Calcutta' },
    });
  });

  it('accepts an empty object as an anonymous session', () => {
    expect(parseParticipantMetadata('{}')).toEqual({ ok: true, metadata: {} });
  });

  it.each([
    ['undefined', undefined, 'empty'],
    ['null', null, 'empty'],
    ['an empty string', '', 'empty'],
    ['broken JSON', '{"user_id":', 'not_json'],
    ['a non-UUID user id', JSON.stringify({ user_id: 'alice' }), 'invalid'],
    ['a conversation history (it never travels in the token)', JSON.stringify({ user_id: USER_ID, conversation_history: [] }), 'invalid'],
    ['an unknown time zone', JSON.stringify({ time_zone: 'Mars/Olympus' }), 'invalid'],
    ['a malformed locale', JSON.stringify({ locale: 'not a locale!' }), 'invalid'],
    ['a JSON array', '[]', 'invalid'],
  ])('yields an anonymous session for %s', (_label, raw, problem) => {
    expect(parseParticipantMetadata(raw)).toEqual({ ok: false, problem, metadata: {} });
  });

  it('refuses metadata larger than its budget before parsing it, counting UTF-8 bytes', () => {
    expect(parseParticipantMetadata(JSON.stringify({ pad: 'x'.repeat(MAX_METADATA_BYTES) }))).toMatchObject({ problem: 'too_large' });
    expect(parseParticipantMetadata(JSON.stringify({ pad: 'é'.repeat(MAX_METADATA_BYTES / 2) }))).toMatchObject({ problem: 'too_large' });
  });
});
