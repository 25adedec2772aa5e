import type { Page } from '@playwright/test';

// Windows virtual key codes of the signs a shortcut uses; a letter's or a digit's is its Latin character code.
const signKeyCodes: Readonly<Record<string, number>> = { Slash: 191, Comma: 188, Period: 190, Semicolon: 186 };

/**
 * Presses a key as Chromium receives it from an Arabic keyboard layout: the Arabic letter as its
 * key, its place on the keyboard as its code. Playwright's own press knows the US layout only, and
 * its type() inserts Arabic text without any key event.
 */
export async function pressOnArabicLayout(page: Page, key: string, code: string, modifiers: { readonly ctrl?: boolean; readonly shift?: boolean } = {}): Promise<void> {
  const session = await page.context().newCDPSession(page);
  const bits = (modifiers.ctrl ? 2 : 0) | (modifiers.shift ? 8 : 0);
  const latin = /^(?:Key([A-Z])|Digit(\d))$/.exec(code);
  const windowsVirtualKeyCode = latin ? (latin[1] ?? latin[2]!).charCodeAt(0) : signKeyCodes[code];
  // With Ctrl held a key types nothing.
  const typed = modifiers.ctrl ? {} : { text: key, unmodifiedText: key };
  await session.send('Input.dispatchKeyEvent', { type: 'keyDown', modifiers: bits, key, code, windowsVirtualKeyCode, ...typed });
  await session.send('Input.dispatchKeyEvent', { type: 'keyUp', modifiers: bits, key, code, windowsVirtualKeyCode });
  await session.detach();
}
