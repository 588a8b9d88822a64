/**
 * @jest-environment jsdom
 */
import { act, render, screen, within } from '@testing-library/react';
import { DataPacket_Kind, ParticipantKind, type RemoteParticipant, Room, RoomEvent } from 'livekit-client';
import { SAFETY_NOTICE_TOPIC, type SafetyNotice } from '@amigo/contracts';
import { SessionView } from './session-view';

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
const agent = { identity: 'agent-1', kind: ParticipantKind.AGENT } as RemoteParticipant;
const person = { identity: 'user-1', kind: ParticipantKind.STANDARD } as RemoteParticipant;
const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

function renderSession() {
  const room = new Room();
  render(<SessionView room={room} onTranscript={() => undefined} onEnd={() => undefined} />);
  const send = (payload: Uint8Array, from: RemoteParticipant | null = agent, topic: string = SAFETY_NOTICE_TOPIC) =>
    act(() => {
      room.emit(RoomEvent.DataReceived, payload as Uint8Array<ArrayBuffer>, from ?? undefined, DataPacket_Kind.RELIABLE, topic);
    });
  return { send };
}

const panel = () => screen.queryByRole('region', { name: "You don't have to go through this alone" });

describe('SessionView safety notice', () => {
  it('shows the helplines the agent sent, focused, with tel: links', () => {
    const { send } = renderSession();
    expect(panel()).toBeNull();
    send(bytes(notice));

    const region = panel();
    expect(region).not.toBeNull();
    expect(document.activeElement).toBe(within(region as HTMLElement).getByRole('heading'));
    const links = within(region as HTMLElement).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      'tel:14416',
      'tel:18008914416',
      'https://telemanas.mohfw.gov.in/',
      'tel:112',
    ]);
    expect(within(region as HTMLElement).getByText('Tele-MANAS, the national mental health helpline')).toBeTruthy();
  });

  it('puts the emergency number first when someone is in immediate danger', () => {
    const { send } = renderSession();
    send(bytes({ ...notice, kinds: ['immediate_danger', 'suicidal_intent'] }));
    const links = within(panel() as HTMLElement).getAllByRole('link');
    expect(links[0].getAttribute('href')).toBe('tel:112');
    expect(within(panel() as HTMLElement).getByText(/in danger right now/)).toBeTruthy();
  });

  it('keeps words that are not numbers as text ("your local emergency number")', () => {
    const { send } = renderSession();
    send(bytes({ ...notice, country: 'INTL', emergency: 'your local emergency number' }));
    expect(within(panel() as HTMLElement).getByText('your local emergency number')).toBeTruthy();
    expect(within(panel() as HTMLElement).queryByRole('link', { name: /Emergency/ })).toBeNull();
  });

  it.each([
    ['broken JSON', new TextEncoder().encode('{"kinds":['), agent, SAFETY_NOTICE_TOPIC],
    ['a notice that fails the schema', bytes({ ...notice, helplines: [] }), agent, SAFETY_NOTICE_TOPIC],
    ['a javascript: link', bytes({ ...notice, helplines: [{ ...notice.helplines[0], url: 'javascript:alert(1)' }] }), agent, SAFETY_NOTICE_TOPIC],
    ['a notice from a participant who is not an agent', bytes(notice), person, SAFETY_NOTICE_TOPIC],
    ['a notice without a sender', bytes(notice), null, SAFETY_NOTICE_TOPIC],
    ['a notice on another topic', bytes(notice), agent, 'lk.chat'],
  ])('shows nothing for %s', (_label, payload, from, topic) => {
    const { send } = renderSession();
    send(payload, from, topic);
    expect(panel()).toBeNull();
    expect(screen.queryByText(/Tele-MANAS/)).toBeNull();
  });

  it('keeps the last valid notice when an invalid one follows', () => {
    const { send } = renderSession();
    send(bytes(notice));
    send(bytes({ ...notice, emergency: '' }));
    expect(within(panel() as HTMLElement).getAllByRole('link')[0].getAttribute('href')).toBe('tel:14416');
  });
});
