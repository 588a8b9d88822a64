import { XRayContent } from '@amigo/contracts';
import { xrayContentJsonSchema } from './xray-json-schema.js';

interface SchemaNode {
  type?: unknown;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  additionalProperties?: unknown;
  items?: SchemaNode;
  [key: string]: unknown;
}

function objects(node: SchemaNode, path = '$'): [string, SchemaNode][] {
  const here: [string, SchemaNode][] = node.type === 'object' ? [[path, node]] : [];
  const children = Object.entries(node.properties ?? {}).flatMap(([k, v]) => objects(v, `${path}.${k}`));
  return [...here, ...children, ...(node.items ? objects(node.items, `${path}[]`) : [])];
}

describe('xrayContentJsonSchema', () => {
  const schema = xrayContentJsonSchema() as SchemaNode;

  it('is strict at every level: all properties required, nothing additional', () => {
    const all = objects(schema);
    expect(all.length).toBeGreaterThanOrEqual(7);
    for (const [path, node] of all) {
      expect({ path, required: [...(node.required ?? [])].sort() }).toEqual({
        path,
        required: Object.keys(node.properties ?? {}).sort(),
      });
      expect({ path, additionalProperties: node.additionalProperties }).toEqual({ path, additionalProperties: false });
    }
  });

  it('follows the zod definition, section by section and field by field', () => {
    expect(Object.keys(schema.properties ?? {})).toEqual(Object.keys(XRayContent.shape));
    for (const [section, def] of Object.entries(XRayContent.shape)) {
      expect(Object.keys(schema.properties?.[section]?.properties ?? {})).toEqual(Object.keys(def.shape));
    }
  });

  it('leaves out the keywords strict structured output rejects', () => {
    const text = JSON.stringify(schema);
    for (const keyword of ['$schema', 'minLength', 'maxLength', 'format', 'pattern']) {
      expect(text).not.toContain(`"${keyword}"`);
    }
  });
});
