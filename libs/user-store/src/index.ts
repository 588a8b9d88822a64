export { UserStore } from './store/user-store.js';
export type { UserStoreOptions } from './store/user-store-options.js';
export { UserProfile } from './profile/user-profile.js';
export type { KundaliInput, PersonalityXRayInput } from './profile/user-profile.js';
export type { UserStoreLogger } from './logging/user-store-logger.js';
export type { NodeRedisClient, NodeRedisCluster } from './redis/redis-connection.js';
export {
  CorruptProfileError,
  InvalidProfileError,
  InvalidUserIdError,
  UserStoreConfigError,
  UserStoreError,
  UserStoreUnavailableError,
} from './errors/user-store-error.js';
export type { CorruptionReason } from './errors/user-store-error.js';
