import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CrisisKind } from '@amigo/contracts';
import { z } from 'zod';
import { LabelledSetError } from './labelled-set-error.js';

/** One labelled turn of a set (`data/corpora/*.jsonl`, or a held-out directory): what measuring a layer reads. */
export const LabelledTurn = z
  .strictObject({
    id: z.string().optional(),
    text: z.string().min(1),
    /** Every kind that applies, `[]` for an ordinary turn. */
    kinds: z.array(CrisisKind),
    /** `explicit` and `implicit` crisis turns must have kinds; `none` must not. */
    signal: z.enum(['explicit', 'implicit', 'none']),
    lang: z.enum(['en', 'hinglish', 'hi']),
    category: z.string().optional(),
  })
  .refine((t) => (t.signal === 'none') === (t.kinds.length === 0), { message: 'signal none goes with no kinds' });
export type LabelledTurn = z.infer<typeof LabelledTurn>;

function parseLine(line: string, at: string): unknown {
  try {
    return JSON.parse(line);
  } catch (error) {
    // JSON.parse's own message quotes the line: only where it is goes into ours.
    throw new LabelledSetError('not_json', `${at}: not JSON`, { cause: error });
  }
}

/** Reads one JSONL set, validating each line; a bad line throws a {@link LabelledSetError} with its file and line number. */
export function readLabelledTurns(file: string): LabelledTurn[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const at = `${basename(file)}:${index + 1}`;
      const parsed = LabelledTurn.safeParse(parseLine(line, at));
      if (!parsed.success) throw new LabelledSetError('invalid_turn', `${at}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

/** Every `*.jsonl` set of a directory, by name (the file name without `.jsonl`), sorted. */
export function readLabelledSets(directory: string): Array<{ name: string; turns: LabelledTurn[] }> {
  return readdirSync(directory)
    .filter((file) => file.endsWith('.jsonl'))
    .sort()
    .map((file) => ({ name: basename(file, '.jsonl'), turns: readLabelledTurns(join(directory, file)) }));
}
