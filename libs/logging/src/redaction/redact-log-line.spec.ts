import { DEFAULT_REDACTION_POLICY, REDACTED, redactLogLine, redactLogRecord } from './redact-log-line.js';

const line = (record: object) => `${JSON.stringify(record)}\n`;

describe('redactLogLine', () => {
  it("drops LiveKit's personal fields at any depth and keeps the operational ones", () => {
    const out = JSON.parse(
      redactLogLine(
        line({
          level: 30,
          msg: 'Tool call execution finished',
          speechId: 'speech_1',
          name: 'record_birth_place',
          'lk.pii.arguments': { answer: 'Pune' },
          'lk.pii.output': 'Pune, Maharashtra',
          nested: { 'lk.pii.transcript': 'I was born in Pune', durationMs: 12 },
        }),
      ),
    );
    expect(out).toEqual({ level: 30, msg: 'Tool call execution finished', speechId: 'speech_1', name: 'record_birth_place', nested: { durationMs: 12 } });
  });

  it('keeps the kind, code and stack frames of an error but never its text', () => {
    const error = new Error('could not read "15 August 1990"');
    const serialised = { type: 'Error', message: error.message, stack: error.stack, code: 'E_DATE', body: { echo: '15 August 1990' } };
    const out = redactLogLine(line({ level: 50, msg: error.message, err: serialised, error: 'boom: 15 August 1990', cause: 42 }));
    expect(out).not.toContain('15 August 1990');
    const parsed = JSON.parse(out);
    expect(parsed).toMatchObject({ msg: REDACTED, err: { type: 'Error', code: 'E_DATE', message: REDACTED }, error: REDACTED, cause: 42 });
    expect(parsed.err.stack).toMatch(/^\s+at /);
  });

  it('keeps an error named by its class or code, as errorFields writes it, and the reason of a decision', () => {
    const record = { msg: 'no usable profile', error: 'RedisError', code: 'ECONNREFUSED', reason: 'store_error' };
    expect(JSON.parse(redactLogLine(line(record)))).toEqual(record);
  });

  it('answers a line it cannot parse with a notice instead of passing it on', () => {
    const out = redactLogLine('I was born in Pune\n');
    expect(out).not.toContain('Pune');
    expect(JSON.parse(out)).toMatchObject({ level: 40, msg: expect.stringContaining('dropped') });
    expect(redactLogLine('["Pune"]')).not.toContain('Pune');
  });

  it('summarises deep nesting and leaves the input as it was', () => {
    let deep: Record<string, unknown> = { 'lk.pii.text': 'secret' };
    for (let i = 0; i < 20; i++) deep = { inner: deep };
    const record = { msg: 'deep', deep };
    const before = JSON.stringify(record);
    expect(JSON.stringify(redactLogRecord(record))).not.toContain('secret');
    expect(JSON.stringify(record)).toBe(before);
  });

  it('takes another policy', () => {
    const policy = { ...DEFAULT_REDACTION_POLICY, dropFieldPrefixes: ['private_'] };
    expect(JSON.parse(redactLogLine(line({ msg: 'm', private_note: 'x', 'lk.pii.y': 'y' }), policy))).toEqual({ msg: 'm', 'lk.pii.y': 'y' });
  });
});
