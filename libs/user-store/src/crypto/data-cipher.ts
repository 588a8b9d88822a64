import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { UserStoreConfigError } from '../errors/user-store-error.js';

const PREFIX = 'enc:v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

interface DataKey {
  readonly id: string;
  readonly secret: Buffer;
}

/** Thrown by {@link DataCipher.open} when no configured key opens a sealed value. */
export class UndecryptableError extends Error {}

/**
 * AES-256-GCM for values at rest. Sealed values read `enc:v1:<key id>:<base64url(iv | tag | ciphertext)>`; the key id
 * (a digest of the key, not the key) lets rotation pick the right key. The first key seals, every key opens.
 * The associated data binds a value to its user and field, so ciphertexts cannot be swapped between profiles.
 */
export class DataCipher {
  private constructor(private readonly keys: ReadonlyArray<DataKey>) {}

  /** Undefined when no key is given: values are then stored as plain JSON. */
  static fromKeys(keys: ReadonlyArray<string | Uint8Array>): DataCipher | undefined {
    const parsed = keys.map(toDataKey);
    return parsed.length === 0 ? undefined : new DataCipher(parsed);
  }

  static isSealed(value: string): boolean {
    return value.startsWith(PREFIX);
  }

  /** The id of the key that sealed a value; '' for a plain value. */
  static keyIdOf(value: string): string {
    if (!DataCipher.isSealed(value)) return '';
    const end = value.indexOf(':', PREFIX.length);
    return end < 0 ? '' : value.slice(PREFIX.length, end);
  }

  /** The id of the key new values are sealed with. */
  get newestKeyId(): string {
    return this.keys[0].id;
  }

  seal(plaintext: string, associatedData: string): string {
    const key = this.keys[0];
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key.secret, iv);
    cipher.setAAD(Buffer.from(associatedData, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return `${PREFIX}${key.id}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
  }

  open(sealed: string, associatedData: string): string {
    const rest = sealed.slice(PREFIX.length);
    const colon = rest.indexOf(':');
    const keyId = rest.slice(0, colon);
    const raw = Buffer.from(rest.slice(colon + 1), 'base64url');
    if (colon < 0 || raw.length < IV_BYTES + TAG_BYTES) throw new UndecryptableError('malformed sealed value');
    for (const key of this.keys) {
      if (key.id !== keyId) continue;
      try {
        const decipher = createDecipheriv('aes-256-gcm', key.secret, raw.subarray(0, IV_BYTES));
        decipher.setAAD(Buffer.from(associatedData, 'utf8'));
        decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
        const plaintext = decipher.update(raw.subarray(IV_BYTES + TAG_BYTES));
        // GCM holds nothing back: final() only checks the tag, and throws when it does not match.
        decipher.final();
        return plaintext.toString('utf8');
      } catch {
        // Two keys may share a short id; a failed tag check just means "not this one".
      }
    }
    throw new UndecryptableError('no configured data key opens this value');
  }
}

function toDataKey(key: string | Uint8Array, index: number): DataKey {
  const secret = typeof key === 'string' ? Buffer.from(key, 'base64') : Buffer.from(key);
  if (secret.length !== 32) {
    // The key itself never goes into the message.
    throw new UserStoreConfigError(`data key #${index + 1} must be 32 bytes (base64-encoded), got ${secret.length}`);
  }
  const id = createHash('sha256').update('amigo-data-key-id:').update(secret).digest('hex').slice(0, 8);
  return { id, secret };
}
