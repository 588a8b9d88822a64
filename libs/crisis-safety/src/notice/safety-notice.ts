import { byUrgency } from '../detector/crisis-detector.js';
import type { CrisisKind, HelplineContact, SafetyNotice } from '@amigo/contracts';
import type { EmergencyNumbers, Helplines, HelplineService } from '../helplines/helpline-table.js';

const FIND_A_HELPLINE: HelplineContact = {
  name: 'Find A Helpline',
  numbers: [],
  also: 'Free, confidential helplines in many countries',
  url: 'https://findahelpline.com/',
};

function contactOf(line: HelplineService): HelplineContact {
  const hours = [line.free ? 'Free' : undefined, line.always_open ? '24 hours a day' : undefined].filter(Boolean).join(', ');
  return {
    name: line.name,
    numbers: line.numbers,
    ...(line.text ? { also: line.text.keyword ? `Text ${line.text.keyword} to ${line.text.number}` : `Text ${line.text.number}` } : {}),
    ...(hours ? { hours } : {}),
    url: line.url,
  };
}

function emergencyText(emergency: EmergencyNumbers | null): string {
  if (!emergency) return 'your local emergency number';
  return emergency.numbers.map(({ number, service }) => (service === 'all' ? number : `${number} (${service})`)).join(', ');
}

/**
 * What the person's app shows when a safety response was given (see SafetyNotice in @amigo/contracts): every line of
 * their country, the abuse lines first for abuse, numbers as dialled. Holds nothing the person said.
 */
export function safetyNoticeFor(kinds: readonly CrisisKind[], helplines: Helplines): SafetyNotice {
  const lines = kinds.includes('abuse') ? [...helplines.abuse, ...helplines.crisis] : [...helplines.crisis];
  return {
    kinds: byUrgency(kinds),
    country: helplines.country,
    emergency: emergencyText(helplines.emergency),
    helplines: lines.length > 0 ? lines.slice(0, 4).map(contactOf) : [FIND_A_HELPLINE],
  };
}
