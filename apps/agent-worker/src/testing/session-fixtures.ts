import { createAstroProfiler } from '@amigo/astro-profiler';
import type { BirthDetails, Kundali } from '@amigo/contracts';
import { keyedUserRef, type Logger } from '@amigo/logging';
import { kundaliFetchService } from '@amigo/psychologist';
import { UserStore } from '@amigo/user-store';
import type { SessionDeps } from '../session/prepare-session.js';

export interface LogLine {
  level: 'debug' | 'info' | 'warn' | 'error';
  fields: object;
  message: string;
}

/** Keeps every line, children's included (their bindings merged into the fields). */
export function recordingLogger(lines: LogLine[] = [], bindings: object = {}): Logger & { lines: LogLine[] } {
  const record = (level: LogLine['level']) => (fields: object, message: string) => {
    lines.push({ level, fields: { ...bindings, ...fields }, message });
  };
  return {
    lines,
    debug: record('debug'),
    info: record('info'),
    warn: record('warn'),
    error: record('error'),
    child: (more) => recordingLogger(lines, { ...bindings, ...more }),
  };
}

/** Session dependencies as the worker builds them (offline profiler, local chart engine) on a given store. */
export function sessionDeps(store: UserStore, deadlineMs = 300): SessionDeps & { logger: ReturnType<typeof recordingLogger> } {
  return {
    store,
    profiler: createAstroProfiler(),
    service: kundaliFetchService(),
    deadlineMs,
    logger: recordingLogger(),
    userRef: keyedUserRef(),
  };
}

export const PUNE_1990: BirthDetails = {
  date: '1990-08-15',
  time: '06:15',
  place: 'Pune, Maharashtra, India',
  latitude: 18.5196,
  longitude: 73.8553,
  timezone: 'Asia/Kolkata',
};

export async function computedProfile(deps: SessionDeps): Promise<{ kundali: Kundali; xray: Awaited<ReturnType<SessionDeps['profiler']['generate']>> }> {
  const kundali = await deps.service.computeKundali(PUNE_1990);
  return { kundali, xray: await deps.profiler.generate(kundali) };
}
