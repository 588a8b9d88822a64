import type { CrisisKind } from '@amigo/contracts';
import type { Helplines, HelplineService } from '../helplines/helpline-table.js';
import { spokenNumber } from '../helplines/spoken-number.js';
import type { TurnLanguage } from '../language/turn-language.js';
import { CARE_TEXTS, type CareTexts, fill } from './care-texts.js';

/**
 * How much to say: `full` the first time in a session (care, helplines, "I'm an AI", an open question);
 * `check_in` on later crisis turns (a short line that stays with the person, the emergency number first in danger);
 * `resources` when the person asks for the helplines again.
 */
export type CareStage = 'full' | 'check_in' | 'resources';

export interface CareRequest {
  /** What was recognised, most urgent first. */
  kinds: readonly CrisisKind[];
  /** The language of the person's turn; English by default. */
  language?: TurnLanguage;
  stage?: CareStage;
  /** How many check-ins came before in this session: picks the wording, so check-ins do not repeat word for word. */
  checkIns?: number;
}

/** The lines said aloud, the abuse line first for abuse: one or two, so the spoken message stays short. */
export function spokenLines(kinds: readonly CrisisKind[], helplines: Helplines): HelplineService[] {
  const [abuse] = helplines.abuse;
  const [crisis] = helplines.crisis;
  return [kinds.includes('abuse') ? abuse : undefined, crisis].filter((line) => line !== undefined);
}

function waysOf(line: HelplineService, texts: CareTexts): string {
  const ways: string[] = [];
  if (line.numbers.length > 0) ways.push(fill(texts.call, { numbers: line.numbers.map(spokenNumber).join(texts.or) }));
  if (line.text) {
    const number = spokenNumber(line.text.number);
    ways.push(line.text.keyword ? fill(texts.text, { keyword: line.text.keyword, number }) : fill(texts.text_plain, { number }));
  }
  return ways.join(texts.or);
}

function lineOf(line: HelplineService, texts: CareTexts): string {
  const qualities = [line.free ? texts.free : undefined, line.always_open ? texts.always_open : undefined].filter(Boolean);
  const ways = waysOf(line, texts);
  return qualities.length > 0
    ? fill(texts.line, { name: line.spoken_name ?? line.name, qualities: qualities.join(', '), ways })
    : fill(texts.line_plain, { name: line.spoken_name ?? line.name, ways });
}

function linesOf(kinds: readonly CrisisKind[], helplines: Helplines, texts: CareTexts): string {
  const lines = spokenLines(kinds, helplines);
  return lines.length > 0 ? lines.map((line) => lineOf(line, texts)).join(texts.lines_or) : texts.no_national_line;
}

/** The emergency number(s) as said aloud, or "your local emergency number" where none is known. */
function emergencyOf(helplines: Helplines, texts: CareTexts): string {
  if (!helplines.emergency) return texts.local_emergency;
  return helplines.emergency.numbers
    .map(({ number, service }) => fill(texts.services[service], { number: spokenNumber(number) }))
    .join(texts.or);
}

/**
 * The words Amigo says first when someone may be in crisis, in the language of their turn, numbers written digit by
 * digit for text-to-speech. Fixed text on purpose: it does not depend on the LLM answering, or answering well.
 */
export function careMessage(request: CareRequest, helplines: Helplines): string {
  const { kinds } = request;
  const texts = CARE_TEXTS[request.language ?? 'en'];
  const emergency = emergencyOf(helplines, texts);
  const danger = kinds.includes('immediate_danger');
  switch (request.stage ?? 'full') {
    case 'resources':
      return fill(texts.resources, { lines: linesOf(kinds, helplines, texts), emergency });
    case 'check_in': {
      const checkIn = texts.check_ins[(request.checkIns ?? 0) % texts.check_ins.length] ?? texts.close;
      return danger ? `${fill(texts.danger_first, { emergency })} ${checkIn}` : checkIn;
    }
    case 'full': {
      const opening = danger
        ? fill(texts.opening.immediate_danger, { emergency })
        : kinds.includes('suicidal_intent')
          ? texts.opening.suicidal_intent
          : kinds.includes('self_harm')
            ? texts.opening.self_harm
            : texts.opening.abuse;
      return [opening, fill(texts.reach, { lines: linesOf(kinds, helplines, texts) }), texts.close].join(' ');
    }
  }
}
