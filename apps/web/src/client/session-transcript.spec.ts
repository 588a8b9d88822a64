/**
 * @jest-environment jsdom
 */
import { loadConversationHistory, saveConversationHistory } from '@amigo/user-id';
import { SessionTranscript } from './session-transcript';

const said = (content: string, role: 'user' | 'assistant' = 'user') => ({ role, content });

describe('SessionTranscript', () => {
  beforeEach(() => window.localStorage.clear());

  it('appends the session to the previous conversation', () => {
    saveConversationHistory([said('last time'), said('welcome back', 'assistant')]);
    const transcript = new SessionTranscript();
    transcript.update([said('hello again'), said('good to hear you', 'assistant')]);
    transcript.persist();
    expect(loadConversationHistory()).toEqual([
      said('last time'),
      said('welcome back', 'assistant'),
      said('hello again'),
      said('good to hear you', 'assistant'),
    ]);
  });

  it('never saves a message twice when persisted again (tab hidden, then call ended)', () => {
    const transcript = new SessionTranscript();
    transcript.update([said('one')]);
    transcript.persist();
    transcript.update([said('one'), said('two', 'assistant')]);
    transcript.persist();
    transcript.persist();
    expect(loadConversationHistory()).toEqual([said('one'), said('two', 'assistant')]);
  });

  it('leaves the stored history alone when nothing was said', () => {
    saveConversationHistory([said('earlier')]);
    new SessionTranscript().persist();
    expect(loadConversationHistory()).toEqual([said('earlier')]);
  });
});
