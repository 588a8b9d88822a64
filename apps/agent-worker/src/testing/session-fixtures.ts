import { createAstroProfiler } from '@amigo/astro-profiler';
import type { BirthDetails, Kundali } from '@amigo/contracts';
import { keyedUserRef } from '@amigo/logging';
import { kundaliFetchService } from '@amigo/psychologist';
import { RecordingLogger } from '@amigo/test-utils';
import { UserStore } from '@amigo/user-store';
import type { SessionDeps } from '../session/prepare-session.js';

/** Session dependencies as the worker builds them (offline profiler, local chart engine) on a given store. */
export function sessionDeps(store: UserStore, deadlineMs = 300): SessionDeps & { logger: RecordingLogger } {
  return {
    store,
    profiler: createAstroProfiler(),
    service: kundaliFetchService(),
    deadlineMs,
    logger: new RecordingLogger(),
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
