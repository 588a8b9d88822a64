import { getUserId, resetUserId, USER_ID_STORAGE_KEY } from './user-id.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('getUserId in the browser', () => {
  beforeEach(() => {
    resetUserId();
    window.localStorage.clear();
  });
  afterEach(() => jest.restoreAllMocks());

  it('creates a v4 UUID on first use and stores it', () => {
    const id = getUserId();
    expect(id).toMatch(UUID_V4);
    expect(window.localStorage.getItem(USER_ID_STORAGE_KEY)).toBe(id);
  });

  it('returns the stored id on later calls', () => {
    const first = getUserId();
    expect(getUserId()).toBe(first);
  });

  it('keeps an id stored by an earlier page load', () => {
    const earlier = '0b6a3c1e-7f2d-4e9a-8c5b-6d4e3f2a1b0c';
    window.localStorage.setItem(USER_ID_STORAGE_KEY, earlier);
    expect(getUserId()).toBe(earlier);
  });

  it.each(['', 'not-a-uuid', '12345', '"0b6a3c1e-7f2d-4e9a-8c5b-6d4e3f2a1b0c"'])(
    'replaces a stored value that is not a UUID (%j)',
    (stored) => {
      window.localStorage.setItem(USER_ID_STORAGE_KEY, stored);
      const id = getUserId();
      expect(id).toMatch(UUID_V4);
      expect(window.localStorage.getItem(USER_ID_STORAGE_KEY)).toBe(id);
    },
  );

  it('falls back to one in-memory id when storage throws on read', () => {
    jest.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const id = getUserId();
    expect(id).toMatch(UUID_V4);
    expect(getUserId()).toBe(id);
  });

  it('falls back to one in-memory id when the quota refuses the write', () => {
    jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    const id = getUserId();
    expect(id).toMatch(UUID_V4);
    expect(getUserId()).toBe(id);
    expect(window.localStorage.getItem(USER_ID_STORAGE_KEY)).toBeNull();
  });

  it('falls back to one in-memory id when merely accessing localStorage throws', () => {
    jest.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    });
    const id = getUserId();
    expect(id).toMatch(UUID_V4);
    expect(getUserId()).toBe(id);
  });

  it('makes a v4 UUID without crypto.randomUUID (insecure contexts)', () => {
    const randomUUID = globalThis.crypto.randomUUID;
    Object.defineProperty(globalThis.crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const ids = new Set(Array.from({ length: 50 }, () => (resetUserId(), getUserId())));
      expect(ids.size).toBe(50);
      for (const id of ids) expect(id).toMatch(UUID_V4);
    } finally {
      Object.defineProperty(globalThis.crypto, 'randomUUID', { value: randomUUID, configurable: true });
    }
  });
});

describe('resetUserId', () => {
  beforeEach(() => {
    resetUserId();
    window.localStorage.clear();
  });
  afterEach(() => jest.restoreAllMocks());

  it('forgets the stored id so the next call issues a new one', () => {
    const before = getUserId();
    resetUserId();
    expect(window.localStorage.getItem(USER_ID_STORAGE_KEY)).toBeNull();
    const after = getUserId();
    expect(after).toMatch(UUID_V4);
    expect(after).not.toBe(before);
  });

  it('forgets the in-memory fallback id too', () => {
    jest.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const before = getUserId();
    resetUserId();
    expect(getUserId()).not.toBe(before);
  });

  it('does not throw when storage refuses removal', () => {
    jest.spyOn(Storage.prototype, 'removeItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(() => resetUserId()).not.toThrow();
  });
});
