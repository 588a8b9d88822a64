import { Ajv } from 'ajv';
import { z } from 'zod';

/** Characters whose length is code points to JSON Schema and, depending on the zod version, maybe UTF-16 units. */
const ASTRAL = /[\uD800-\uDFFF]/;
const PROTO = '__proto__';

/**
 * JSON text parsed and checked against a zod schema; throws JSON.parse's SyntaxError on malformed text. The check is
 * compiled to straight-line code (Ajv over the schema's own JSON Schema, so zod stays the single source of truth):
 * zod's interpreter walking the profile's small objects was a third of a load's Node CPU. It only accepts what the zod
 * schema accepts unchanged; anything the compiled check refuses, anything a transform would rewrite, and any text
 * where the two could disagree (astral characters, a `__proto__` key) goes through zod itself, which then gives the
 * verdict and the output. Profiles this store wrote were zod's output, so zod runs only for such exceptions.
 */
export function precompiledParser<S extends z.ZodType>(schema: S): (json: string) => z.ZodSafeParseResult<z.output<S>> {
  const jsonSchema = z.toJSONSchema(schema, {
    io: 'output',
    target: 'draft-07',
    unrepresentable: 'any',
    // A transform's output cannot be described; refusing it sends such values (e.g. AstrologyAPI's "true") to zod.
    override: (ctx) => {
      if (ctx.zodSchema._zod.def.type !== 'transform') return;
      for (const key of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as Record<string, unknown>)[key];
      ctx.jsonSchema.not = {};
    },
  });
  // Formats are matched by the patterns zod emits next to them. Lengths as `.length`: only text without astral
  // characters gets here, where that is the code-point count, and walking every string char by char cost more than
  // zod's whole X-Ray check. (Ajv calls that option deprecated and still honours it; `logger: false` keeps it quiet.)
  const accepts = new Ajv({ strict: false, validateFormats: false, unicode: false, logger: false }).compile(jsonSchema);
  return (text) => {
    const value: unknown = JSON.parse(text);
    if (!ASTRAL.test(text) && !text.includes(PROTO) && accepts(value)) return { success: true, data: value as z.output<S> };
    return schema.safeParse(value);
  };
}
