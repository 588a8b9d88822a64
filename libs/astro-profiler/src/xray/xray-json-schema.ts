import { z } from 'zod';
import { XRayContent } from '@amigo/contracts';

/**
 * Keywords that OpenAI's strict structured outputs (and several compatible servers) reject. The reply is validated
 * with the zod schema anyway, so dropping them from the contract loses no check.
 */
const UNSUPPORTED_KEYWORDS = new Set(['$schema', 'minLength', 'maxLength', 'format', 'pattern']);

function withoutUnsupportedKeywords(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutUnsupportedKeywords);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => !UNSUPPORTED_KEYWORDS.has(key))
      .map(([key, value]) => [key, withoutUnsupportedKeywords(value)]),
  );
}

/**
 * The JSON Schema of `XRayContent` for `response_format: { type: 'json_schema', strict: true }`: every property
 * required and `additionalProperties: false` at every level, derived from the zod definition rather than written twice.
 */
export function xrayContentJsonSchema(): Record<string, unknown> {
  return withoutUnsupportedKeywords(z.toJSONSchema(XRayContent, { target: 'draft-7' })) as Record<string, unknown>;
}
