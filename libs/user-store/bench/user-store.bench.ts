import { randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createClient } from 'redis';
import { startRedis } from '../testing/local-redis.js';
import { realisticProfile } from '../testing/sample-profiles.js';
import { Kundali, PersonalityXRay } from '@amigo/contracts';
import { UserStore } from '../src/index.js';

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
      this.name.padEnd(48),
      `${this.perSecond.toFixed(0).padStart(7)} ops/s`,
      `p50 ${at(0.5).toFixed(2).padStart(6)} ms`,
      `p99 ${at(0.99).toFixed(2).padStart(6)} ms`,
      `node CPU ${(this.cpuMicros / sorted.length).toFixed(0).padStart(4)} us/op`,
      `(${sorted.length} ops)`,
    ].join('  ');
  }
}

async function main(): Promise<void> {
  const { server, url } = await startRedis();
  // The options the store gives the connection it owns: without node-redis's per-command 5 s timer, whose garbage
  // (kept 5 s, so promoted) made one case's major GCs land in the next case's rounds.
  const client = createClient({ url, disableOfflineQueue: true, commandOptions: { timeout: 0 } });
  client.on('error', (error) => console.error('redis error', error.message));
  await client.connect();
  try {
    const users = Array.from({ length: USERS }, () => randomUUID());
    const profile = realisticProfile();
    const store = new UserStore({ client, dataKeys: [] });
    const encrypted = new UserStore({ client, dataKeys: [randomBytes(32).toString('base64')], keyPrefix: 'amigo-enc' });
    for (const user of users) {
      await store.saveUserData(user, profile.kundali, profile.xray);
      await encrypted.saveUserData(user, profile.kundali, profile.xray);
      await client.set(`amigo:user:${user}:kundali`, JSON.stringify(profile.kundali));
      await client.set(`amigo:user:${user}:xray`, JSON.stringify(profile.xray));
    }
    const size = JSON.stringify(profile.kundali).length + JSON.stringify(profile.xray).length;
    const plainValue = 'x'.repeat(size);
    const plainKeys = users.map((_, i) => `bench:plain:${i}`);
    for (const key of plainKeys) await client.set(key, plainValue);

    console.log(
      `user-store bench: ${USERS} users, profile ${size} bytes of JSON, concurrency ${CONCURRENCY}, ` +
        `${ROUNDS} interleaved rounds of ${ROUND_MS} ms per case; baseline: plain GET of a same-sized value, same client, the store's connection options`,
    );
    const get = new Case('plain GET of a same-sized value (same client)', (i) => client.get(plainKeys[i % USERS]));
    const load = new Case('loadUserData (GETEX + JSON + compiled zod check)', async (i) => {
      if ((await store.loadUserData(users[i % USERS])) === null) throw new Error('profile missing');
    });
    const loadXRay = new Case('loadXRay (GETEX + the X-Ray part only)', async (i) => {
      if ((await store.loadXRay(users[i % USERS])) === null) throw new Error('profile missing');
    });
    const loadEncrypted = new Case('loadUserData, AES-256-GCM at rest', async (i) => {
      if ((await encrypted.loadUserData(users[i % USERS])) === null) throw new Error('profile missing');
    });
    // Where a load's time goes: the same one-round-trip command without decoding, then with JSON.parse only.
    const profileKeys = await client.keys('amigo:{*}:profile');
    const getex = new Case('  of which: GETEX of the stored profile alone', (i) =>
      client.sendCommand(['GETEX', profileKeys[i % USERS], 'EX', '7776000']),
    );
    const getexJson = new Case('  of which: GETEX + JSON.parse (no zod)', async (i) => {
      const stored = (await client.sendCommand(['GETEX', profileKeys[i % USERS], 'EX', '7776000'])) as string;
      const [, kundali, xray] = stored.split('\n');
      JSON.parse(kundali);
      JSON.parse(xray);
    });
    const getexZod = new Case('  of which: GETEX + JSON.parse + zod safeParse', async (i) => {
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
    // Interleaving the cases spreads the noise of a shared machine evenly over them.
    for (let r = 0; r < ROUNDS; r++) {
      for (const c of [get, load, loadXRay, loadEncrypted, getex, getexJson, getexZod]) await c.round(ROUND_MS);
    }
    await perCall.round(ROUND_MS);

    for (const c of [get, load, getex, getexJson, getexZod, loadXRay, loadEncrypted, perCall]) console.log(c.row());
    const span = (xs: number[]) => {
      const sorted = [...xs].sort((a, b) => a - b);
      return `${sorted[0].toFixed(2)}-${sorted[sorted.length - 1].toFixed(2)}x`;
    };
    const vsGet = (c: Case, target?: number) => {
      const ratios = c.rounds.map((ops, r) => ops / (get.rounds[r] as number));
      const all = c.perSecond / get.perSecond;
      const lowest = Math.min(...ratios);
      const verdict =
        target === undefined ? '' : `  target >= ${target}x: ${lowest >= target ? 'met in every round' : all >= target ? 'met overall, not in every round' : 'NOT met'}`;
      console.log(`${c.name.trim()} / plain GET:`);
      console.log(`  throughput ${all.toFixed(2)}x over all rounds, per round ${span(ratios)}${verdict}`);
      // The process's CPU per operation is what the work costs when other processes compete for the cores.
      const cpu = c.cpuRounds.map((us, r) => (get.cpuRounds[r] as number) / us);
      console.log(`  node CPU per op, as a speed ratio: ${(get.cpuMicros / get.latencies.length / (c.cpuMicros / c.latencies.length)).toFixed(2)}x, per round ${span(cpu)}`);
    };
    vsGet(load, 0.5);
    vsGet(loadXRay, 0.85);
    vsGet(loadEncrypted);
    console.log(`load / per-call connect+close throughput: ${(load.perSecond / perCall.perSecond).toFixed(1)}x`);
    await store.close();
    await encrypted.close();
  } finally {
    await client.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
