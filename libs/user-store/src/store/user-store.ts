import type { z } from 'zod';
import { consoleLogger, keyedUserRef, type Logger, type UserRef } from '@amigo/logging';
import { DataCipher, UndecryptableError } from '../crypto/data-cipher.js';
import { withDeadline } from '../deadline/with-deadline.js';
import {
  CorruptProfileError,
  DiskErasureError,
  InvalidProfileError,
  PlaintextRefusedError,
  UserForgottenError,
  UserStoreConfigError,
  UserStoreError,
  UserStoreUnavailableError,
  ValueTooLargeError,
  type CorruptionReason,
} from '../errors/user-store-error.js';
import { Kundali, type KundaliInput, PersonalityXRay, type PersonalityXRayInput, type UserProfile } from '@amigo/contracts';
import { eraseFromAppendOnlyFile } from '../redis/aof-erasure.js';
import { borrowedConnection, ownedConnection, type RedisConnection } from '../redis/redis-connection.js';
import {
  BAD_LAYOUT,
  compareAndSetProfile,
  CONFLICT,
  convertFirstLayout,
  forgetProfile,
  FORGOTTEN,
  migrateProfile,
  saveProfile,
} from '../redis/profile-scripts.js';
import { scanKeys } from '../redis/scan-keys.js';
import { precompiledParser } from '../profile/precompiled-schema.js';
import { PROFILE_FIELDS } from '../profile/profile-fields.js';
import { legacyKeysOf, profileKeyOf, profileKeys, tombstoneKeyOf, type LegacyKeys, type ProfileKeys } from '../user-id/profile-keys.js';
import { UserKey } from '../user-id/user-key.js';
import type { MaintenanceOptions, MaintenanceProgress, UserStoreOptions } from './user-store-options.js';

const DEFAULT_TTL_SECONDS = 7_776_000;
const DEFAULT_TIMEOUT_MS = 2000;
const DEFAULT_MAX_VALUE_BYTES = 131_072;
const DEFAULT_TOMBSTONE_SECONDS = 3600;
const DEFAULT_ERASURE_TIMEOUT_MS = 30_000;

type Field = 'kundali' | 'xray';
const SCHEMAS = { kundali: Kundali, xray: PersonalityXRay } as const;

/** What a load runs on every stored part: zod's verdict, with zod itself run only where the compiled check is unsure. */
interface Parsers {
  readonly kundali: (json: string) => z.ZodSafeParseResult<Kundali>;
  readonly xray: (json: string) => z.ZodSafeParseResult<PersonalityXRay>;
}
let parsers: Parsers | undefined;

/** Compiled by the first store of a process (a few hundred ms), not on import, and shared by every store. */
function compiledParsers(): Parsers {
  return (parsers ??= { kundali: precompiledParser(Kundali), xray: precompiledParser(PersonalityXRay) });
}

/** Whose data a value is: the digest binds sealed values to their user, the reference goes into logs and errors. */
interface Subject {
  readonly digest: string;
  readonly ref: string;
}

interface UserKeys extends ProfileKeys, Subject {
  readonly user: UserKey;
}

/** A new X-Ray computed from the stored one. Called again when another writer got there first, so keep it pure. */
export type XRayUpdate = (current: PersonalityXRay) => PersonalityXRayInput;

/**
 * Per-user profile persistence in Redis: one long-lived connection shared by all operations, one round trip per
 * load, one sliding TTL per profile, keys derived from a digest of the user id, cluster-safe.
 */
export class UserStore {
  private readonly ttl: string;
  private readonly prefix: string;
  private readonly timeoutMs: number;
  private readonly maxValueBytes: number;
  private readonly tombstoneSeconds: string;
  private readonly legacyFallback: boolean;
  private readonly allowPlaintext: boolean;
  private readonly eraseFromDisk: boolean;
  private readonly erasureTimeoutMs: number;
  private readonly cipher: DataCipher | undefined;
  private readonly logger: Logger;
  private readonly userRef: UserRef;
  private readonly connection: RedisConnection;
  private readonly parsers: Parsers;

  constructor(options: UserStoreOptions = {}) {
    const ttlSeconds = options.ttlSeconds ?? DEFAULT_TTL_SECONDS;
    if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0) throw new UserStoreConfigError('ttlSeconds must be a positive integer');
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    if (!(this.timeoutMs > 0)) throw new UserStoreConfigError('timeoutMs must be positive');
    this.maxValueBytes = options.maxValueBytes ?? DEFAULT_MAX_VALUE_BYTES;
    if (!Number.isInteger(this.maxValueBytes) || this.maxValueBytes <= 0) throw new UserStoreConfigError('maxValueBytes must be a positive integer');
    const tombstoneSeconds = options.forgetTombstoneSeconds ?? DEFAULT_TOMBSTONE_SECONDS;
    if (!Number.isInteger(tombstoneSeconds) || tombstoneSeconds <= 0) {
      throw new UserStoreConfigError('forgetTombstoneSeconds must be a positive integer');
    }
    this.tombstoneSeconds = String(tombstoneSeconds);
    this.prefix = options.keyPrefix ?? 'amigo';
    if (this.prefix.length === 0 || /[{}\s*?[\]\\]/.test(this.prefix)) {
      throw new UserStoreConfigError('keyPrefix must be non-empty, without braces, spaces or glob characters');
    }
    this.ttl = String(ttlSeconds);
    this.legacyFallback = options.legacyFallback ?? false;
    this.allowPlaintext = options.allowPlaintext ?? false;
    this.eraseFromDisk = options.eraseFromDisk ?? false;
    this.erasureTimeoutMs = options.erasureTimeoutMs ?? DEFAULT_ERASURE_TIMEOUT_MS;
    this.cipher = DataCipher.fromKeys(options.dataKeys ?? []);
    this.logger = options.logger ?? consoleLogger({ module: 'user-store' });
    this.userRef = options.userRef ?? keyedUserRef();
    this.connection = options.client
      ? borrowedConnection(options.client)
      : ownedConnection({
          url: options.url ?? 'redis://localhost:6379',
          cluster: options.cluster ?? false,
          connectTimeoutMs: this.timeoutMs,
          onError: (error) => this.logger.warn({ error: error.name }, 'redis connection error'),
        });
    if (this.eraseFromDisk && this.connection.isCluster) {
      throw new UserStoreConfigError('eraseFromDisk needs a standalone Redis');
    }
    this.parsers = compiledParsers();
  }

  /** Connects now instead of on first use, e.g. to fail a deployment early. */
  async connect(): Promise<void> {
    return this.operation(() => this.connection.ready());
  }

  /**
   * Stores (or replaces) the whole profile atomically and restarts its TTL. Throws {@link UserForgottenError} while
   * the user's tombstone lives.
   */
  async saveUserData(userId: string, kundali: KundaliInput, xray: PersonalityXRayInput): Promise<void> {
    const keys = this.keysFor(userId);
    const kundaliValue = this.encode(keys, 'kundali', kundali);
    const xrayValue = this.encode(keys, 'xray', xray);
    return this.operation(async () => {
      const result = await saveProfile.run(this.connection, [keys.profile, keys.tombstone], [
        kundaliValue,
        xrayValue,
        DataCipher.keyIdOf(kundaliValue),
        this.ttl,
      ]);
      if (Number(result) === FORGOTTEN) throw new UserForgottenError(keys.ref);
    }, keys);
  }

  /**
   * The stored profile, or null when there is none. Refreshes the TTL. Throws {@link CorruptProfileError} when
   * stored data cannot be read (it is kept).
   */
  async loadUserData(userId: string): Promise<UserProfile | null> {
    const keys = this.keysFor(userId);
    return this.operation(async () => {
      const [kundali, xray] = await this.readFields(keys, [PROFILE_FIELDS.kundali, PROFILE_FIELDS.xray], true);
      if (kundali == null || xray == null) return this.fallBackToLegacy(keys);
      return { kundali: this.decode(keys, 'kundali', kundali), xray: this.decode(keys, 'xray', xray) };
    }, keys);
  }

  /**
   * Only the X-Ray of the stored profile, or null when there is none: what a session needs to start, at a fraction
   * of the cost of a full load (the kundali is neither transferred nor decoded). Refreshes the TTL of the whole
   * profile. Throws {@link CorruptProfileError} when the X-Ray cannot be read.
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
        return (await this.fallBackToLegacy(keys)) !== null;
      } catch (error) {
        if (error instanceof CorruptProfileError) return true;
        throw error;
      }
    }, keys);
  }

  /**
   * Replaces the X-Ray, or computes the new one from the stored one with `update`, restarting the TTL. The write is
   * a compare-and-set on the profile's version, retried on conflict with the fresh X-Ray: a concurrent change is
   * never lost. The whole profile ends sealed under the newest data key (the kundali is re-sealed when it is not).
   * Returns false (and writes nothing) when no profile is stored or the user was just forgotten, so a deleted or
   * expired profile is never brought back without its kundali.
   */
  async updateXRay(userId: string, xray: PersonalityXRayInput | XRayUpdate): Promise<boolean> {
    const keys = this.keysFor(userId);
    const update = typeof xray === 'function' ? xray : undefined;
    // A plain replacement is validated before anything is sent; an update function's result once it is known.
    const replacement = update ? undefined : this.encode(keys, 'xray', xray);
    return this.operation(async () => {
      let migrated = false;
      for (let attempt = 0; ; attempt++) {
        const wanted = [PROFILE_FIELDS.version, PROFILE_FIELDS.kundaliKey, ...(update ? [PROFILE_FIELDS.xray] : [])];
        const [version, kundaliKey, stored] = await this.readFields(keys, wanted, false);
        if (version == null) {
          if (migrated || (await this.fallBackToLegacy(keys)) === null) return false;
          migrated = true;
          continue;
        }
        const value = update ? this.encode(keys, 'xray', update(this.decode(keys, 'xray', stored))) : (replacement as string);
        const resealed = await this.resealedKundali(keys, String(kundaliKey ?? ''));
        const result = Number(
          await compareAndSetProfile.run(this.connection, [keys.profile, keys.tombstone], [String(version), value, this.ttl, ...resealed]),
        );
        if (result === 1) return true;
        if (result !== CONFLICT) return false;
        await backOff(attempt);
      }
    }, keys);
  }

  /**
   * Removes everything stored for this user, current and Python-era keys (right to be forgotten), and leaves a
   * tombstone for `forgetTombstoneSeconds`: no write in flight or started meanwhile recreates the profile. With
   * `eraseFromDisk`, returns only once Redis has rewritten its append-only file without the profile (or throws
   * {@link DiskErasureError}). True when something was deleted.
   */
  async deleteUserData(userId: string): Promise<boolean> {
    const keys = this.keysFor(userId);
    const removed = await this.operation(async () => {
      const profile = await forgetProfile.run(this.connection, [keys.profile, keys.tombstone], [this.tombstoneSeconds]);
      // One DEL per key: Python-era keys hash to other slots than the profile, and a cluster refuses cross-slot DELs.
      const legacy = await Promise.all(
        keys.legacy.flatMap((spelling) => [spelling.kundali, spelling.xray]).map((key) => this.connection.run(key, false, ['DEL', key])),
      );
      return [profile, ...legacy].some((count) => Number(count) > 0);
    }, keys);
    if (this.eraseFromDisk) await this.erase();
    return removed;
  }

  /**
   * One pass over the Python-era keys (`<prefix>:user:<id>:kundali` and `…:xray`, any spelling of the id): each
   * complete, readable pair is written in the current layout with the full TTL (unless a newer profile exists or
   * the user was forgotten) and then deleted. Resumable: pass the last reported cursor. Standalone Redis only.
   */
  async migrateLegacyProfiles(options: MaintenanceOptions = {}): Promise<MaintenanceProgress> {
    return this.maintain(`${this.prefix}:user:*:kundali`, options, async (key) => {
      const rawId = key.slice(`${this.prefix}:user:`.length, -':kundali'.length);
      let user: UserKey;
      try {
        user = UserKey.of(rawId);
      } catch {
        return 'failed';
      }
      const keys = this.keysOf(user);
      const migrated = await this.migrateLegacy(keys, [legacyKeysOf(this.prefix, rawId)]);
      return migrated === null ? 'skipped' : 'rewritten';
    });
  }

  /**
   * One pass over every stored profile, re-sealing under the newest data key whatever is plain or sealed under an
   * older one (and converting first-layout profiles). TTLs are kept. Resumable: pass the last reported cursor.
   * Standalone Redis only; needs `dataKeys`.
   */
  async reencryptProfiles(options: MaintenanceOptions = {}): Promise<MaintenanceProgress> {
    const cipher = this.cipher;
    if (!cipher) throw new UserStoreConfigError('reencryptProfiles needs dataKeys');
    return this.maintain(`${this.prefix}:{*}:profile`, options, async (key) => {
      const digest = key.slice(`${this.prefix}:{`.length, -'}:profile'.length);
      const subject: Subject = { digest, ref: digest.slice(0, 8) };
      const keys = [profileKeyOf(this.prefix, digest), tombstoneKeyOf(this.prefix, digest)];
      for (let attempt = 0; ; attempt++) {
        const fields = [PROFILE_FIELDS.version, PROFILE_FIELDS.kundali, PROFILE_FIELDS.xray];
        const [version, kundali, xray] = (await this.readFieldsOf(keys[0], fields, false)).map((v) => (v == null ? undefined : String(v)));
        if (version === undefined || kundali === undefined || xray === undefined) return 'skipped';
        if (DataCipher.keyIdOf(kundali) === cipher.newestKeyId && DataCipher.keyIdOf(xray) === cipher.newestKeyId) return 'skipped';
        const kundaliValue = this.encode(subject, 'kundali', this.decode(subject, 'kundali', kundali, true));
        const xrayValue = this.encode(subject, 'xray', this.decode(subject, 'xray', xray, true));
        const result = Number(
          await compareAndSetProfile.run(this.connection, keys, [version, xrayValue, '', kundaliValue, cipher.newestKeyId]),
        );
        if (result === 1) return 'rewritten';
        if (result !== CONFLICT) return 'skipped';
        await backOff(attempt);
      }
    });
  }

  /** Releases the connection the store created; a client passed in options is left open. */
  async close(): Promise<void> {
    return this.connection.close(this.timeoutMs);
  }

  private keysFor(userId: string): UserKeys {
    return this.keysOf(UserKey.of(userId));
  }

  private keysOf(user: UserKey): UserKeys {
    // The reference is keyed (an HMAC): computed only when something is logged, not on every load.
    const userRef = this.userRef;
    const keys = profileKeys(this.prefix, user);
    return {
      user,
      digest: user.digest,
      profile: keys.profile,
      tombstone: keys.tombstone,
      get legacy() {
        return keys.legacy;
      },
      get ref() {
        return userRef(user.id);
      },
    };
  }

  private loadPart<F extends Field>(userId: string, field: F): Promise<UserProfile[F] | null> {
    const keys = this.keysFor(userId);
    return this.operation(async () => {
      const [value] = await this.readFields(keys, [PROFILE_FIELDS[field]], true);
      if (value == null) return (await this.fallBackToLegacy(keys))?.[field] ?? null;
      return this.decode(keys, field, value);
    }, keys);
  }

  private readFields(keys: UserKeys, fields: ReadonlyArray<string>, touch: boolean): Promise<unknown[]> {
    return this.readFieldsOf(keys.profile, fields, touch);
  }

  /**
   * HMGET of some fields, with `touch` sent together with an EXPIRE that slides the TTL (one write, one round trip).
   * Not a script doing both: Redis spends 6-9 us per call in Lua against ~0.2 us per plain command, which halved the
   * loads per second when Redis shares the host's CPU. A profile still in the first layout (one string) is converted
   * on the way, once.
   */
  private async readFieldsOf(key: string, fields: ReadonlyArray<string>, touch: boolean): Promise<unknown[]> {
    const read = async () => {
      const commands = [this.connection.run(key, !touch, ['HMGET', key, ...fields])];
      if (touch) commands.push(this.connection.run(key, false, ['EXPIRE', key, this.ttl]));
      const [values] = await Promise.all(commands);
      return values as unknown[];
    };
    try {
      return await read();
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('WRONGTYPE')) throw error;
      if (Number(await convertFirstLayout.run(this.connection, [key], [])) !== 1) throw error;
      return read();
    }
  }

  private async fallBackToLegacy(keys: UserKeys): Promise<UserProfile | null> {
    return this.legacyFallback ? this.migrateLegacy(keys, keys.legacy) : null;
  }

  /** The kundali sealed under the newest key, with that key's id, when it is stored under another one; else nothing. */
  private async resealedKundali(keys: UserKeys, kundaliKey: string): Promise<string[]> {
    if (!this.cipher || kundaliKey === this.cipher.newestKeyId) return [];
    const [stored] = await this.readFields(keys, [PROFILE_FIELDS.kundali], false);
    if (stored == null) return [];
    return [this.encode(keys, 'kundali', this.decode(keys, 'kundali', stored)), this.cipher.newestKeyId];
  }

  /**
   * Reads the Python service's two JSON strings under the given spellings of the id. A complete, valid pair is
   * written in the current layout with the full TTL, and only then removed: a crash in between leaves a duplicate,
   * never a loss. A tombstone wins: the pair is removed and nothing is written.
   */
  private async migrateLegacy(keys: UserKeys, spellings: ReadonlyArray<LegacyKeys>): Promise<UserProfile | null> {
    const values = await Promise.all(
      spellings.map(async (spelling) => {
        const [kundali, xray] = await Promise.all(
          [spelling.kundali, spelling.xray].map((key) => this.connection.run(key, true, ['GET', key])),
        );
        return { spelling, kundali, xray };
      }),
    );
    const found = values.filter((v) => v.kundali != null || v.xray != null);
    if (found.length === 0) return null;
    const complete = found.find((v) => v.kundali != null && v.xray != null);
    if (!complete) {
      this.logger.warn({ user: keys.ref, missing: found[0].kundali == null ? 'kundali' : 'xray' }, 'incomplete legacy profile ignored');
      return null;
    }
    const legacy = {
      kundali: this.decode(keys, 'kundali', complete.kundali, true),
      xray: this.decode(keys, 'xray', complete.xray, true),
    };
    const kundaliValue = this.encode(keys, 'kundali', legacy.kundali);
    const stored = await migrateProfile.run(this.connection, [keys.profile, keys.tombstone], [
      kundaliValue,
      this.encode(keys, 'xray', legacy.xray),
      DataCipher.keyIdOf(kundaliValue),
      this.ttl,
    ]);
    await Promise.all(
      [complete.spelling.kundali, complete.spelling.xray].map((key) => this.connection.run(key, false, ['DEL', key])),
    );
    if (!Array.isArray(stored)) return null;
    const [kundali, xray] = stored as unknown[];
    return { kundali: this.decode(keys, 'kundali', kundali), xray: this.decode(keys, 'xray', xray) };
  }

  /** SCANs keys matching `pattern` from a cursor, handling each; reports progress after every batch. */
  private async maintain(
    pattern: string,
    options: MaintenanceOptions,
    handle: (key: string) => Promise<'rewritten' | 'skipped' | 'failed'>,
  ): Promise<MaintenanceProgress> {
    if (this.connection.isCluster) throw new UserStoreConfigError('maintenance passes need a standalone Redis');
    await this.operation(() => this.connection.ready());
    let progress: MaintenanceProgress = { cursor: options.cursor ?? '0', scanned: 0, rewritten: 0, failed: 0 };
    for await (const batch of scanKeys(this.connection, pattern, progress.cursor, options.batchSize ?? 200)) {
      let { rewritten, failed } = progress;
      for (const key of batch.keys) {
        try {
          const outcome = await this.bounded(() => handle(key));
          if (outcome === 'rewritten') rewritten++;
          if (outcome === 'failed') failed++;
        } catch (error) {
          if (!(error instanceof CorruptProfileError || error instanceof InvalidProfileError || error instanceof ValueTooLargeError)) {
            throw error;
          }
          failed++;
        }
      }
      progress = { cursor: batch.cursor, scanned: progress.scanned + batch.keys.length, rewritten, failed };
      await options.onProgress?.(progress);
    }
    return progress;
  }

  private async erase(): Promise<void> {
    const erased = eraseFromAppendOnlyFile(this.connection);
    await withDeadline(
      erased,
      this.erasureTimeoutMs,
      () => new DiskErasureError(`redis did not finish rewriting its append-only file within ${this.erasureTimeoutMs} ms`),
      (error) => (error instanceof UserStoreError ? error : new DiskErasureError('redis could not rewrite its append-only file', { cause: error })),
    );
  }

  private decode<F extends Field>(subject: Subject, field: F, value: unknown, plaintextAllowed = this.allowPlaintext): UserProfile[F] {
    let text = String(value);
    if (text.length > this.maxStoredLength()) throw this.corrupt(subject, 'too-large', field);
    if (DataCipher.isSealed(text)) {
      if (this.cipher === undefined) throw this.corrupt(subject, 'undecryptable', field);
      try {
        text = this.cipher.open(text, this.associatedData(subject, field));
      } catch (error) {
        if (error instanceof UndecryptableError) throw this.corrupt(subject, 'undecryptable', field);
        throw error;
      }
    } else if (this.cipher && !plaintextAllowed) {
      this.logger.warn({ user: subject.ref, field }, 'plain stored value refused: data keys are configured');
      throw new PlaintextRefusedError(subject.ref);
    }
    // A UTF-16 unit is at most 3 bytes of UTF-8: only a value that could be too large is measured.
    if (text.length * 3 > this.maxValueBytes && Buffer.byteLength(text, 'utf8') > this.maxValueBytes) {
      throw this.corrupt(subject, 'too-large', field);
    }
    let parsed: z.ZodSafeParseResult<UserProfile[F]>;
    try {
      parsed = (this.parsers[field] as (json: string) => z.ZodSafeParseResult<UserProfile[F]>)(text);
    } catch {
      throw this.corrupt(subject, 'invalid-json', field);
    }
    if (!parsed.success) throw this.corrupt(subject, 'invalid-schema', field);
    return parsed.data;
  }

  private encode(subject: Subject, field: Field, value: unknown): string {
    const parsed = SCHEMAS[field].safeParse(value);
    if (!parsed.success) {
      throw new InvalidProfileError(
        field,
        parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
      );
    }
    const json = JSON.stringify(parsed.data);
    if (Buffer.byteLength(json, 'utf8') > this.maxValueBytes) throw new ValueTooLargeError(field, this.maxValueBytes);
    return this.cipher ? this.cipher.seal(json, this.associatedData(subject, field)) : json;
  }

  /** The longest stored string a value within `maxValueBytes` can become once sealed (base64url plus the header). */
  private maxStoredLength(): number {
    return Math.ceil(((this.maxValueBytes + 28) * 4) / 3) + 64;
  }

  private associatedData(subject: Subject, field: Field): string {
    return `${subject.digest}:${field}`;
  }

  private corrupt(subject: Subject, reason: CorruptionReason, field?: Field): CorruptProfileError {
    this.logger.warn({ user: subject.ref, field, reason }, 'unreadable stored profile left untouched');
    return new CorruptProfileError(reason, subject.ref);
  }

  /**
   * Bounds an operation by `timeoutMs` (connecting included) and turns driver failures into typed errors. Work that
   * outlives its deadline finishes in the background; every write it could still make is safe on its own.
   */
  private operation<T>(work: () => Promise<T>, subject?: Subject): Promise<T> {
    // Once connected (the steady state) the work starts at once, without waiting a turn for ready().
    const started = this.connection.isReady ? work() : this.connection.ready().then(work);
    return this.bounded(() => started, subject);
  }

  private bounded<T>(work: () => Promise<T>, subject?: Subject): Promise<T> {
    return withDeadline(
      work(),
      this.timeoutMs,
      () => new UserStoreUnavailableError(`redis did not answer within ${this.timeoutMs} ms`),
      (error) => this.translate(error, subject),
    );
  }

  private translate(error: unknown, subject: Subject | undefined): Error {
    if (error instanceof UserStoreError) return error;
    const message = error instanceof Error ? error.message : String(error);
    if (subject && message.startsWith('WRONGTYPE')) return this.corrupt(subject, 'wrong-type');
    if (subject && message.startsWith(BAD_LAYOUT)) return this.corrupt(subject, 'invalid-layout');
    return new UserStoreUnavailableError(`redis unavailable: ${message}`, { cause: error });
  }
}

/** Jittered exponential pause before a compare-and-set is tried again, so racing writers spread out. */
function backOff(attempt: number): Promise<void> {
  const ms = Math.random() * Math.min(2 ** attempt, 64);
  return new Promise((resolve) => setTimeout(resolve, ms));
}
