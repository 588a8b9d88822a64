/**
 * A dialled number as text-to-speech should read it: digit by digit, a pause (comma) between the groups people
 * write, so "14416" is not read as fourteen thousand and "1-800-891-4416" comes out in the groups people dial.
 */
export function spokenNumber(dialled: string): string {
  return dialled
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((group) => [...group].join(' '))
    .join(', ');
}
