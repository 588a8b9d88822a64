import { hash } from 'node:crypto';
import { InvalidUserIdError } from '../errors/user-store-error.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A validated user id and the digest that names its keys. The id is a bearer secret: it only ever leaves this object
 * to address the Python-era keys, which already contain it.
 */
export class UserId {
  /** 22 base64url characters (132 bits) of SHA-256: collision-free in practice, and no `{`/`}` to break hash tags. */
  readonly digest: string;
  /** Safe to log: correlates entries for one user without revealing the id. */
  readonly shortHash: string;

  private constructor(readonly raw: string) {
    // One-shot hash: half the cost of createHash() on the load path.
    this.digest = hash('sha256', `amigo-user:${raw.toLowerCase()}`, 'base64url').slice(0, 22);
    this.shortHash = this.digest.slice(0, 8);
  }

  static parse(value: unknown): UserId {
    if (typeof value !== 'string' || !UUID.test(value)) throw new InvalidUserIdError();
    return new UserId(value);
  }
}
