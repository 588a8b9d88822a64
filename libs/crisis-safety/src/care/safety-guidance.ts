import type { CrisisKind } from '@amigo/contracts';
import type { Helplines } from '../helplines/helpline-table.js';
import { spokenNumber } from '../helplines/spoken-number.js';
import type { TurnLanguage } from '../language/turn-language.js';
import { type CareStage, spokenLines } from './care-message.js';

const KIND_WORDS: Record<CrisisKind, string> = {
  suicidal_intent: 'thoughts of ending their life',
  self_harm: 'hurting themselves',
  immediate_danger: 'being in immediate danger',
  abuse: 'being abused or hurt by someone',
};

const LANGUAGE_WORDS: Record<TurnLanguage, string> = {
  en: 'English',
  hinglish: 'Hinglish (Hindi and English mixed, written in Latin letters), as they wrote',
  hi: 'Hindi in Devanagari script',
};

export interface GuidanceRequest {
  kinds: readonly CrisisKind[];
  language?: TurnLanguage;
  /** What the reply has begun with (see careMessage); `full` by default. */
  stage?: CareStage;
}

function offered(kinds: readonly CrisisKind[], helplines: Helplines): string {
  const lines = spokenLines(kinds, helplines).map((line) =>
    [line.spoken_name ?? line.name, ...line.numbers.map(spokenNumber), ...(line.text ? [`text ${spokenNumber(line.text.number)}`] : [])].join(', '),
  );
  const emergency = helplines.emergency ? helplines.emergency.numbers.map((n) => spokenNumber(n.number)).join(' or ') : 'the local emergency number';
  return `${lines.length > 0 ? lines.join('; ') : 'findahelpline.com, to visit'}; emergency ${emergency}`;
}

/**
 * A system note for the LLM on a turn that raised concern. The reply has already begun with the care message, so
 * the model goes on from it. It follows what crisis lines do: ask directly about safety, ask about the means
 * mentioned and help put distance between the person and them, and in immediate danger the emergency number first.
 */
export function safetyGuidance(request: GuidanceRequest, helplines: Helplines): string {
  const { kinds } = request;
  const stage = request.stage ?? 'full';
  const concern = kinds.map((kind) => KIND_WORDS[kind]).join(', ');
  const language = LANGUAGE_WORDS[request.language ?? 'en'];
  if (stage === 'resources') {
    return [
      `Safety note for this reply: the person asked again how to reach help, and your reply has already begun with it (${offered(kinds, helplines)}).`,
      `Do not repeat it. Reply in ${language}, in the same warm voice: ask how they are right now and whether they are safe, and invite them to keep talking.`,
    ].join(' ');
  }
  const parts = [`Safety note for this reply: the person's last message suggests ${concern}.`];
  if (stage === 'check_in') {
    parts.push(
      `They were given the helplines earlier in this conversation (${offered(kinds, helplines)}) and your reply has begun with a short check-in.`,
      'Do not read the helplines out again unless they ask or the danger grows; stay with them and what they feel right now.',
    );
  } else {
    parts.push(`Your reply has already begun with care and how to reach help (${offered(kinds, helplines)}).`);
  }
  if (kinds.includes('immediate_danger')) {
    parts.push(
      'They may be in immediate danger: unless they have said they are safe, ask first whether they have called or can call the emergency number now, or get someone nearby to help, before anything else.',
    );
  }
  if (kinds.includes('suicidal_intent') || kinds.includes('self_harm') || kinds.includes('immediate_danger')) {
    parts.push(
      'Means safety, as crisis lines do: if they mentioned a way of hurting themselves (pills or other medicines, pesticide or poison, a blade, a rope, a weapon, a height, a railway), ask gently whether it is within reach right now and encourage them to put distance between themselves and it: hand it to someone they trust, lock it away, or leave the place. Ask whether someone they trust can be with them.',
    );
  }
  parts.push(
    `Reply in ${language}. Continue in the same warm voice: acknowledge what they shared without judgement, ask kindly and directly whether they are safe right now, and invite them to keep talking.`,
    'Write any number digit by digit with spaces (1 4 4 1 6) so it is read out clearly. Leave astrology aside. Do not call report_safety_concern for this message. Never argue, lecture, minimise, or promise to keep a secret that puts them at risk.',
  );
  return parts.join(' ');
}
