import {
  boundConversationHistory,
  clearConversationHistory,
  CONVERSATION_HISTORY_STORAGE_KEY,
  earlierConversationPayload,
  loadConversationHistory,
  saveConversationHistory,
} from './conversation-history-store.js';
import {
  ConversationHistory,
  type ConversationMessage,
  MAX_HISTORY_BYTES,
  MAX_HISTORY_MESSAGE_CHARS,
  MAX_HISTORY_MESSAGES,
  utf8Length,
} from '@amigo/contracts';

/** LiveKit refuses an RPC payload above 15 KiB (livekit-client's `RpcError.MAX_DATA_BYTES`). */
const LIVEKIT_RPC_PAYLOAD_BYTES = 15 * 1024;

const turn = (i: number): ConversationMessage => ({
  role: i % 2 === 0 ? 'user' : 'assistant',
  content: `message ${i}`,
});

describe('conversation history store', () => {
  beforeEach(() => window.localStorage.clear());
  afterEach(() => jest.restoreAllMocks());

  it('loads nothing before anything was saved', () => {
    expect(loadConversationHistory()).toEqual([]);
  });

  it('round-trips a saved conversation', () => {
    const conversation = [turn(0), turn(1), turn(2)];
    expect(saveConversationHistory(conversation)).toEqual(conversation);
    expect(loadConversationHistory()).toEqual(conversation);
  });

  it('keeps only the most recent messages', () => {
    const long = Array.from({ length: MAX_HISTORY_MESSAGES + 15 }, (_, i) => turn(i));
    saveConversationHistory(long);
    const loaded = loadConversationHistory();
    expect(loaded).toHaveLength(MAX_HISTORY_MESSAGES);
    expect(loaded[0]).toEqual(turn(15));
    expect(loaded.at(-1)).toEqual(turn(MAX_HISTORY_MESSAGES + 14));
  });

  it('cuts long messages and drops empty ones', () => {
    saveConversationHistory([
      { role: 'user', content: '   ' },
      { role: 'assistant', content: 'b'.repeat(MAX_HISTORY_MESSAGE_CHARS + 500) },
    ]);
    expect(loadConversationHistory()).toEqual([{ role: 'assistant', content: 'b'.repeat(MAX_HISTORY_MESSAGE_CHARS) }]);
  });

  it('never splits a surrogate pair when cutting', () => {
    const content = 'a'.repeat(MAX_HISTORY_MESSAGE_CHARS - 1) + '😊';
    const [kept] = boundConversationHistory([{ role: 'user', content }]);
    expect(kept.content).toBe('a'.repeat(MAX_HISTORY_MESSAGE_CHARS - 1));
  });

  it('drops the oldest messages until the byte budget is met', () => {
    const wide = Array.from({ length: MAX_HISTORY_MESSAGES }, (_, i) => ({
      role: 'user' as const,
      content: `${i} ${'日'.repeat(MAX_HISTORY_MESSAGE_CHARS - 5)}`,
    }));
    const bounded = boundConversationHistory(wide);
    expect(utf8Length(JSON.stringify(bounded))).toBeLessThanOrEqual(MAX_HISTORY_BYTES);
    expect(bounded.length).toBeLessThan(MAX_HISTORY_MESSAGES);
    expect(bounded.at(-1)).toEqual(wide.at(-1));
    expect(ConversationHistory.safeParse(bounded).success).toBe(true);
  });

  it.each([
    ['Devanagari', 'मुझे नींद नहीं आती '],
    ['emoji (surrogate pairs)', '😔🙏 '],
    ['characters JSON escapes to six bytes', '\u0001"\\ '],
  ])('keeps the RPC payload within %s-heavy worst cases', (_label, unit) => {
    const content = unit.repeat(Math.ceil((MAX_HISTORY_MESSAGE_CHARS * 2) / unit.length));
    saveConversationHistory(Array.from({ length: MAX_HISTORY_MESSAGES * 2 }, () => ({ role: 'user' as const, content })));
    const payload = earlierConversationPayload();
    expect(utf8Length(payload)).toBeLessThanOrEqual(MAX_HISTORY_BYTES);
    expect(utf8Length(payload)).toBeLessThan(LIVEKIT_RPC_PAYLOAD_BYTES);
    expect(ConversationHistory.safeParse(JSON.parse(payload)).success).toBe(true);
    expect(JSON.parse(payload).length).toBeGreaterThan(0);
  });

  it('answers the RPC with the stored history, and with [] when nothing is stored', () => {
    expect(earlierConversationPayload()).toBe('[]');
    saveConversationHistory([turn(0), turn(1)]);
    expect(JSON.parse(earlierConversationPayload())).toEqual([turn(0), turn(1)]);
  });

  it('keeps the recent part of a history stored under the earlier, looser bounds instead of losing it', () => {
    const earlier = Array.from({ length: 40 }, (_, i) => ({ role: 'user', content: `${i} ${'x'.repeat(990)}` }));
    window.localStorage.setItem(CONVERSATION_HISTORY_STORAGE_KEY, JSON.stringify(earlier));
    const loaded = loadConversationHistory();
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.at(-1)?.content).toBe(`39 ${'x'.repeat(MAX_HISTORY_MESSAGE_CHARS - 3)}`);
    expect(ConversationHistory.safeParse(loaded).success).toBe(true);
  });

  it.each([
    ['not JSON', '{oops'],
    ['not an array', '{"role":"user"}'],
    ['an invalid message', '[{"role":"system","content":"x"}]'],
    ['an oversized value', JSON.stringify([{ role: 'user', content: 'x'.repeat(300_000) }])],
  ])('loads nothing from corrupted storage (%s)', (_label, raw) => {
    window.localStorage.setItem(CONVERSATION_HISTORY_STORAGE_KEY, raw);
    expect(loadConversationHistory()).toEqual([]);
  });

  it('reports a refused write instead of throwing', () => {
    jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    expect(saveConversationHistory([turn(0)])).toBe(false);
  });

  it('loads nothing when reading throws', () => {
    saveConversationHistory([turn(0)]);
    jest.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(loadConversationHistory()).toEqual([]);
  });

  it('clears the stored conversation', () => {
    saveConversationHistory([turn(0)]);
    clearConversationHistory();
    expect(window.localStorage.getItem(CONVERSATION_HISTORY_STORAGE_KEY)).toBeNull();
    expect(loadConversationHistory()).toEqual([]);
  });

  it('does not throw when clearing is refused', () => {
    jest.spyOn(Storage.prototype, 'removeItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(() => clearConversationHistory()).not.toThrow();
  });
});
