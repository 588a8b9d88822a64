import { LuaScript } from './lua-script.js';

/** The error a script raises when the stored value does not have a known profile layout. */
export const BAD_LAYOUT = 'BADLAYOUT';

/** What the write scripts return instead of writing when the user was forgotten moments ago. */
export const FORGOTTEN = -1;
/** What the compare-and-set scripts return when the profile changed since it was read. */
export const CONFLICT = -2;

/*
 * Every script takes KEYS[1] = the profile hash and KEYS[2] = the user's tombstone (same hash tag, same slot). A write
 * checks the tombstone in the same atomic step as it writes, so no write in flight when the user is forgotten, nor
 * one started while the tombstone lives, can bring the profile back.
 */

/** Store (or replace) the whole profile, bump its version, restart the TTL. */
export const saveProfile = new LuaScript(`
if redis.call('EXISTS', KEYS[2]) == 1 then return ${FORGOTTEN} end
if redis.call('TYPE', KEYS[1])['ok'] ~= 'hash' then redis.call('DEL', KEYS[1]) end
local version = redis.call('HINCRBY', KEYS[1], 'version', 1)
redis.call('HSET', KEYS[1], 'kundali', ARGV[1], 'xray', ARGV[2], 'kundaliKey', ARGV[3])
redis.call('EXPIRE', KEYS[1], ARGV[4])
return version`);

/**
 * Replace the X-Ray (and, when a fifth argument comes, the re-sealed kundali) only if the profile still has the
 * version the caller read: an update computed from a stale X-Ray is refused, never applied. ARGV: version, xray,
 * ttl ('' keeps the TTL), kundali?, kundaliKey?.
 */
export const compareAndSetProfile = new LuaScript(`
if redis.call('EXISTS', KEYS[2]) == 1 then return ${FORGOTTEN} end
local version = redis.call('HGET', KEYS[1], 'version')
if not version then return 0 end
if version ~= ARGV[1] then return ${CONFLICT} end
redis.call('HSET', KEYS[1], 'version', tonumber(version) + 1, 'xray', ARGV[2])
if ARGV[4] then redis.call('HSET', KEYS[1], 'kundali', ARGV[4], 'kundaliKey', ARGV[5]) end
if ARGV[3] ~= '' then redis.call('EXPIRE', KEYS[1], ARGV[3]) end
return 1`);

/**
 * Store a migrated Python-era profile unless a newer writer got there first or the user was forgotten, give it the
 * full TTL, and return what is stored now ({kundali, xray}) so the caller reports the winner.
 */
export const migrateProfile = new LuaScript(`
if redis.call('EXISTS', KEYS[2]) == 1 then return ${FORGOTTEN} end
if redis.call('EXISTS', KEYS[1]) == 0 then
  redis.call('HSET', KEYS[1], 'version', 1, 'kundali', ARGV[1], 'xray', ARGV[2], 'kundaliKey', ARGV[3])
end
redis.call('EXPIRE', KEYS[1], ARGV[4])
return redis.call('HMGET', KEYS[1], 'kundali', 'xray')`);

/** Delete the profile and leave a tombstone for ARGV[1] seconds, in one step. */
export const forgetProfile = new LuaScript(`
redis.call('SET', KEYS[2], '1', 'EX', ARGV[1])
return redis.call('DEL', KEYS[1])`);

/**
 * Turn a profile of the first layout (one string \`p1\\n<kundali>\\n<xray>\`) into the hash, keeping its TTL. Returns
 * 1 when converted, 0 when the key holds no string.
 */
export const convertFirstLayout = new LuaScript(`
if redis.call('TYPE', KEYS[1])['ok'] ~= 'string' then return 0 end
local v = redis.call('GET', KEYS[1])
local first = string.find(v, '\\n', 1, true)
local second = first and string.find(v, '\\n', first + 1, true)
if first ~= 3 or string.sub(v, 1, 2) ~= 'p1' or not second or string.find(v, '\\n', second + 1, true) then
  return redis.error_reply('${BAD_LAYOUT} stored profile has an unknown layout')
end
local kundali = string.sub(v, first + 1, second - 1)
local ttl = redis.call('PTTL', KEYS[1])
redis.call('DEL', KEYS[1])
redis.call('HSET', KEYS[1], 'version', 1, 'kundali', kundali, 'xray', string.sub(v, second + 1),
  'kundaliKey', string.match(kundali, '^enc:v1:([^:]+):') or '')
if ttl > 0 then redis.call('PEXPIRE', KEYS[1], ttl) end
return 1`);
