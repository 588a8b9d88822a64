export { UserStore, type XRayUpdate } from './store/user-store.js';
export type { MaintenanceOptions, MaintenanceProgress, UserStoreOptions } from './store/user-store-options.js';
export type { NodeRedisClient, NodeRedisCluster } from './redis/redis-connection.js';
export {
  CorruptProfileError,
  DiskErasureError,
  InvalidProfileError,
  PlaintextRefusedError,
  UserForgottenError,
  UserStoreConfigError,
  UserStoreError,
  type UserStoreErrorCode,
  UserStoreUnavailableError,
  ValueTooLargeError,
} from './errors/user-store-error.js';
export type { CorruptionReason } from './errors/user-store-error.js';
