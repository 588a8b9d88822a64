export { type AnswerLanguage, detectLanguage } from './language.js';
export type { DayPart } from './lexicon.js';
export { normalizeText } from './normalize.js';
export { type DateParts, type DateReading, parseDate, type ParseDateOptions } from './parse-date.js';
export { halfOfDay, parseTime, shiftToDayPart, type TimeReading } from './parse-time.js';
export { type BirthAnswers, type Expecting, readAnswers, type ReadAnswersOptions } from './read-answers.js';
