import { SafetyNotice } from '@amigo/contracts';

/** A safety notice is a few hundred bytes; anything far larger is not one and is not decoded. */
const MAX_NOTICE_BYTES = 8 * 1024;

/**
 * The notice as the app will show it. On top of the shared schema, a web address becomes a link only over https:
 * a `javascript:` URL is a valid URL, and no agent of ours sends one.
 */
const DisplayableNotice = SafetyNotice.superRefine((notice, ctx) => {
  if (!notice.helplines.every((helpline) => helpline.url === undefined || helpline.url.startsWith('https://'))) {
    ctx.addIssue({ code: 'custom', message: 'a helpline link is not https' });
  }
});

/**
 * Reads a data message the agent published on `SAFETY_NOTICE_TOPIC`. Anything that is not a complete, valid notice
 * yields `null`: the app then shows nothing from it rather than a half-trusted part.
 */
export function parseSafetyNotice(payload: Uint8Array): SafetyNotice | null {
  if (payload.byteLength > MAX_NOTICE_BYTES) return null;
  try {
    const parsed = DisplayableNotice.safeParse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payload)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export interface DialSegment {
  text: string;
  /** `tel:` link when the text is a number that can be dialled. */
  href?: string;
}

/** Digits with the usual separators, at least three digits ("112", "1-800-891-4416", "+44 116 123"). */
const NUMBER = /\+?\d[\d ().-]*\d/g;

/**
 * Splits text such as "995 for an ambulance, 999 for the police" into the numbers, which become `tel:` links, and
 * the words around them, which stay text ("your local emergency number" has no link).
 */
export function dialSegments(text: string): DialSegment[] {
  const segments: DialSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(NUMBER)) {
    const digits = match[0].replace(/\D/g, '');
    if (digits.length < 3) continue;
    if (match.index > last) segments.push({ text: text.slice(last, match.index) });
    segments.push({ text: match[0], href: `tel:${match[0].startsWith('+') ? '+' : ''}${digits}` });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}
