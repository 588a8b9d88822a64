import { Kundali, PersonalityXRay } from '@amigo/contracts';
import type { z } from 'zod';
import { realisticProfile } from '../../testing/sample-profiles.js';
import { precompiledParser } from './precompiled-schema.js';

const REPLACEMENTS: unknown[] = [null, -1, 0, 1.5, 30, 360, 1e300, '', 'x'.repeat(2_001), '😀'.repeat(1_001), true, 'true', 'yes', {}, [], ['a']];

/** Every path to a value inside `value`, objects and arrays included. */
function paths(value: unknown, at: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') return [at];
  const inner = Object.entries(value).flatMap(([k, v]) => paths(v, [...at, Array.isArray(value) ? Number(k) : k]));
  return at.length === 0 ? inner : [at, ...inner];
}

function withValueAt(value: unknown, at: Array<string | number>, replacement: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of at.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = at[at.length - 1];
  if (replacement === undefined) delete node[last];
  else node[last] = replacement;
  return copy;
}

/** The precompiled parser and zod agree on the verdict and, when valid, on the output, for every variant. */
function expectSameAsZod(schema: z.ZodType, variants: unknown[]): void {
  const parse = precompiledParser(schema);
  let valid = 0;
  for (const variant of variants) {
    const text = JSON.stringify(variant);
    const expected = schema.safeParse(JSON.parse(text));
    const actual = parse(text);
    expect({ text, success: actual.success }).toEqual({ text, success: expected.success });
    if (expected.success) {
      valid++;
      expect(actual.data).toEqual(expected.data);
    }
  }
  // Both verdicts occur, or the comparison proves nothing.
  expect(valid).toBeGreaterThan(0);
  expect(valid).toBeLessThan(variants.length);
}

describe('precompiledParser', () => {
  const { kundali, xray } = realisticProfile();
  const stored = { kundali: Kundali.parse(kundali), xray: PersonalityXRay.parse(xray) };

  it.each([
    ['kundali', Kundali, stored.kundali],
    ['X-Ray', PersonalityXRay, stored.xray],
  ] as const)('agrees with zod on every one-value change of a stored %s', (_, schema, value) => {
    const variants = paths(value).flatMap((at) => [undefined, ...REPLACEMENTS].map((r) => withValueAt(value, at, r)));
    expectSameAsZod(schema, [value, ...variants]);
  });

  it("applies zod's transforms to what needs them (AstrologyAPI's string retro flags)", () => {
    const parsed = precompiledParser(Kundali)(JSON.stringify(kundali));
    expect(parsed.success && parsed.data.planets.map((p) => p.isRetro)).toEqual(stored.kundali.planets.map((p) => p.isRetro));
    expect(parsed.success && typeof parsed.data.planets[0].isRetro).toBe('boolean');
  });

  it('counts string lengths as zod does and drops a __proto__ key as zod does', () => {
    const parse = precompiledParser(PersonalityXRay);
    const archetype = (text: string) => JSON.stringify({ ...stored.xray, core_identity: { ...stored.xray.core_identity, archetype: text } });
    for (const text of ['😀'.repeat(60), '😀'.repeat(61), '😀'.repeat(120), 'x'.repeat(121)]) {
      expect(parse(archetype(text)).success).toBe(PersonalityXRay.safeParse(JSON.parse(archetype(text))).success);
    }
    expect(parse(archetype('x'.repeat(121))).success).toBe(false);
    const withProto = JSON.stringify(stored.xray).replace('{', '{"__proto__":{"polluted":true},');
    expect(parse(withProto)).toEqual(PersonalityXRay.safeParse(JSON.parse(withProto)));
  });

  it('throws on malformed JSON', () => {
    expect(() => precompiledParser(Kundali)('{"ascendant":')).toThrow(SyntaxError);
  });
});
