import { XRAY_LIMITS } from '@amigo/contracts';
import { sampleKundali, sampleXRay } from '../testing/agent.fixture.js';
import { SessionState } from './session-state.js';

describe('SessionState', () => {
  it('fills the defaults for a new session', () => {
    expect(SessionState.parse({})).toEqual({ current_focus_topic: 'General', safety_events: [] });
  });

  it('keeps a full state', () => {
    const state = {
      user_id: '0b7f6a52-3c1e-4d8a-9f4e-2a6c1d9e8b71',
      birth_details: { date: '1990-08-15', time: '06:15', place: 'Pune' },
      kundali: sampleKundali,
      personality_xray: sampleXRay,
      current_focus_topic: 'career',
      country: 'in',
      safety_events: [{ kinds: ['abuse'], signal: 'explicit', helpline_country: 'IN', detected_by: 'llm', response: 'check_in', at: '2026-01-01T10:00:00.000Z' }],
    };
    expect(SessionState.parse(state)).toEqual({ ...state, country: 'IN' });
  });

  it('rejects what must not get in', () => {
    expect(SessionState.safeParse({ user_id: 'amigo:user:*' }).success).toBe(false);
    expect(SessionState.safeParse({ country: 'India' }).success).toBe(false);
    expect(SessionState.safeParse({ current_focus_topic: '  ' }).success).toBe(false);
    expect(SessionState.safeParse({ current_focus_topic: 'a'.repeat(XRAY_LIMITS.focusTopic + 1) }).success).toBe(false);
    expect(SessionState.safeParse({ current_focus_topic: ` ${'a'.repeat(XRAY_LIMITS.focusTopic)} ` }).success).toBe(true);
    expect(SessionState.safeParse({ birth_details: { date: '1990-02-30', time: 'unknown', place: 'Pune' } }).success).toBe(false);
    expect(
      SessionState.safeParse({ safety_events: [{ kinds: [], signal: 'explicit', helpline_country: 'IN', at: 'now' }] }).success,
    ).toBe(false);
  });
});

describe('SessionState safety events', () => {
  it('reads an event written before detected_by existed as a rules event', () => {
    const state = SessionState.parse({
      safety_events: [{ kinds: ['self_harm'], signal: 'implicit', helpline_country: 'INTL', at: '2026-01-01T10:00:00.000Z' }],
    });
    expect(state.safety_events[0]?.detected_by).toBe('rules');
  });
});
