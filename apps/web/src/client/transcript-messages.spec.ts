import { transcriptMessages } from './transcript-messages';

describe('transcriptMessages', () => {
  it('labels the local participant as the user and everyone else as the assistant, in order', () => {
    expect(
      transcriptMessages(
        [
          { id: '1', text: 'Hello Amigo', speakerIdentity: 'user-abc' },
          { id: '2', text: ' Hello, how are you today? ', speakerIdentity: 'agent-1' },
        ],
        'user-abc',
      ),
    ).toEqual([
      { role: 'user', content: 'Hello Amigo' },
      { role: 'assistant', content: 'Hello, how are you today?' },
    ]);
  });

  it('drops empty segments', () => {
    expect(transcriptMessages([{ id: '1', text: '  ', speakerIdentity: 'agent-1' }], 'user-abc')).toEqual([]);
  });
});
