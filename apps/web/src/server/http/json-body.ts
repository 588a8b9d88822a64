export type JsonBodyResult =
  | { ok: true; value: unknown }
  | { ok: false; status: 400 | 413 | 415; error: 'invalid_request' | 'payload_too_large' | 'unsupported_media_type'; message: string };

/**
 * Reads a JSON request body of at most `maxBytes`, stopping as soon as the limit is passed so an oversized or
 * endless body costs no more than the limit, whatever `Content-Length` claims.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<JsonBodyResult> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(contentType)) {
    return { ok: false, status: 415, error: 'unsupported_media_type', message: 'Send the body as application/json.' };
  }
  const tooLarge = { ok: false, status: 413, error: 'payload_too_large', message: `The body exceeds ${maxBytes} bytes.` } as const;
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) return tooLarge;
  if (!request.body) return { ok: false, status: 400, error: 'invalid_request', message: 'The body is empty.' };

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return tooLarge;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch {
    return { ok: false, status: 400, error: 'invalid_request', message: 'The body is not valid UTF-8 JSON.' };
  }
}
