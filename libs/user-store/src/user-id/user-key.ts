import { hash } from 'node:crypto';
import { parseUserId, type UserId } from '@amigo/contracts';

/**
 * A parsed user id and the digest that names its keys. The id is a bearer secret: it only ever leaves this object
 * to address the Python-era keys, which already contain it.
 */
export class UserKey {
  /** 22 base64url characters (132 bits) of SHA-256: collision-free in practice, and no `{`/`}` to break hash tags. */
  readonly digest: string;

  private constructor(readonly id: UserId) {
    // One-shot hash: half the cost of createHash() on the load path.
    this.digest = hash('sha256', `amigo-user:${id}`, 'base64url').slice(0, 22);
  }

  /** Throws the contracts' InvalidUserIdError, before any command is sent, for anything but a version 4 UUID. */
  static of(value: unknown): UserKey {
    return new UserKey(parseUserId(value));
  }
}
