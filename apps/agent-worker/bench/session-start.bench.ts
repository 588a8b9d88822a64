/**
 * Session start overhead for returning users: participant-metadata parse + profile load from Redis (under the
 * deadline) + agent and state construction. Models are excluded. 1,000 sessions at concurrency 50 against a local
 * Redis (redis-memory-server on the system redis-server), one shared store connection as in the worker.
 */
import { createAstroProfiler } from '@amigo/astro-profiler';
import { kundaliFetchService, PsychologistAgent, type PsychologistLogger, startAgentFor } from '@amigo/psychologist';
import { parseParticipantMetadata } from '@amigo/user-id';
import { UserStore } from '@amigo/user-store';
import { randomUUID } from 'node:crypto';
import { RedisMemoryServer } from 'redis-memory-server';
import { prepareSession, type SessionDeps } from '../src/session/prepare-session.js';

const SESSIONS = 1_000;
const CONCURRENCY = 50;
const USERS = 1_000;
const WARMUP = 3000;
const TARGET_P99_MS = 10;

const silent: PsychologistLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

const describe = (label: string, sorted: number[]) =>
  `  ${label.padEnd(34)} p50 ${percentile(sorted, 50).toFixed(2)} ms   p99 ${percentile(sorted, 99).toFixed(2)} ms`;

async function timed(count: number, step: (i: number) => unknown): Promise<number[]> {
  const durations: number[] = [];
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    await step(i);
    durations.push(performance.now() - t0);
  }
  return durations.sort((a, b) => a - b);
}

async function runAll(
  metadata: string[],
  deps: SessionDeps,
  concurrency = CONCURRENCY,
): Promise<{ durations: number[]; wallMs: number }> {
  const durations: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < metadata.length) {
        const raw = metadata[next++] as string;
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
    profiler: createAstroProfiler({}),
    service: kundaliFetchService(),
    deadlineMs: 300,
    logger: silent,
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
    const history = Array.from({ length: 10 }, (_, i) => ({
      role: i % 2 ? 'assistant' : 'user',
      content: `message ${i} of the last conversation, long enough to be realistic about what was said`,
    }));
    const metadata = (count: number) =>
      Array.from({ length: count }, (_, i) => JSON.stringify({ user_id: users[i % USERS], conversation_history: history }));

    await runAll(metadata(WARMUP), deps);
    const { durations, wallMs } = await runAll(metadata(SESSIONS), deps);
    durations.sort((a, b) => a - b);
    const p99 = percentile(durations, 99);
    const alone = (await runAll(metadata(SESSIONS), deps, 1)).durations.sort((a, b) => a - b);

    // Where one session's time goes, step by step, one at a time.
    const raws = metadata(SESSIONS);
    const parse = await timed(SESSIONS, (i) => parseParticipantMetadata(raws[i]));
    const load = await timed(SESSIONS, (i) => store.loadXRay(users[i % USERS] as string));
    const loaded = await store.loadXRay(users[0] as string);
    const inMemory = { loadXRay: async () => loaded, loadKundali: async () => kundali, saveUserData: async () => undefined };
    const build = await timed(SESSIONS, (i) =>
      startAgentFor({ ...deps, store: inMemory, userId: users[i % USERS], history: history as never }),
    );

    const kb = (Buffer.byteLength(JSON.stringify(kundali)) + Buffer.byteLength(JSON.stringify(xray))) / 1024;
    console.log('agent-worker session start for returning users (metadata parse + profile load + agent construction)');
    console.log(`  ${SESSIONS} sessions, ${USERS} stored profiles of ${kb.toFixed(1)} KiB, 10-message history, local Redis`);
    console.log(`${describe(`concurrency ${CONCURRENCY}`, durations)}   max ${(durations.at(-1) ?? 0).toFixed(2)} ms   ${((SESSIONS / wallMs) * 1000).toFixed(0)} sessions/s`);
    console.log(describe('concurrency 1', alone));
    console.log(describe('  metadata parse', parse));
    console.log(describe('  X-Ray load (Redis + decode)', load));
    console.log(describe('  agent + state construction', build));
    console.log(`  target p99 < ${TARGET_P99_MS} ms at concurrency ${CONCURRENCY}: ${p99 < TARGET_P99_MS ? 'met' : 'NOT met'}`);
  } finally {
    await store.close();
    await redis.stop();
  }
}

await main();
