import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LabelledSetError } from './labelled-set-error.js';
import { type LabelledTurn, readLabelledSets } from './labelled-set.js';

const crisis: LabelledTurn = { text: 'I want to kill myself', kinds: ['suicidal_intent'], signal: 'explicit', lang: 'en' };
const everyday: LabelledTurn = { text: 'The traffic today was terrible', kinds: [], signal: 'none', lang: 'en' };

function thrownBy(read: () => unknown): unknown {
  try {
    read();
  } catch (error) {
    return error;
  }
  throw new Error('nothing was thrown');
}

describe('readLabelledSets', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sets-'));
  });
  afterEach(() => rmSync(dir, { recursive: true }));

  it('reads every JSONL set of a directory by name, sorted, skipping blank lines and other files', () => {
    writeFileSync(join(dir, 'b.jsonl'), `${JSON.stringify(crisis)}\n\n`);
    writeFileSync(join(dir, 'a.jsonl'), `${JSON.stringify(everyday)}\n`);
    writeFileSync(join(dir, 'notes.txt'), 'ignored');
    expect(readLabelledSets(dir)).toEqual([
      { name: 'a', turns: [everyday] },
      { name: 'b', turns: [crisis] },
    ]);
  });

  it('refuses a turn the schema does not accept with its place and the complaint', () => {
    writeFileSync(join(dir, 'c.jsonl'), `${JSON.stringify(everyday)}\n${JSON.stringify({ ...everyday, kinds: ['abuse'] })}\n`);
    const error: unknown = thrownBy(() => readLabelledSets(dir));
    expect(error).toBeInstanceOf(LabelledSetError);
    expect(error).toMatchObject({ code: 'invalid_turn', message: 'c.jsonl:2: signal none goes with no kinds' });
  });

  it('refuses a line that is not JSON with its place, never its text', () => {
    writeFileSync(join(dir, 'd.jsonl'), `${JSON.stringify(crisis)}\n{"text": "I want to die tonight", \n`);
    const error: unknown = thrownBy(() => readLabelledSets(dir));
    expect(error).toBeInstanceOf(LabelledSetError);
    expect(error).toMatchObject({ code: 'not_json', message: 'd.jsonl:2: not JSON' });
    expect(JSON.stringify({ message: (error as Error).message })).not.toContain('die');
  });
});
