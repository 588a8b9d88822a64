import { randomUUID } from 'node:crypto';
import { InvalidUserIdError, parseUserId, UserId } from './user-id.js';

describe('UserId', () => {
  it('accepts a version 4 UUID in any case and lower-cases it', () => {
    const id = randomUUID();
    expect(parseUserId(id)).toBe(id);
    expect(parseUserId(id.toUpperCase())).toBe(id);
  });

  it.each([
    ['nil', '00000000-0000-0000-0000-000000000000'],
    ['max', 'ffffffff-ffff-ffff-ffff-ffffffffffff'],
    ['version 1', 'c232ab00-9414-11ec-b3c8-9f6bdeced846'],
    ['version 7', '01890a5d-ac96-774b-bcce-b302099a8057'],
    ['a wrong variant', '3f2b8c4a-9d1e-4f6a-cb7c-1e2d3c4b5a69'],
    ['surrounding space', ` ${randomUUID()}`],
    ['a trailing newline', `${randomUUID()}\n`],
    ['no dashes', randomUUID().replace(/-/g, '')],
    ['braces', `{${randomUUID()}}`],
    ['empty', ''],
    ['a number', 42],
    ['null', null],
  ])('refuses %s', (_label, value) => {
    expect(UserId.safeParse(value).success).toBe(false);
    expect(() => parseUserId(value)).toThrow(InvalidUserIdError);
  });

  it('never echoes the value in its error', () => {
    const value = 'secret-looking-value';
    expect(() => parseUserId(value)).toThrow(expect.objectContaining({ code: 'invalid_user_id', message: expect.not.stringContaining(value) }));
  });
});
