// The signs a shortcut may use, by the place of their key on the keyboard (KeyboardEvent.code).
const signsByCode: Readonly<Record<string, string>> = {
  Slash: '/',
  Comma: ',',
  Period: '.',
  Semicolon: ';',
  Quote: "'",
  BracketLeft: '[',
  BracketRight: ']',
  Backslash: '\\',
  Minus: '-',
  Equal: '=',
  Backquote: '`',
};

/**
 * The Latin key of a shortcut (lower case), whatever the keyboard layout: with an Arabic layout
 * Ctrl+S arrives as the key "س", so a key that is not a Latin letter, digit or sign is read from
 * its place on the keyboard instead, as the desktop menu's accelerators and TipTap's keymap do.
 */
export function shortcutKey(event: Pick<KeyboardEvent, 'key' | 'code'>): string {
  if (/^[\x21-\x7e]$/.test(event.key)) return event.key.toLowerCase();
  const letterOrDigit = /^(?:Key([A-Z])|Digit(\d))$/.exec(event.code);
  if (letterOrDigit) return (letterOrDigit[1] ?? letterOrDigit[2]!).toLowerCase();
  return signsByCode[event.code] ?? event.key;
}
