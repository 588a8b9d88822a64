import {
  ConversationHistory,
  MAX_HISTORY_BYTES,
  MAX_HISTORY_MESSAGE_CHARS,
  MAX_HISTORY_MESSAGES,
  MAX_METADATA_BYTES,
  parseParticipantMetadata,
  ParticipantMetadata,
  utf8Length,
} from './participant-metadata.js';

const USER_ID = '3f1c2a9e-8b7d-4c6a-9e5f-1a2b3c4d5e6f';

describe('parseParticipantMetadata', () => {
  it('accepts a user id with a conversation history', () => {
    const metadata = {
      user_id: USER_ID,
      conversation_history: [
        { role: 'user', content: 'I could not sleep again.' },
        { role: 'assistant', content: 'That sounds tiring. What kept you awake?' },
      ],
    };
    expect(parseParticipantMetadata(JSON.stringify(metadata))).toEqual({ ok: true, metadata });
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
    ['an unknown role', JSON.stringify({ conversation_history: [{ role: 'system', content: 'x' }] }), 'invalid'],
    ['an empty message', JSON.stringify({ conversation_history: [{ role: 'user', content: '' }] }), 'invalid'],
    ['a JSON array', '[]', 'invalid'],
  ])('yields an anonymous session for %s', (_label, raw, problem) => {
    expect(parseParticipantMetadata(raw)).toEqual({ ok: false, problem, metadata: {} });
  });

  it('refuses metadata larger than the LiveKit budget before parsing it', () => {
    const raw = JSON.stringify({ user_id: USER_ID, padding: 'x'.repeat(MAX_METADATA_BYTES) });
    expect(parseParticipantMetadata(raw)).toEqual({ ok: false, problem: 'too_large', metadata: {} });
  });

  it('counts UTF-8 bytes, not UTF-16 units, against the budget', () => {
    const raw = JSON.stringify({ padding: 'é'.repeat(MAX_METADATA_BYTES / 2) });
    expect(raw.length).toBeLessThan(MAX_METADATA_BYTES);
    expect(parseParticipantMetadata(raw).ok).toBe(false);
  });
});

describe('ConversationHistory bounds', () => {
  const message = (content: string) => ({ role: 'user' as const, content });

  it(`allows ${MAX_HISTORY_MESSAGES} messages and refuses one more`, () => {
    const full = Array.from({ length: MAX_HISTORY_MESSAGES }, (_, i) => message(`m${i}`));
    expect(ConversationHistory.safeParse(full).success).toBe(true);
    expect(ConversationHistory.safeParse([...full, message('one more')]).success).toBe(false);
  });

  it(`allows ${MAX_HISTORY_MESSAGE_CHARS} characters per message and refuses one more`, () => {
    expect(ConversationHistory.safeParse([message('a'.repeat(MAX_HISTORY_MESSAGE_CHARS))]).success).toBe(true);
    expect(ConversationHistory.safeParse([message('a'.repeat(MAX_HISTORY_MESSAGE_CHARS + 1))]).success).toBe(false);
  });

  it('refuses a history within the count bounds whose UTF-8 size exceeds the byte budget', () => {
    const wide = Array.from({ length: MAX_HISTORY_MESSAGES }, () => message('日'.repeat(MAX_HISTORY_MESSAGE_CHARS)));
    expect(utf8Length(JSON.stringify(wide))).toBeGreaterThan(MAX_HISTORY_BYTES);
    expect(ConversationHistory.safeParse(wide).success).toBe(false);
  });

  it('keeps any valid metadata within the LiveKit budget', () => {
    const largest = Array.from({ length: MAX_HISTORY_MESSAGES }, () => message('a'.repeat(MAX_HISTORY_MESSAGE_CHARS)));
    const metadata = ParticipantMetadata.parse({ user_id: USER_ID, conversation_history: largest });
    expect(utf8Length(JSON.stringify(metadata))).toBeLessThanOrEqual(MAX_METADATA_BYTES);
  });
});
