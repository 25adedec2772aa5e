import type { MenuCommand } from '../../../core/api/api-contract';
import { shortcutKey } from './shortcut-key';

/**
 * The desktop menu's command a Ctrl/Cmd shortcut stands for, where a browser lets the page have it:
 * import (O), paste as a new article (Shift+V) and the settings (comma). Ctrl/Cmd+N is the browser's.
 */
export function browserShortcutCommand(event: Pick<KeyboardEvent, 'key' | 'code' | 'shiftKey' | 'altKey'>): MenuCommand | undefined {
  if (event.altKey) return undefined;
  const key = shortcutKey(event);
  if (key === 'o' && !event.shiftKey) return 'import';
  if (key === 'v' && event.shiftKey) return 'pasteAsArticle';
  if (key === ',' && !event.shiftKey) return 'openSettings';
  return undefined;
}
