import { AmigoError } from '@amigo/contracts';

/**
 * A labelled set with a line that is not a labelled turn: `not_json`, or `invalid_turn` (valid JSON the schema
 * refuses). The message gives the file's name, the line number and, for `invalid_turn`, the schema's complaint;
 * never the line itself, whose text is a (synthetic or real) thing a person said.
 */
export class LabelledSetError extends AmigoError<'not_json' | 'invalid_turn'> {}
