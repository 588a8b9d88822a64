import { SafetyNotice } from '@amigo/contracts';
import { helplinesFor } from '../helplines/helpline-table.js';
import { safetyNoticeFor } from './safety-notice.js';

describe('safetyNoticeFor', () => {
  it('lists the country’s lines as dialled, valid for the app', () => {
    const notice = safetyNoticeFor(['suicidal_intent'], helplinesFor('IN'));
    expect(SafetyNotice.parse(notice)).toEqual(notice);
    expect(notice).toEqual({
      kinds: ['suicidal_intent'],
      country: 'IN',
      emergency: '112',
      helplines: [
        { name: 'Tele-MANAS', numbers: ['14416', '1-800-891-4416'], hours: 'Free, 24 hours a day', url: 'https://telemanas.mohfw.gov.in/' },
      ],
    });
  });

  it('puts abuse lines first for abuse, names the emergency services, and points elsewhere to the directory', () => {
    const abuse = safetyNoticeFor(['abuse', 'immediate_danger'], helplinesFor('US'));
    expect(abuse.kinds).toEqual(['immediate_danger', 'abuse']);
    expect(abuse.helplines.map((h) => h.name)).toEqual(['National Domestic Violence Hotline', '988 Suicide and Crisis Lifeline']);
    expect(abuse.helplines[0]?.also).toBe('Text START to 88788');
    expect(safetyNoticeFor(['suicidal_intent'], helplinesFor('SG')).emergency).toBe('995 (ambulance), 999 (police)');
    const elsewhere = safetyNoticeFor(['suicidal_intent'], helplinesFor('BR'));
    expect(SafetyNotice.parse(elsewhere)).toEqual(elsewhere);
    expect(elsewhere).toMatchObject({ country: 'INTL', emergency: 'your local emergency number' });
    expect(elsewhere.helplines).toEqual([expect.objectContaining({ numbers: [], url: 'https://findahelpline.com/' })]);
  });
});
