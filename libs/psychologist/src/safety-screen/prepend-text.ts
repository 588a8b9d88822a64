import { ReadableStream } from 'node:stream/web';

/**
 * A stream that yields `text` first, then everything `rest` yields, with a space in between only if `rest`
 * yields anything. Cancelling it cancels `rest`, so an interrupted reply stops the LLM request too.
 */
export function prependText<T>(
  text: string,
  rest: ReadableStream<T> | null,
): ReadableStream<T | string> {
  const reader = rest?.getReader();
  let stage: 'text' | 'first' | 'rest' = 'text';
  return new ReadableStream<T | string>({
    async pull(controller) {
      if (stage === 'text') {
        stage = 'first';
        controller.enqueue(text);
        return;
      }
      if (!reader) {
        controller.close();
        return;
      }
      const { done, value } = await reader.read();
      if (done) {
        controller.close();
        return;
      }
      if (stage === 'first') {
        stage = 'rest';
        controller.enqueue(' ');
      }
      controller.enqueue(value);
    },
    async cancel(reason) {
      await reader?.cancel(reason);
    },
  });
}
