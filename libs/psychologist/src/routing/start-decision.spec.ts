import { decideStart } from './start-decision.js';
import type { PersonalityXRay } from '@amigo/astro-profiler';
import type { ProfileSource } from './profile-source.js';
import type { PsychologistLogger } from '../ports/logger.js';

const USER = '0b6f3f4e-2a51-4c9b-9d43-3f1f6a2e7c11';
const xray: PersonalityXRay = {
  core_identity: { archetype: 'The Steady Flame' },
  emotional_architecture: {},
  therapist_cheat_sheet: {},
};

function recordingLogger() {
  const lines: Array<{ level: string; fields: Record<string, unknown>; message: string }> = [];
  const logger: PsychologistLogger = {
    info: (fields, message) => lines.push({ level: 'info', fields: fields as Record<string, unknown>, message }),
    warn: (fields, message) => lines.push({ level: 'warn', fields: fields as Record<string, unknown>, message }),
    error: (fields, message) => lines.push({ level: 'error', fields: fields as Record<string, unknown>, message }),
  };
  return { logger, lines };
}

const sourceOf = (load: ProfileSource['loadXRay']): ProfileSource => ({
  loadXRay: load,
  loadKundali: async () => {
    throw new Error('a session start must not read the kundali');
  },
});

describe('decideStart', () => {
  it('starts a returning user with the stored X-Ray', async () => {
    const seen: string[] = [];
    const decision = await decideStart({
      userId: USER,
      source: sourceOf(async (id) => (seen.push(id), xray)),
    });
    expect(seen).toEqual([USER]);
    expect(decision).toEqual({ kind: 'returning', userId: USER, xray });
  });

  it('sends an anonymous session to intake without asking the store', async () => {
    const source = sourceOf(async () => {
      throw new Error('must not be called');
    });
    await expect(decideStart({ source })).resolves.toEqual({ kind: 'intake', reason: 'no_user_id' });
  });

  const failures: Array<[string, ProfileSource['loadXRay']]> = [
    ['not_found', async () => null],
    ['store_error', async () => Promise.reject(new TypeError('connection refused'))],
    ['invalid_profile', async () => 'nope' as never],
    ['invalid_profile', async () => ({ core_identity: {} }) as never],
  ];
  it.each(failures)('goes to intake with reason %s, warning without the id', async (reason, load) => {
    const { logger, lines } = recordingLogger();
    const decision = await decideStart({ userId: USER, source: sourceOf(load), logger });
    expect(decision).toEqual({ kind: 'intake', userId: USER, reason });
    expect(lines).toEqual([
      { level: 'warn', fields: expect.objectContaining({ reason, user: expect.stringMatching(/^[0-9a-f]{10}$/) }), message: expect.any(String) },
    ]);
    expect(JSON.stringify(lines)).not.toContain(USER);
  });

  it('gives up on a store slower than the deadline and swallows its late failure', async () => {
    let rejectLate: (e: Error) => void = () => undefined;
    const source = sourceOf(() => new Promise((_, reject) => (rejectLate = reject)));
    const started = performance.now();
    const decision = await decideStart({ userId: USER, source, deadlineMs: 50 });
    const elapsed = performance.now() - started;
    expect(decision).toEqual({ kind: 'intake', userId: USER, reason: 'timeout' });
    expect(elapsed).toBeGreaterThanOrEqual(45);
    expect(elapsed).toBeLessThan(250);
    rejectLate(new Error('too late'));
    await new Promise((r) => setImmediate(r));
  });

  it('does not log the error message, which may carry the id', async () => {
    const { logger, lines } = recordingLogger();
    await decideStart({
      userId: USER,
      source: sourceOf(async () => {
        throw new RangeError(`bad key amigo:user:${USER}:xray`);
      }),
      logger,
    });
    expect(lines).toEqual([expect.objectContaining({ fields: expect.objectContaining({ error: 'RangeError' }) })]);
    expect(JSON.stringify(lines)).not.toContain(USER);
  });
});
