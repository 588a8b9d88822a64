/** Zero-pads a non-negative integer: 5 -> "05". */
export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}
