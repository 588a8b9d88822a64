export { type EmbeddedRedis, findEmbeddedRedis, startEmbeddedRedis, STATE_FILE } from './embedded-redis.js';
export { type StoreRedis, storeRedis } from './store-redis.js';
