/**
 * Session start overhead for returning users: participant-metadata parse + profile load from Redis (under the
 * deadline) + agent and state construction. Models are excluded. Windows of 1,000 sessions at concurrency 50 against
 * a local Redis (redis-memory-server on the system redis-server), one shared store connection as in the worker.
 *
 * A worker runs for hours, so the figure that matters is the steady state: 10,000 sessions warm the JIT and size the
 * heap first. One window's p99 then hinges on whether a major GC falls inside it, so five windows are measured and
 * the median window is judged (every window, and the p99 of all five pooled, are printed too).
 */
import { createAstroProfiler } from '@amigo/astro-profiler';
import { keyedUserRef, silentLogger } from '@amigo/logging';
import { kundaliFetchService, PsychologistAgent, startAgentFor } from '@amigo/psychologist';
import { parseParticipantMetadata, parseUserId } from '@amigo/contracts';
import { UserStore } from '@amigo/user-store';
import { randomUUID } from 'node:crypto';
import { RedisMemoryServer } from 'redis-memory-server';
import { prepareSession, type SessionDeps } from '../src/session/prepare-session.js';

const SESSIONS = 1_000;
const WINDOWS = 5;
const CONCURRENCY = 50;
const USERS = 1_000;
const WARMUP = 10_000;
const TARGET_P99_MS = 10;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

const describe = (label: string, sorted: number[]) =>
  `  ${label.padEnd(40)} p50 ${percentile(sorted, 50).toFixed(2)} ms   p99 ${percentile(sorted, 99).toFixed(2)} ms`;

async function timed(count: number, step: (i: number) => unknown): Promise<number[]> {
  const durations: number[] = [];
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    await step(i);
    durations.push(performance.now() - t0);
  }
  return durations.sort((a, b) => a - b);
}

/**
 * Runs `count` session starts, `concurrency` at a time. Each participant's metadata is made when its session begins,
 * as it arrives in a worker: prepared up front, a thousand of them would outlive two scavenges and be promoted to the
 * old heap, which the worker never does.
 */
async function runAll(
  count: number,
  metadataFor: (i: number) => string,
  deps: SessionDeps,
  concurrency = CONCURRENCY,
): Promise<{ durations: number[]; wallMs: number }> {
  const durations: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const raw = metadataFor(next++);
        const t0 = performance.now();
        const start = await prepareSession(raw, deps);
        durations.push(performance.now() - t0);
        if (!(start.agent instanceof PsychologistAgent)) throw new Error(`returning user routed to ${start.decision.kind}`);
      }
    }),
  );
  return { durations, wallMs: performance.now() - started };
}

async function main(): Promise<void> {
  const redis = await RedisMemoryServer.create();
  const url = `redis://${await redis.getHost()}:${await redis.getPort()}`;
  const store = new UserStore({ url });
  const deps: SessionDeps = {
    store,
    profiler: createAstroProfiler(),
    service: kundaliFetchService(),
    deadlineMs: 300,
    logger: silentLogger,
    userRef: keyedUserRef(),
  };
  try {
    const kundali = await deps.service.computeKundali({
      date: '1990-08-15',
      time: '06:15',
      place: 'Pune',
      latitude: 18.5196,
      longitude: 73.8553,
      timezone: 'Asia/Kolkata',
    });
    const xray = await deps.profiler.generate(kundali);
    const users = Array.from({ length: USERS }, () => randomUUID());
    await Promise.all(users.map((id) => store.saveUserData(id, kundali, xray)));
    const metadataFor = (i: number) => JSON.stringify({ user_id: users[i % USERS], locale: 'en-IN', time_zone: 'Asia/Kolkata' });

    await runAll(WARMUP, metadataFor, deps);
    const windows: Array<{ durations: number[]; wallMs: number }> = [];
    for (let w = 0; w < WINDOWS; w++) {
      const run = await runAll(SESSIONS, metadataFor, deps);
      windows.push({ durations: run.durations.sort((a, b) => a - b), wallMs: run.wallMs });
    }
    const byP99 = [...windows].sort((a, b) => percentile(a.durations, 99) - percentile(b.durations, 99));
    const median = byP99[Math.floor(WINDOWS / 2)] as (typeof windows)[number];
    const p99 = percentile(median.durations, 99);
    const pooled = windows.flatMap((w) => w.durations).sort((a, b) => a - b);
    const alone = (await runAll(SESSIONS, metadataFor, deps, 1)).durations.sort((a, b) => a - b);

    // Where one session's time goes, step by step, one at a time.
    const raw = metadataFor(0);
    const parse = await timed(SESSIONS, () => parseParticipantMetadata(raw));
    const load = await timed(SESSIONS, (i) => store.loadXRay(users[i % USERS] as string));
    const loaded = await store.loadXRay(users[0] as string);
    const inMemory = {
      loadXRay: async () => loaded,
      loadKundali: async () => kundali,
      saveUserData: async () => undefined,
      updateXRay: async () => true,
    };
    const build = await timed(SESSIONS, (i) =>
      startAgentFor({ ...deps, store: inMemory, userId: parseUserId(users[i % USERS]) }),
    );

    const kb = (Buffer.byteLength(JSON.stringify(kundali)) + Buffer.byteLength(JSON.stringify(xray))) / 1024;
    console.log('agent-worker session start for returning users (metadata parse + profile load + agent construction)');
    console.log(`  ${USERS} stored profiles of ${kb.toFixed(1)} KiB, local Redis, after ${WARMUP} warm-up sessions`);
    windows.forEach((w, i) =>
      console.log(`${describe(`concurrency ${CONCURRENCY}, window ${i + 1} of ${SESSIONS}`, w.durations)}   max ${(w.durations.at(-1) ?? 0).toFixed(2)} ms   ${((SESSIONS / w.wallMs) * 1000).toFixed(0)} sessions/s`),
    );
    console.log(describe(`concurrency ${CONCURRENCY}, median window`, median.durations));
    console.log(describe(`concurrency ${CONCURRENCY}, all ${WINDOWS * SESSIONS} pooled`, pooled));
    console.log(describe('concurrency 1', alone));
    console.log(describe('  metadata parse', parse));
    console.log(describe('  X-Ray load (Redis + decode)', load));
    console.log(describe('  agent + state construction', build));
    console.log(`  target p99 < ${TARGET_P99_MS} ms at concurrency ${CONCURRENCY} (median window): ${p99 < TARGET_P99_MS ? 'met' : 'NOT met'}`);
  } finally {
    await store.close();
    await redis.stop();
  }
}

await main();
