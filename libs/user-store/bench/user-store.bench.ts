import { randomBytes, randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createClient } from 'redis';
import { startRedis } from '../testing/local-redis.js';
import { realisticProfile } from '../testing/sample-profiles.js';
import { Kundali, PersonalityXRay } from '@amigo/contracts';
import { type NodeRedisClient, UserStore } from '../src/index.js';

const CONCURRENCY = 50;
const USERS = 1000;
// Many short interleaved rounds: on a shared machine only cases measured side by side compare.
const ROUNDS = 8;
const ROUND_MS = Number(process.env['BENCH_ROUND_MS'] ?? 500);

/** Latencies and time spent in one case, accumulated over interleaved rounds. */
class Case {
  readonly latencies: number[] = [];
  /** Operations per second of each round, for ratios against the baseline's round next to it. */
  readonly rounds: number[] = [];
  /** Node CPU microseconds per operation of each round. */
  readonly cpuRounds: number[] = [];
  seconds = 0;
  cpuMicros = 0;

  constructor(
    readonly name: string,
    readonly op: (i: number) => Promise<unknown>,
  ) {}

  /** One round: CONCURRENCY workers call `op` back to back for `ms`, after a short warm-up. */
  async round(ms: number): Promise<void> {
    let n = 0;
    const warmUntil = performance.now() + 100;
    await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < warmUntil) await this.op(n++);
    }));
    const before = this.latencies.length;
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
    const seconds = (performance.now() - start) / 1000;
    this.rounds.push((this.latencies.length - before) / seconds);
    this.seconds += seconds;
    const used = process.cpuUsage(cpu);
    this.cpuMicros += used.user + used.system;
    this.cpuRounds.push((used.user + used.system) / (this.latencies.length - before));
  }

  get perSecond(): number {
    return this.latencies.length / this.seconds;
  }

  row(): string {
    const sorted = [...this.latencies].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    return [
      this.name.padEnd(72),
      `${this.perSecond.toFixed(0).padStart(7)} ops/s`,
      `p50 ${at(0.5).toFixed(2).padStart(6)} ms`,
      `p99 ${at(0.99).toFixed(2).padStart(6)} ms`,
      `node CPU ${(this.cpuMicros / sorted.length).toFixed(0).padStart(4)} us/op`,
      `(${sorted.length} ops)`,
    ].join('  ');
  }
}

/** The comparison for one client configuration: the plain GET and the two loads through the same client. */
function comparison(label: string, client: RedisClient, users: string[], plainKeys: string[]) {
  const store = new UserStore({ client, dataKeys: [] });
  return {
    label,
    store,
    get: new Case(`plain GET of a same-sized value, ${label}`, (i) => client.get(plainKeys[i % USERS])),
    load: new Case(`loadUserData (GETEX + JSON + compiled zod check), ${label}`, async (i) => {
      if ((await store.loadUserData(users[i % USERS])) === null) throw new Error('profile missing');
    }),
    loadXRay: new Case(`loadXRay (GETEX + the X-Ray part only), ${label}`, async (i) => {
      if ((await store.loadXRay(users[i % USERS])) === null) throw new Error('profile missing');
    }),
  };
}

/** What a comparison needs of a client: what the store takes, and GET. */
type RedisClient = NodeRedisClient & { get(key: string): Promise<unknown> };

const span = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return `${sorted[0].toFixed(2)}-${sorted[sorted.length - 1].toFixed(2)}x`;
};

/** A case against the GET measured in the rounds next to it: throughput and the process's CPU per operation. */
function vsGet(get: Case, c: Case, target?: number): void {
  const ratios = c.rounds.map((ops, r) => ops / (get.rounds[r] as number));
  const all = c.perSecond / get.perSecond;
  const verdict =
    target === undefined
      ? ''
      : `  target >= ${target}x: ${Math.min(...ratios) >= target ? 'met in every round' : all >= target ? 'met overall, not in every round' : 'NOT met'}`;
  console.log(`${c.name} / its plain GET:`);
  console.log(`  throughput ${all.toFixed(2)}x over all rounds, per round ${span(ratios)}${verdict}`);
  // CPU per operation is what the work costs when other processes compete for the cores.
  const cpu = c.cpuRounds.map((us, r) => (get.cpuRounds[r] as number) / us);
  const overall = get.cpuMicros / get.latencies.length / (c.cpuMicros / c.latencies.length);
  console.log(`  node CPU per op, as a speed ratio: ${overall.toFixed(2)}x, per round ${span(cpu)}`);
}

async function main(): Promise<void> {
  const { server, url } = await startRedis();
  // Two client configurations, each compared with a GET through itself: node-redis's defaults arm a 5 s timer per
  // command (tens of µs of CPU and garbage that lives 5 s), which the store's own connection switches off. The
  // defaults make every command dearer, and so a load's decoding a smaller share of it.
  const defaults = createClient({ url });
  const owned = createClient({ url, disableOfflineQueue: true, commandOptions: { timeout: 0 } });
  for (const client of [defaults, owned]) {
    client.on('error', (error) => console.error('redis error', error.message));
    await client.connect();
  }
  const client = owned;
  try {
    const users = Array.from({ length: USERS }, () => randomUUID());
    const profile = realisticProfile();
    const plainKeys = users.map((_, i) => `bench:plain:${i}`);
    const withDefaults = comparison('node-redis default options', defaults, users, plainKeys);
    const withStore = comparison("the store's connection options", owned, users, plainKeys);
    const store = withStore.store;
    const encrypted = new UserStore({ client, dataKeys: [randomBytes(32).toString('base64')], keyPrefix: 'amigo-enc' });
    for (const user of users) {
      await store.saveUserData(user, profile.kundali, profile.xray);
      await encrypted.saveUserData(user, profile.kundali, profile.xray);
      await client.set(`amigo:user:${user}:kundali`, JSON.stringify(profile.kundali));
      await client.set(`amigo:user:${user}:xray`, JSON.stringify(profile.xray));
    }
    const size = JSON.stringify(profile.kundali).length + JSON.stringify(profile.xray).length;
    const plainValue = 'x'.repeat(size);
    for (const key of plainKeys) await client.set(key, plainValue);

    console.log(
      `user-store bench: ${USERS} users, profile ${size} bytes of JSON, concurrency ${CONCURRENCY}, ` +
        `${ROUNDS} interleaved rounds of ${ROUND_MS} ms per case; baseline: a plain GET of a same-sized value through ` +
        `the same client, for each of two client configurations; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`,
    );
    const loadEncrypted = new Case("loadUserData, AES-256-GCM at rest, the store's connection options", async (i) => {
      if ((await encrypted.loadUserData(users[i % USERS])) === null) throw new Error('profile missing');
    });
    // Where a load's time goes: the same one-round-trip command without decoding, with JSON.parse, with zod.
    const profileKeys = await client.keys('amigo:{*}:profile');
    const getex = new Case('  of which: GETEX of the stored profile alone', (i) =>
      client.sendCommand(['GETEX', profileKeys[i % USERS], 'EX', '7776000']),
    );
    const getexJson = new Case('  of which: GETEX + JSON.parse (no check)', async (i) => {
      const stored = (await client.sendCommand(['GETEX', profileKeys[i % USERS], 'EX', '7776000'])) as string;
      const [, kundali, xray] = stored.split('\n');
      JSON.parse(kundali);
      JSON.parse(xray);
    });
    const getexZod = new Case('  of which: GETEX + JSON.parse + zod safeParse (before)', async (i) => {
      const stored = (await client.sendCommand(['GETEX', profileKeys[i % USERS], 'EX', '7776000'])) as string;
      const [, kundali, xray] = stored.split('\n');
      Kundali.safeParse(JSON.parse(kundali));
      PersonalityXRay.safeParse(JSON.parse(xray));
    });
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
    const cases = [
      ...[withDefaults, withStore].flatMap((c) => [c.get, c.load, c.loadXRay]),
      loadEncrypted,
      getex,
      getexJson,
      getexZod,
    ];
    // Interleaving the cases spreads the noise of a shared machine evenly over them.
    for (let r = 0; r < ROUNDS; r++) {
      for (const c of cases) await c.round(ROUND_MS);
    }
    await perCall.round(ROUND_MS);

    for (const c of [...cases, perCall]) console.log(c.row());
    for (const c of [withDefaults, withStore]) {
      vsGet(c.get, c.load, 0.5);
      vsGet(c.get, c.loadXRay, 0.85);
    }
    vsGet(withStore.get, loadEncrypted);
    console.log(`load / per-call connect+close throughput: ${(withStore.load.perSecond / perCall.perSecond).toFixed(1)}x`);
    await encrypted.close();
  } finally {
    await defaults.close();
    await owned.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
