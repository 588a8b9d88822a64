export { type EmbeddedRedis, startEmbeddedRedis } from './embedded-redis.js';
