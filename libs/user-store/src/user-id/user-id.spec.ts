import { randomUUID } from 'node:crypto';
import { InvalidUserIdError } from '../errors/user-store-error.js';
import { profileKeys } from './profile-keys.js';
import { UserId } from './user-id.js';

describe('UserId', () => {
  it('accepts UUIDs in any case and derives the same digest', () => {
    const id = randomUUID();
    expect(UserId.parse(id.toUpperCase()).digest).toBe(UserId.parse(id).digest);
    expect(UserId.parse(id).digest).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(UserId.parse(id).shortHash).toBe(UserId.parse(id).digest.slice(0, 8));
    expect(UserId.parse(randomUUID()).digest).not.toBe(UserId.parse(id).digest);
  });

  it.each(['', 'x', `${randomUUID()} `, `${randomUUID()}\n`, randomUUID().replace(/-/g, ''), 'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz', null, 7])(
    'rejects %p',
    (value) => {
      expect(() => UserId.parse(value)).toThrow(InvalidUserIdError);
    },
  );
});

describe('profileKeys', () => {
  it('puts the digest in a hash tag and the raw id only in the Python-era keys', () => {
    const raw = randomUUID();
    const id = UserId.parse(raw);
    const keys = profileKeys('amigo', id);
    expect(keys.profile).toBe(`amigo:{${id.digest}}:profile`);
    expect(keys.profile).not.toContain(raw);
    expect(keys.legacyKundali).toBe(`amigo:user:${raw}:kundali`);
    expect(keys.legacyXRay).toBe(`amigo:user:${raw}:xray`);
  });
});
