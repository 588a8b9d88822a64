export type JsonBodyResult =
  | { ok: true; value: unknown }
  | {
      ok: false;
      status: 400 | 408 | 413 | 415;
      error: 'invalid_request' | 'request_timeout' | 'payload_too_large' | 'unsupported_media_type';
      message: string;
    };

export interface JsonBodyLimits {
  maxBytes: number;
  /** The whole body must have arrived within this many milliseconds of the first read. */
  deadlineMs: number;
}

/**
 * Reads a JSON request body of at most `maxBytes` within `deadlineMs`, stopping as soon as the limit is passed or
 * the deadline expires, so an oversized, endless or trickled body costs no more than the limit and the deadline,
 * whatever `Content-Length` claims.
 */
export async function readJsonBody(request: Request, { maxBytes, deadlineMs }: JsonBodyLimits): Promise<JsonBodyResult> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(contentType)) {
    return { ok: false, status: 415, error: 'unsupported_media_type', message: 'Send the body as application/json.' };
  }
  const tooLarge = { ok: false, status: 413, error: 'payload_too_large', message: `The body exceeds ${maxBytes} bytes.` } as const;
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) return tooLarge;
  if (!request.body) return { ok: false, status: 400, error: 'invalid_request', message: 'The body is empty.' };

  const reader = request.body.getReader();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<'expired'>((resolve) => {
    timer = setTimeout(() => resolve('expired'), deadlineMs);
  });
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const next = await Promise.race([reader.read(), expired]);
      if (next === 'expired') {
        reader.cancel().catch(() => undefined);
        return { ok: false, status: 408, error: 'request_timeout', message: `The body did not arrive within ${deadlineMs} ms.` };
      }
      if (next.done) break;
      size += next.value.byteLength;
      if (size > maxBytes) {
        reader.cancel().catch(() => undefined);
        return tooLarge;
      }
      chunks.push(next.value);
    }
  } finally {
    clearTimeout(timer);
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
