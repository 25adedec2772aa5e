/** Whether a text has nothing to read: only spaces, no-break spaces, zero-width characters and direction marks. */
export function isBlankText(text: string): boolean {
  return /^[\s\u200b-\u200f\u2060\ufeff]*$/.test(text);
}
