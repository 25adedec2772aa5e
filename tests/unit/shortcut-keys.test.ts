import { describe, expect, it } from 'vitest';
import { browserShortcutCommand } from '../../renderer/src/app/browser-shortcut-command';
import { shortcutKey } from '../../renderer/src/app/shortcut-key';

describe('shortcuts on any keyboard layout', () => {
  it('reads a shortcut from the key\'s place when its layout gives an Arabic letter, and from the key itself when it gives a Latin one', () => {
    expect(shortcutKey({ key: 'س', code: 'KeyS' })).toBe('s');
    expect(shortcutKey({ key: 'ظ', code: 'Slash' })).toBe('/');
    expect(shortcutKey({ key: 'و', code: 'Comma' })).toBe(',');
    expect(shortcutKey({ key: '١', code: 'Digit1' })).toBe('1');
    expect(shortcutKey({ key: 'F', code: 'KeyF' })).toBe('f');
    // AZERTY: the key that says "z" is where QWERTY has W; the letter on it is what counts.
    expect(shortcutKey({ key: 'z', code: 'KeyW' })).toBe('z');
    expect(shortcutKey({ key: 'Escape', code: 'Escape' })).toBe('Escape');
  });

  it('answers in a browser tab the desktop menu\'s import, paste-as-new and settings shortcuts, on either layout, and leaves the rest alone', () => {
    const press = (key: string, code: string, shiftKey = false, altKey = false) => browserShortcutCommand({ key, code, shiftKey, altKey });
    expect(press('o', 'KeyO')).toBe('import');
    expect(press('خ', 'KeyO')).toBe('import');
    expect(press('V', 'KeyV', true)).toBe('pasteAsArticle');
    expect(press('ر', 'KeyV', true)).toBe('pasteAsArticle');
    expect(press('و', 'Comma')).toBe('openSettings');
    expect(press('v', 'KeyV')).toBeUndefined();
    expect(press('n', 'KeyN')).toBeUndefined();
    expect(press('o', 'KeyO', false, true)).toBeUndefined();
  });
});
