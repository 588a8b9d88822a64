import { SAFETY_NOTICE_TOPIC, type SafetyNotice } from '@amigo/contracts';
import { dialSegments, parseSafetyNotice } from './safety-notice-message';

const notice: SafetyNotice = {
  kinds: ['suicidal_intent'],
  country: 'IN',
  emergency: '112',
  helplines: [
    {
      name: 'Tele-MANAS, the national mental health helpline',
      numbers: ['14416', '1-800-891-4416'],
      hours: 'free, 24 hours a day, in 20 languages',
      url: 'https://telemanas.mohfw.gov.in/',
    },
  ],
};
const bytes = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));

describe('parseSafetyNotice', () => {
  it('reads a valid notice', () => {
    expect(SAFETY_NOTICE_TOPIC).toBeTruthy();
    expect(parseSafetyNotice(bytes(notice))).toEqual(notice);
  });

  it.each([
    ['not JSON', '{"kinds":'],
    ['not UTF-8', new Uint8Array([0xff, 0xfe, 0x00])],
    ['no helplines', { ...notice, helplines: [] }],
    ['an unknown kind', { ...notice, kinds: ['bad_day'] }],
    ['an unknown field', { ...notice, message: 'click here' }],
    ['a javascript: link', { ...notice, helplines: [{ ...notice.helplines[0], url: 'javascript:alert(1)' }] }],
    ['an http link', { ...notice, helplines: [{ ...notice.helplines[0], url: 'http://telemanas.example/' }] }],
    ['an oversized payload', { ...notice, padding: 'x'.repeat(10_000) }],
  ])('yields nothing for %s', (_label, payload) => {
    expect(parseSafetyNotice(payload instanceof Uint8Array ? payload : bytes(payload))).toBeNull();
  });
});

describe('dialSegments', () => {
  it('links numbers as they are dialled', () => {
    expect(dialSegments('1-800-891-4416')).toEqual([{ text: '1-800-891-4416', href: 'tel:18008914416' }]);
    expect(dialSegments('+44 116 123')).toEqual([{ text: '+44 116 123', href: 'tel:+44116123' }]);
  });

  it('keeps the words around numbers as text', () => {
    expect(dialSegments('995 for an ambulance, 999 for the police')).toEqual([
      { text: '995', href: 'tel:995' },
      { text: ' for an ambulance, ' },
      { text: '999', href: 'tel:999' },
      { text: ' for the police' },
    ]);
    expect(dialSegments('your local emergency number')).toEqual([{ text: 'your local emergency number' }]);
    expect(dialSegments('findahelpline.com')).toEqual([{ text: 'findahelpline.com' }]);
  });
});
