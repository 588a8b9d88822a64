import type { AnswerLanguage } from '@amigo/birth-answers';

/** What intake is waiting for: one of the three answers, or the person's confirmation of all three. */
export type IntakeStep = 'date' | 'time' | 'place' | 'confirm';

/**
 * What every intake tool returns. `say` is the next thing to tell the person, in their language (the LLM may
 * rephrase it; the offline script says it verbatim); `awaiting` is what the next answer will be about.
 */
export interface IntakeToolReply {
  ok: boolean;
  awaiting: IntakeStep;
  say: string;
  /** The language the person answered in, which `say` is in. */
  lang: AnswerLanguage;
  /** Numbered choices when a place name is ambiguous. */
  choices?: string[];
}

/** Whatever the person said during intake, verbatim: any answers in it are read, corrections and yes/no included. */
export const RECORD_BIRTH_ANSWER = 'record_birth_answer';
export const RECORD_BIRTH_DATE = 'record_birth_date';
export const RECORD_BIRTH_TIME = 'record_birth_time';
export const RECORD_BIRTH_PLACE = 'record_birth_place';
export const CONFIRM_BIRTH_DETAILS = 'confirm_birth_details';
