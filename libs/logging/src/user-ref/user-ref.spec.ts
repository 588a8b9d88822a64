import { createHash, randomUUID } from 'node:crypto';
import { keyedUserRef } from './user-ref.js';

describe('keyedUserRef', () => {
  it('is stable for one key and differs between keys', () => {
    const id = randomUUID();
    const ref = keyedUserRef('a secret of sixteen bytes or more');
    expect(ref(id)).toBe(ref(id));
    expect(ref(id)).toMatch(/^[A-Za-z0-9_-]{12}$/);
    expect(keyedUserRef('another secret, also long enough')(id)).not.toBe(ref(id));
    expect(ref(randomUUID())).not.toBe(ref(id));
  });

  it('cannot be joined to an unkeyed digest of the id', () => {
    const id = randomUUID();
    const ref = keyedUserRef()(id);
    expect(createHash('sha256').update(id).digest('hex')).not.toContain(ref);
    expect(createHash('sha256').update(id).digest('base64url')).not.toContain(ref);
  });

  it('refuses a short secret', () => {
    expect(() => keyedUserRef('short')).toThrow(RangeError);
  });
});
