import { LuaScript } from './lua-script.js';

/** Read both fields and slide the TTL in one atomic round trip. */
export const loadProfile = new LuaScript(`
local fields = redis.call('HMGET', KEYS[1], 'kundali', 'xray')
if fields[1] or fields[2] then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return fields`);

/** Write the whole profile and its TTL atomically. */
export const saveProfile = new LuaScript(`
redis.call('HSET', KEYS[1], 'kundali', ARGV[1], 'xray', ARGV[2])
redis.call('EXPIRE', KEYS[1], ARGV[3])
return 1`);

/** Replace the X-Ray only while a kundali is stored: a deleted or expired profile is never resurrected half-empty. */
export const updateXRay = new LuaScript(`
if redis.call('HEXISTS', KEYS[1], 'kundali') == 0 then return 0 end
redis.call('HSET', KEYS[1], 'xray', ARGV[1])
redis.call('EXPIRE', KEYS[1], ARGV[2])
return 1`);

/**
 * Store a migrated Python-era profile unless a newer writer got there first, give it the full TTL, and return what is
 * stored now so the caller reports the winner.
 */
export const migrateProfile = new LuaScript(`
if redis.call('EXISTS', KEYS[1]) == 0 then
  redis.call('HSET', KEYS[1], 'kundali', ARGV[1], 'xray', ARGV[2])
end
redis.call('EXPIRE', KEYS[1], ARGV[3])
return redis.call('HMGET', KEYS[1], 'kundali', 'xray')`);
