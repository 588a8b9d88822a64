const encoder = new TextEncoder();

/** Size of a string once encoded as UTF-8, which is what LiveKit and storage quotas count. */
export function utf8Length(text: string): number {
  return encoder.encode(text).length;
}
