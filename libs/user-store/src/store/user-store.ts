import { consoleLogger, keyedUserRef, type Logger, type UserRef } from '@amigo/logging';
import { DataCipher, UndecryptableError } from '../crypto/data-cipher.js';
import { withDeadline } from '../deadline/with-deadline.js';
import {
  CorruptProfileError,
  InvalidProfileError,
  UserStoreConfigError,
  UserStoreError,
  UserStoreUnavailableError,
  type CorruptionReason,
} from '../errors/user-store-error.js';
import { Kundali, type KundaliInput, PersonalityXRay, type PersonalityXRayInput, type UserProfile } from '@amigo/contracts';
import { borrowedConnection, ownedConnection, type RedisConnection } from '../redis/redis-connection.js';
import { BAD_LAYOUT, migrateProfile, updateXRay } from '../redis/profile-scripts.js';
import { joinStoredProfile, splitStoredProfile } from '../profile/stored-profile.js';
import { precompiledParser } from '../profile/precompiled-schema.js';
import { profileKeys, type ProfileKeys } from '../user-id/profile-keys.js';
import { UserKey } from '../user-id/user-key.js';
import type { UserStoreOptions } from './user-store-options.js';

const DEFAULT_TTL_SECONDS = 7_776_000;
const DEFAULT_TIMEOUT_MS = 2000;

type Field = 'kundali' | 'xray';
const SCHEMAS = { kundali: Kundali, xray: PersonalityXRay } as const;
/** What a load runs on every stored part: zod's verdict, with zod itself run only where the compiled check is unsure. */
const PARSERS = { kundali: precompiledParser(Kundali), xray: precompiledParser(PersonalityXRay) } as const;

interface UserKeys extends ProfileKeys {
  readonly user: UserKey;
  /** What logs and errors carry for this user. */
  readonly ref: string;
}

/**
 * Per-user profile persistence in Redis: one long-lived connection shared by all operations, one round trip per
 * load, one sliding TTL per profile, keys derived from a digest of the user id, cluster-safe.
 */
export class UserStore {
  private readonly ttl: string;
  private readonly prefix: string;
  private readonly timeoutMs: number;
  private readonly cipher: DataCipher | undefined;
  private readonly logger: Logger;
  private readonly userRef: UserRef;
  private readonly connection: RedisConnection;

  constructor(options: UserStoreOptions = {}) {
    const ttlSeconds = options.ttlSeconds ?? DEFAULT_TTL_SECONDS;
    if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0) throw new UserStoreConfigError('ttlSeconds must be a positive integer');
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    if (!(this.timeoutMs > 0)) throw new UserStoreConfigError('timeoutMs must be positive');
    this.prefix = options.keyPrefix ?? 'amigo';
    if (this.prefix.length === 0 || /[{}\s]/.test(this.prefix)) {
      throw new UserStoreConfigError('keyPrefix must be non-empty, without braces or spaces');
    }
    this.ttl = String(ttlSeconds);
    this.cipher = DataCipher.fromKeys(options.dataKeys ?? []);
    this.logger = options.logger ?? consoleLogger({ module: 'user-store' });
    this.userRef = options.userRef ?? keyedUserRef();
    this.connection = options.client
      ? borrowedConnection(options.client)
      : ownedConnection({
          url: options.url ?? 'redis://localhost:6379',
          cluster: options.cluster ?? false,
          connectTimeoutMs: this.timeoutMs,
          onError: (error) => this.logger.warn({ error: error.message }, 'redis connection error'),
        });
  }

  /** Connects now instead of on first use, e.g. to fail a deployment early. */
  async connect(): Promise<void> {
    return this.operation(() => this.connection.ready());
  }

  /** Stores (or replaces) the whole profile atomically and restarts its TTL. */
  async saveUserData(userId: string, kundali: KundaliInput, xray: PersonalityXRayInput): Promise<void> {
    const keys = this.keysFor(userId);
    const kundaliValue = this.encode(keys, 'kundali', kundali);
    const xrayValue = this.encode(keys, 'xray', xray);
    return this.operation(async () => {
      await this.connection.run(keys.profile, false, ['SET', keys.profile, joinStoredProfile(kundaliValue, xrayValue), 'EX', this.ttl]);
    }, keys);
  }

  /**
   * The stored profile, or null when there is none. Refreshes the TTL. A Python-era profile is migrated to the
   * current layout on the way. Throws {@link CorruptProfileError} when stored data cannot be read (it is kept).
   */
  async loadUserData(userId: string): Promise<UserProfile | null> {
    const keys = this.keysFor(userId);
    return this.operation(async () => {
      const stored = await this.connection.run(keys.profile, false, ['GETEX', keys.profile, 'EX', this.ttl]);
      return stored == null ? this.migrateLegacy(keys) : this.decodeStored(keys, stored);
    }, keys);
  }

  /**
   * Only the X-Ray of the stored profile, or null when there is none: what a session needs to start, at a fraction
   * of the cost of a full load (the kundali is most of the bytes and is not decoded). Refreshes the TTL of the whole
   * profile. Throws {@link CorruptProfileError} when the layout or the X-Ray cannot be read.
   */
  async loadXRay(userId: string): Promise<PersonalityXRay | null> {
    return this.loadPart(userId, 'xray');
  }

  /** Only the kundali of the stored profile, or null when there is none; otherwise like {@link loadXRay}. */
  async loadKundali(userId: string): Promise<Kundali | null> {
    return this.loadPart(userId, 'kundali');
  }

  /** Whether a profile (readable or not) is stored for this user. Refreshes the TTL like a load. */
  async hasUserData(userId: string): Promise<boolean> {
    const keys = this.keysFor(userId);
    return this.operation(async () => {
      if (Number(await this.connection.run(keys.profile, false, ['EXPIRE', keys.profile, this.ttl])) === 1) return true;
      try {
        return (await this.migrateLegacy(keys)) !== null;
      } catch (error) {
        if (error instanceof CorruptProfileError) return true;
        throw error;
      }
    }, keys);
  }

  /**
   * Replaces only the X-Ray, restarting the TTL. Returns false (and writes nothing) when no profile is stored, so a
   * deleted or expired profile is never brought back without its kundali.
   */
  async updateXRay(userId: string, xray: PersonalityXRayInput): Promise<boolean> {
    const keys = this.keysFor(userId);
    const value = this.encode(keys, 'xray', xray);
    return this.operation(async () => {
      if (await this.runUpdate(keys, value)) return true;
      const migrated = await this.migrateLegacy(keys);
      return migrated !== null && this.runUpdate(keys, value);
    }, keys);
  }

  /** Removes everything stored for this user, current and Python-era keys (right to be forgotten). */
  async deleteUserData(userId: string): Promise<boolean> {
    const keys = this.keysFor(userId);
    return this.operation(async () => {
      // One DEL per key: Python-era keys hash to other slots than the profile, and a cluster refuses cross-slot DELs.
      const removed = await Promise.all(
        [keys.profile, keys.legacyKundali, keys.legacyXRay].map((key) => this.connection.run(key, false, ['DEL', key])),
      );
      return removed.some((count) => Number(count) > 0);
    }, keys);
  }

  /** Releases the connection the store created; a client passed in options is left open. */
  async close(): Promise<void> {
    return this.connection.close(this.timeoutMs);
  }

  private keysFor(userId: string): UserKeys {
    const user = UserKey.of(userId);
    // The reference is keyed (an HMAC): computed only when something is logged, not on every load.
    const userRef = this.userRef;
    return {
      user,
      get ref() {
        return userRef(user.id);
      },
      ...profileKeys(this.prefix, user),
    };
  }

  private async runUpdate(keys: UserKeys, value: string): Promise<boolean> {
    return Number(await updateXRay.run(this.connection, keys.profile, [value, this.ttl])) === 1;
  }

  /**
   * Reads the Python service's two JSON strings. When both are valid they are written in the current layout with
   * the full TTL, and only then removed: a crash in between leaves a duplicate, never a loss.
   */
  private async migrateLegacy(keys: UserKeys): Promise<UserProfile | null> {
    const [kundali, xray] = await Promise.all(
      [keys.legacyKundali, keys.legacyXRay].map((key) => this.connection.run(key, true, ['GET', key])),
    );
    if (kundali == null && xray == null) return null;
    if (kundali == null || xray == null) {
      this.logger.warn({ user: keys.ref, missing: kundali == null ? 'kundali' : 'xray' }, 'incomplete legacy profile ignored');
      return null;
    }
    const legacy = { kundali: this.decode(keys, 'kundali', kundali), xray: this.decode(keys, 'xray', xray) };
    const stored = await migrateProfile.run(this.connection, keys.profile, [
      joinStoredProfile(this.encode(keys, 'kundali', legacy.kundali), this.encode(keys, 'xray', legacy.xray)),
      this.ttl,
    ]);
    await Promise.all([keys.legacyKundali, keys.legacyXRay].map((key) => this.connection.run(key, false, ['DEL', key])));
    return this.decodeStored(keys, stored);
  }

  private loadPart<F extends Field>(userId: string, field: F): Promise<UserProfile[F] | null> {
    const keys = this.keysFor(userId);
    return this.operation(async () => {
      const stored = await this.connection.run(keys.profile, false, ['GETEX', keys.profile, 'EX', this.ttl]);
      if (stored == null) return (await this.migrateLegacy(keys))?.[field] ?? null;
      return this.decode(keys, field, this.partsOf(keys, stored)[field]);
    }, keys);
  }

  private decodeStored(keys: UserKeys, stored: unknown): UserProfile {
    const parts = this.partsOf(keys, stored);
    return { kundali: this.decode(keys, 'kundali', parts.kundali), xray: this.decode(keys, 'xray', parts.xray) };
  }

  private partsOf(keys: UserKeys, stored: unknown): { kundali: string; xray: string } {
    const parts = splitStoredProfile(String(stored));
    if (parts === undefined) throw this.corrupt(keys, 'invalid-layout');
    return parts;
  }

  private decode<F extends Field>(keys: UserKeys, field: F, value: unknown): UserProfile[F] {
    let text = String(value);
    if (DataCipher.isSealed(text)) {
      if (this.cipher === undefined) throw this.corrupt(keys, 'undecryptable', field);
      try {
        text = this.cipher.open(text, this.associatedData(keys, field));
      } catch (error) {
        if (error instanceof UndecryptableError) throw this.corrupt(keys, 'undecryptable', field);
        throw error;
      }
    }
    let parsed: ReturnType<(typeof PARSERS)[F]>;
    try {
      parsed = PARSERS[field](text) as ReturnType<(typeof PARSERS)[F]>;
    } catch {
      throw this.corrupt(keys, 'invalid-json', field);
    }
    if (!parsed.success) throw this.corrupt(keys, 'invalid-schema', field);
    return parsed.data as UserProfile[F];
  }

  private encode(keys: UserKeys, field: Field, value: unknown): string {
    const parsed = SCHEMAS[field].safeParse(value);
    if (!parsed.success) {
      throw new InvalidProfileError(
        field,
        parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
      );
    }
    const json = JSON.stringify(parsed.data);
    return this.cipher ? this.cipher.seal(json, this.associatedData(keys, field)) : json;
  }

  private associatedData(keys: UserKeys, field: Field): string {
    return `${keys.user.digest}:${field}`;
  }

  private corrupt(keys: UserKeys, reason: CorruptionReason, field?: Field): CorruptProfileError {
    this.logger.warn({ user: keys.ref, field, reason }, 'unreadable stored profile left untouched');
    return new CorruptProfileError(reason, keys.ref);
  }

  /**
   * Bounds an operation by `timeoutMs` (connecting included) and turns driver failures into typed errors. Work that
   * outlives its deadline finishes in the background; every write it could still make is safe on its own.
   */
  private operation<T>(work: () => Promise<T>, keys?: UserKeys): Promise<T> {
    // Once connected (the steady state) the work starts at once, without waiting a turn for ready().
    const started = this.connection.isReady ? work() : this.connection.ready().then(work);
    return withDeadline(
      started,
      this.timeoutMs,
      () => new UserStoreUnavailableError(`redis did not answer within ${this.timeoutMs} ms`),
      (error) => this.translate(error, keys),
    );
  }

  private translate(error: unknown, keys: UserKeys | undefined): Error {
    if (error instanceof UserStoreError) return error;
    const message = error instanceof Error ? error.message : String(error);
    if (keys && message.startsWith('WRONGTYPE')) return this.corrupt(keys, 'wrong-type');
    if (keys && message.startsWith(BAD_LAYOUT)) return this.corrupt(keys, 'invalid-layout');
    return new UserStoreUnavailableError(`redis unavailable: ${message}`, { cause: error });
  }
}
