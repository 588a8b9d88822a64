/**
 * The stored form of a profile: one Redis string `p1\n<kundali>\n<xray>`, each part JSON or a sealed value. A single
 * string lets a load be one native GETEX (read and slide the TTL), far cheaper for Redis than a script. The newline
 * cannot occur inside a part: JSON.stringify escapes it and sealed values are base64url, so the Lua X-Ray update can
 * split the string without decoding it.
 */
const VERSION = 'p1';

export function joinStoredProfile(kundali: string, xray: string): string {
  return `${VERSION}\n${kundali}\n${xray}`;
}

/** The two parts, or undefined when the value does not have the stored-profile layout. */
export function splitStoredProfile(value: string): { kundali: string; xray: string } | undefined {
  const first = value.indexOf('\n');
  const second = value.indexOf('\n', first + 1);
  if (first !== VERSION.length || value.slice(0, first) !== VERSION || second < 0 || value.indexOf('\n', second + 1) >= 0) {
    return undefined;
  }
  return { kundali: value.slice(first + 1, second), xray: value.slice(second + 1) };
}
