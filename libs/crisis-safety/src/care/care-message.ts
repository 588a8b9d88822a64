import type { CrisisAssessment } from '../detector/crisis-detector.js';
import type { CountryHelplines, HelplineService } from '../helplines/helplines.js';

function reach(service: HelplineService): string {
  const how = service.also ?? `call ${service.numbers.join(' or ')}`;
  return `${service.name}: ${how}, ${service.hours}`;
}

/**
 * The words Amigo says first when someone may be in crisis: care, the fitting helpline, and an open door to keep
 * talking. Fixed text on purpose: it does not depend on the LLM answering, or answering well.
 */
export function careMessage(
  assessment: Pick<CrisisAssessment, 'kinds'>,
  helplines: CountryHelplines,
): string {
  const { kinds } = assessment;
  const parts: string[] = [];
  if (kinds.includes('immediate_danger')) {
    parts.push(
      `Your safety matters most right now. If you are in danger or have hurt yourself, please call ${helplines.emergency} straight away, or ask someone near you to help.`,
    );
  } else if (kinds.includes('suicidal_intent') || kinds.includes('self_harm')) {
    parts.push(
      "Thank you for telling me. I'm really glad you did, and I'm taking what you said seriously. You don't have to carry this alone.",
    );
  } else {
    parts.push(
      "I'm so sorry this is happening to you. It is not your fault, and you deserve to be safe.",
    );
  }
  const lines =
    kinds.includes('abuse') && helplines.abuse
      ? [helplines.abuse, helplines.crisis]
      : [helplines.crisis];
  const offer = lines.map(reach).join('; or ');
  parts.push(
    `I'm an AI, so please also reach a person who can help: ${offer}.`,
  );
  parts.push(
    "I'm here with you. Can you tell me a little more about what's happening right now?",
  );
  return parts.join(' ');
}

const KIND_WORDS = {
  suicidal_intent: 'thoughts of ending their life',
  self_harm: 'hurting themselves',
  immediate_danger: 'being in immediate danger',
  abuse: 'being abused or hurt by someone',
} as const;

/**
 * A system note for the LLM on the turn that raised concern. The care message has already been said at the
 * start of the reply, so the model continues it instead of repeating the number.
 */
export function safetyGuidance(
  assessment: Pick<CrisisAssessment, 'kinds'>,
  helplines: CountryHelplines,
): string {
  const concern = assessment.kinds.map((kind) => KIND_WORDS[kind]).join(', ');
  return [
    `Safety note for this reply: the person's last message suggests ${concern}.`,
    `Your reply has already begun with care and the helpline (${helplines.crisis.name}, ${helplines.crisis.numbers.join(' or ')}; emergency ${helplines.emergency}).`,
    'Continue in the same warm voice and in their language: acknowledge what they shared without judgement, ask kindly and directly whether they are safe right now, and invite them to keep talking.',
    'Leave astrology aside. Do not repeat the helpline unless asked, and do not call report_safety_concern for this message. Never argue, lecture, minimise, or promise to keep a secret that puts them at risk.',
  ].join(' ');
}
