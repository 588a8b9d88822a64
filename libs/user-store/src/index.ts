export { UserStore } from './store/user-store.js';
export type { UserStoreOptions } from './store/user-store-options.js';
export type { NodeRedisClient, NodeRedisCluster } from './redis/redis-connection.js';
export {
  CorruptProfileError,
  InvalidProfileError,
  UserStoreConfigError,
  UserStoreError,
  type UserStoreErrorCode,
  UserStoreUnavailableError,
} from './errors/user-store-error.js';
export type { CorruptionReason } from './errors/user-store-error.js';
