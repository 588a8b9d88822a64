/** What intake is waiting for: one of the three answers, or the person's confirmation of all three. */
export type IntakeStep = 'date' | 'time' | 'place' | 'confirm';

/**
 * What every intake tool returns. `say` is the next thing to tell the person (the LLM may rephrase it; the
 * offline script says it verbatim); `awaiting` is what the next answer will be about.
 */
export interface IntakeToolReply {
  ok: boolean;
  awaiting: IntakeStep;
  say: string;
  /** Numbered choices when a place name is ambiguous. */
  choices?: string[];
}

export const RECORD_BIRTH_DATE = 'record_birth_date';
export const RECORD_BIRTH_TIME = 'record_birth_time';
export const RECORD_BIRTH_PLACE = 'record_birth_place';
export const CONFIRM_BIRTH_DETAILS = 'confirm_birth_details';

export const QUESTIONS: Record<IntakeStep, string> = {
  date: 'What is your date of birth? For example: 15 August 1990.',
  time: 'And at what time were you born? If you are not sure, just say "I don\'t know".',
  place: 'Where were you born? The town or city is enough.',
  confirm: 'Is that right? Say yes, or tell me what to change.',
};
