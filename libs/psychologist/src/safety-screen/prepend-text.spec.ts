import { ReadableStream } from 'node:stream/web';
import { prependText } from './prepend-text.js';

async function collect<T>(stream: ReadableStream<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const chunk of stream) out.push(chunk);
  return out;
}

describe('prependText', () => {
  it('yields the text, a space, then the rest', async () => {
    expect(
      await collect(prependText('Care.', ReadableStream.from(['a', 'b']))),
    ).toEqual(['Care.', ' ', 'a', 'b']);
  });

  it('yields the text alone when there is no rest or the rest is empty', async () => {
    expect(await collect(prependText('Care.', null))).toEqual(['Care.']);
    expect(
      await collect(prependText('Care.', ReadableStream.from([]))),
    ).toEqual(['Care.']);
  });

  it('cancels the rest when cancelled', async () => {
    let cancelled: unknown;
    const rest = new ReadableStream<string>({
      pull: () => undefined,
      cancel: (reason) => {
        cancelled = reason;
      },
    });
    const stream = prependText('Care.', rest);
    const reader = stream.getReader();
    expect((await reader.read()).value).toBe('Care.');
    await reader.cancel('interrupted');
    expect(cancelled).toBe('interrupted');
  });
});
