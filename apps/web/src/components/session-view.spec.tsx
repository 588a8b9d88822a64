/**
 * @jest-environment jsdom
 */
import { render, screen } from '@testing-library/react';
import { Room } from 'livekit-client';
import { SessionView } from './session-view';

describe('SessionView', () => {
  it('shows the agent view and hands back to the welcome view with a reason when the room is not connected', () => {
    const onEnd = jest.fn();
    render(<SessionView room={new Room()} onTranscript={() => undefined} onEnd={onEnd} />);

    expect(screen.getByRole('heading', { name: 'Talking with Amigo' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'End conversation' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /microphone/ })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Transcript' })).toBeTruthy();
    expect(onEnd).toHaveBeenCalledWith(expect.stringMatching(/disconnected/));
  });

  it('ends without a reason when the person ends the conversation', () => {
    const onEnd = jest.fn();
    render(<SessionView room={new Room()} onTranscript={() => undefined} onEnd={onEnd} />);
    onEnd.mockClear();
    screen.getByRole('button', { name: 'End conversation' }).click();
    expect(onEnd).toHaveBeenCalledWith();
  });
});
