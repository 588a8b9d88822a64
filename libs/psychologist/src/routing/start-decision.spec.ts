import { parseUserId, type PersonalityXRay } from '@amigo/contracts';
import { RecordingLogger } from '@amigo/test-utils';
import { decideStart } from './start-decision.js';

const USER = parseUserId('0b6f3f4e-2a51-4c9b-9d43-3f1f6a2e7c11');
const xray: PersonalityXRay = {
  core_identity: { archetype: 'The Steady Flame' },
  emotional_architecture: {},
  therapist_cheat_sheet: {},
};

type Load = (userId: string) => Promise<PersonalityXRay | null>;
const storeOf = (loadXRay: Load) => ({ loadXRay });

describe('decideStart', () => {
  it('starts a returning user with the stored X-Ray, and says so in the log', async () => {
    const seen: string[] = [];
    const logger = new RecordingLogger();
    const decision = await decideStart({ userId: USER, store: storeOf(async (id) => (seen.push(id), xray)), logger });
    expect(seen).toEqual([USER]);
    expect(decision).toEqual({ kind: 'returning', userId: USER, xray });
    expect(logger.lines).toEqual([{ level: 'info', fields: { route: 'returning' }, message: expect.any(String) }]);
  });

  it('sends an anonymous session to intake without asking the store', async () => {
    const store = storeOf(async () => {
      throw new Error('must not be called');
    });
    await expect(decideStart({ store, logger: new RecordingLogger() })).resolves.toEqual({ kind: 'intake', reason: 'no_user_id' });
  });

  it('logs a new user at info level', async () => {
    const logger = new RecordingLogger();
    await expect(decideStart({ userId: USER, store: storeOf(async () => null), logger })).resolves.toEqual({
      kind: 'intake',
      userId: USER,
      reason: 'not_found',
    });
    expect(logger.lines).toEqual([{ level: 'info', fields: { route: 'intake', reason: 'not_found' }, message: expect.any(String) }]);
  });

  const failures: Array<[string, Load]> = [
    ['store_error', async () => Promise.reject(new TypeError('connection refused'))],
    ['invalid_profile', async () => 'nope' as never],
    ['invalid_profile', async () => ({ core_identity: {} }) as never],
  ];
  it.each(failures)('goes to intake with reason %s, with a warning that carries no id', async (reason, load) => {
    const logger = new RecordingLogger();
    const decision = await decideStart({ userId: USER, store: storeOf(load), logger });
    expect(decision).toEqual({ kind: 'intake', userId: USER, reason });
    expect(logger.lines).toEqual([{ level: 'warn', fields: expect.objectContaining({ reason }), message: expect.any(String) }]);
    expect(logger.text()).not.toContain(USER);
  });

  it('gives up on a store slower than the deadline and swallows its late failure', async () => {
    let rejectLate: (e: Error) => void = () => undefined;
    const store = storeOf(() => new Promise((_, reject) => (rejectLate = reject)));
    const decision = await decideStart({ userId: USER, store, deadlineMs: 50, logger: new RecordingLogger() });
    expect(decision).toEqual({ kind: 'intake', userId: USER, reason: 'timeout' });
    rejectLate(new Error('too late'));
    await new Promise((r) => setImmediate(r));
  });

  it('does not log the error message, which may carry the id', async () => {
    const logger = new RecordingLogger();
    await decideStart({
      userId: USER,
      store: storeOf(async () => {
        throw new RangeError(`bad key amigo:user:${USER}:xray`);
      }),
      logger,
    });
    expect(logger.lines).toEqual([expect.objectContaining({ fields: expect.objectContaining({ error: 'RangeError' }) })]);
    expect(logger.text()).not.toContain(USER);
  });
});
