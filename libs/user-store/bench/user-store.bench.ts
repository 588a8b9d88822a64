import { randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createClient } from 'redis';
import { startRedis } from '../testing/local-redis.js';
import { realisticProfile } from '../testing/sample-profiles.js';
import { UserStore } from '../src/index.js';

const CONCURRENCY = 50;
const USERS = 1000;
const ROUNDS = 3;
const ROUND_MS = Number(process.env['BENCH_ROUND_MS'] ?? 1500);

/** Latencies and time spent in one case, accumulated over interleaved rounds. */
class Case {
  readonly latencies: number[] = [];
  seconds = 0;
  cpuMicros = 0;

  constructor(
    readonly name: string,
    readonly op: (i: number) => Promise<unknown>,
  ) {}

  /** One round: CONCURRENCY workers call `op` back to back for `ms`, after a short warm-up. */
  async round(ms: number): Promise<void> {
    let n = 0;
    const warmUntil = performance.now() + 200;
    await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < warmUntil) await this.op(n++);
    }));
    const cpu = process.cpuUsage();
    const start = performance.now();
    const end = start + ms;
    await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        await this.op(n++);
        this.latencies.push(performance.now() - t);
      }
    }));
    this.seconds += (performance.now() - start) / 1000;
    const used = process.cpuUsage(cpu);
    this.cpuMicros += used.user + used.system;
  }

  get perSecond(): number {
    return this.latencies.length / this.seconds;
  }

  row(): string {
    const sorted = [...this.latencies].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    return [
      this.name.padEnd(48),
      `${this.perSecond.toFixed(0).padStart(7)} ops/s`,
      `p50 ${at(0.5).toFixed(2).padStart(6)} ms`,
      `p99 ${at(0.99).toFixed(2).padStart(6)} ms`,
      `node CPU ${(this.cpuMicros / sorted.length).toFixed(0).padStart(4)} us/op`,
      `(${sorted.length} ops)`,
    ].join('  ');
  }
}

/** The options the store gives its own connection, so the baseline GET pays what a store command pays. */
const STORE_CLIENT_OPTIONS = { disableOfflineQueue: true, commandOptions: { timeout: 0 } } as const;

/** What the bench needs of a node-redis client. */
interface BenchClient {
  sendCommand(args: string[]): Promise<unknown>;
}

interface Data {
  readonly users: ReadonlyArray<string>;
  readonly plainKeys: ReadonlyArray<string>;
  readonly profileKeys: ReadonlyArray<string>;
}

/**
 * One configuration: loads through `store` against a plain GET of a same-sized value through `client`, interleaved,
 * with the parts of a load (its commands alone, then with JSON.parse), a Lua script doing the same read and TTL slide
 * in one command, and the encrypted load beside them.
 */
async function suite(title: string, client: BenchClient, store: UserStore, encrypted: UserStore, data: Data): Promise<void> {
  const { users, plainKeys, profileKeys } = data;
  const get = new Case('plain GET of a same-sized value', (i) => client.sendCommand(['GET', plainKeys[i % USERS]]));
  const load = new Case('loadUserData (HMGET + EXPIRE, JSON, validation)', async (i) => {
    if ((await store.loadUserData(users[i % USERS])) === null) throw new Error('profile missing');
  });
  const loadXRay = new Case('loadXRay (the X-Ray field only)', async (i) => {
    if ((await store.loadXRay(users[i % USERS])) === null) throw new Error('profile missing');
  });
  const loadEncrypted = new Case('loadUserData, AES-256-GCM at rest', async (i) => {
    if ((await encrypted.loadUserData(users[i % USERS])) === null) throw new Error('profile missing');
  });
  const script = "local v = redis.call('HMGET', KEYS[1], unpack(ARGV, 2)) redis.call('EXPIRE', KEYS[1], ARGV[1]) return v";
  const sha = String(await client.sendCommand(['SCRIPT', 'LOAD', script]));
  const read = (i: number) => client.sendCommand(['EVALSHA', sha, '1', profileKeys[i % USERS], '7776000', 'kundali', 'xray']);
  const pair = (i: number) =>
    Promise.all([
      client.sendCommand(['HMGET', profileKeys[i % USERS], 'kundali', 'xray']),
      client.sendCommand(['EXPIRE', profileKeys[i % USERS], '7776000']),
    ]);
  const pairOnly = new Case('  of which: HMGET + EXPIRE alone (one round trip)', pair);
  const pairJson = new Case('  of which: HMGET + EXPIRE + JSON.parse', async (i) => {
    const [[kundali, xray]] = (await pair(i)) as [[string, string], unknown];
    JSON.parse(kundali);
    JSON.parse(xray);
  });
  const scriptOnly = new Case('  instead: one Lua script doing both, alone', read);
  // Interleaving the cases spreads the noise of a shared machine evenly over them.
  const interleaved = [get, load, loadXRay, loadEncrypted, pairOnly, pairJson, scriptOnly];
  const perRound: Array<{ load: number; xray: number }> = [];
  for (let r = 0; r < ROUNDS; r++) {
    const before = interleaved.map((c) => [c.latencies.length, c.seconds] as const);
    for (const c of interleaved) await c.round(ROUND_MS);
    const rate = (index: number) =>
      (interleaved[index].latencies.length - before[index][0]) / (interleaved[index].seconds - before[index][1]);
    perRound.push({ load: rate(1) / rate(0), xray: rate(2) / rate(0) });
  }
  console.log(`\n${title}`);
  for (const c of [get, load, pairOnly, pairJson, scriptOnly, loadXRay, loadEncrypted]) console.log(c.row());
  const percent = (ratio: number) => `${(ratio * 100).toFixed(0)}%`;
  const rounds = (pick: (r: { load: number; xray: number }) => number) => perRound.map((r) => percent(pick(r))).join(' ');
  const of = (c: Case) => percent(c.perSecond / get.perSecond);
  console.log(`load / plain GET throughput: ${of(load)} (rounds: ${rounds((r) => r.load)}; target >= 50%)`);
  console.log(`X-Ray-only load / plain GET throughput: ${of(loadXRay)} (rounds: ${rounds((r) => r.xray)}; target >= 85%)`);
  console.log(`encrypted load / plain GET: ${of(loadEncrypted)}; HMGET + EXPIRE + JSON.parse alone / plain GET: ${of(pairJson)}`);
  // Where Node's CPU is the limit, throughput ratios tend to these; they move less with other work on the machine.
  const cpu = (c: Case) => percent(get.cpuMicros / get.latencies.length / (c.cpuMicros / c.latencies.length));
  console.log(`Node CPU per GET / per op: load ${cpu(load)}, X-Ray load ${cpu(loadXRay)}, HMGET + EXPIRE + JSON.parse ${cpu(pairJson)}`);
}

async function main(): Promise<void> {
  const { server, url } = await startRedis();
  const dataKey = randomBytes(32).toString('base64');
  const shared = createClient({ url });
  const own = createClient({ url, ...STORE_CLIENT_OPTIONS });
  for (const client of [shared, own]) client.on('error', (error) => console.error('redis error', error.message));
  await Promise.all([shared.connect(), own.connect()]);
  const stores = {
    shared: new UserStore({ client: shared }),
    sharedEncrypted: new UserStore({ client: shared, dataKeys: [dataKey], keyPrefix: 'amigo-enc' }),
    own: new UserStore({ url }),
    ownEncrypted: new UserStore({ url, dataKeys: [dataKey], keyPrefix: 'amigo-enc' }),
  };
  try {
    const users = Array.from({ length: USERS }, () => randomUUID());
    const profile = realisticProfile();
    for (const user of users) {
      await stores.own.saveUserData(user, profile.kundali, profile.xray);
      await stores.ownEncrypted.saveUserData(user, profile.kundali, profile.xray);
      await own.set(`amigo:user:${user}:kundali`, JSON.stringify(profile.kundali));
      await own.set(`amigo:user:${user}:xray`, JSON.stringify(profile.xray));
    }
    const size = JSON.stringify(profile.kundali).length + JSON.stringify(profile.xray).length;
    const plainValue = 'x'.repeat(size);
    const plainKeys = users.map((_, i) => `bench:plain:${i}`);
    for (const key of plainKeys) await own.set(key, plainValue);
    const data = { users, plainKeys, profileKeys: await own.keys('amigo:{*}:profile') };

    console.log(
      `user-store bench: ${USERS} users, profile ${size} bytes of JSON, concurrency ${CONCURRENCY}, ` +
        `${ROUNDS} interleaved rounds of ${ROUND_MS} ms per case`,
    );
    await suite(
      'A. one client with node-redis defaults (a 5 s timer per command), shared by the store and the GET',
      shared,
      stores.shared,
      stores.sharedEncrypted,
      data,
    );
    await suite(
      "B. the store on its own connection; the GET on a client with the same options (no per-command timer)",
      own,
      stores.own,
      stores.ownEncrypted,
      data,
    );
    const perCall = new Case('Python pattern: connect, 2x GET, JSON, close', async (i) => {
      const once = createClient({ url });
      once.on('error', () => undefined);
      await once.connect();
      const user = users[i % USERS];
      const [k, x] = await Promise.all([once.get(`amigo:user:${user}:kundali`), once.get(`amigo:user:${user}:xray`)]);
      JSON.parse(k as string);
      JSON.parse(x as string);
      await once.close();
    });
    await perCall.round(ROUND_MS);
    console.log(`\n${perCall.row()}`);
    await updateCost(url, own);
  } finally {
    for (const store of Object.values(stores)) await store.close();
    await shared.close();
    await own.close();
    await server.stop();
  }
}

/**
 * What one X-Ray update costs Redis next to a kundali of ~8 MB and next to the ~3 KB one, one update at a time:
 * the hash layout writes the X-Ray field alone, so the two should cost the same. Redis's own per-call time of the
 * update script (INFO commandstats) is printed beside the client's latency.
 */
async function updateCost(url: string, client: BenchClient): Promise<void> {
  const store = new UserStore({ url, maxValueBytes: 16 * 1024 * 1024, keyPrefix: 'amigo-big' });
  try {
    const { kundali, xray } = realisticProfile();
    const small = randomUUID();
    const large = randomUUID();
    await store.saveUserData(small, kundali, xray);
    await store.saveUserData(large, { ...kundali, ascendant_report: 'x'.repeat(8 * 1024 * 1024) }, xray);
    const UPDATES = 200;
    const measure = async (user: string) => {
      await client.sendCommand(['CONFIG', 'RESETSTAT']);
      const start = performance.now();
      for (let i = 0; i < UPDATES; i++) await store.updateXRay(user, { ...xray, focus_topic: `topic ${i}` });
      const ms = (performance.now() - start) / UPDATES;
      const stats = String(await client.sendCommand(['INFO', 'commandstats']));
      const usec = /cmdstat_evalsha:calls=\d+,usec=\d+,usec_per_call=([\d.]+)/.exec(stats)?.[1] ?? '?';
      return { ms, usec };
    };
    for (const user of [small, large]) await measure(user);
    const a = await measure(small);
    const b = await measure(large);
    console.log(
      `updateXRay, one at a time: next to a ~3 KB kundali ${a.ms.toFixed(3)} ms (Redis ${a.usec} us per script call), ` +
        `next to an 8 MB kundali ${b.ms.toFixed(3)} ms (Redis ${b.usec} us); ratio ${(b.ms / a.ms).toFixed(2)}x`,
    );
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
