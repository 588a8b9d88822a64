import { LuaScript } from './lua-script.js';

/** The error a script raises when the stored value does not have the stored-profile layout. */
export const BAD_LAYOUT = 'BADLAYOUT';

/**
 * Replace the X-Ray part only while a profile is stored, and slide the TTL: a deleted or expired profile is never
 * resurrected without its kundali, and the kundali part is copied byte for byte (sealed or not).
 */
export const updateXRay = new LuaScript(`
local v = redis.call('GET', KEYS[1])
if not v then return 0 end
local first = string.find(v, '\\n', 1, true)
local second = first and string.find(v, '\\n', first + 1, true)
if first ~= 3 or string.sub(v, 1, 2) ~= 'p1' or not second then
  return redis.error_reply('${BAD_LAYOUT} stored profile has an unknown layout')
end
redis.call('SET', KEYS[1], string.sub(v, 1, second) .. ARGV[1], 'EX', ARGV[2])
return 1`);

/**
 * Store a migrated Python-era profile unless a newer writer got there first, give it the full TTL, and return what
 * is stored now so the caller reports the winner.
 */
export const migrateProfile = new LuaScript(`
redis.call('SET', KEYS[1], ARGV[1], 'NX')
return redis.call('GETEX', KEYS[1], 'EX', ARGV[2])`);
