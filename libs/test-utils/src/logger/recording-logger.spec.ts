import { RecordingLogger } from './recording-logger.js';

describe('RecordingLogger', () => {
  it('keeps every line, its children’s in the same list with their bindings merged into the fields', () => {
    const logger = new RecordingLogger();
    logger.info({ route: 'returning' }, 'session start');
    logger.child({ user: 'ref1' }).child({ turn: 2 }).warn({ reason: 'timeout' }, 'slow store');
    expect(logger.lines).toEqual([
      { level: 'info', fields: { route: 'returning' }, message: 'session start' },
      { level: 'warn', fields: { user: 'ref1', turn: 2, reason: 'timeout' }, message: 'slow store' },
    ]);
    expect(logger.text()).toContain('slow store');
    expect(logger.text()).not.toContain('Pune');
  });
});
