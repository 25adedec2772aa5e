import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';
import type { Messages } from '../core/i18n/messages';

/**
 * The right-click menu for what is under the pointer: the edit commands it allows. Spelling is not
 * here: the OS spellchecker is off (see main-window.ts) and a marked word's menu is the page's own,
 * with the suggestions of our dictionaries.
 */
export function contextMenuTemplate(params: Pick<ContextMenuParams, 'isEditable' | 'selectionText' | 'editFlags'>, text: Messages): MenuItemConstructorOptions[] {
  if (params.isEditable) {
    return [
      { label: text.menu.cut, role: 'cut', enabled: params.editFlags.canCut },
      { label: text.menu.copy, role: 'copy', enabled: params.editFlags.canCopy },
      { label: text.menu.paste, role: 'paste', enabled: params.editFlags.canPaste },
      { label: text.menu.pasteAndMatchStyle, role: 'pasteAndMatchStyle', enabled: params.editFlags.canPaste },
      { type: 'separator' },
      { label: text.menu.selectAll, role: 'selectAll', enabled: params.editFlags.canSelectAll },
    ];
  }
  return params.selectionText.trim() !== '' ? [{ label: text.menu.copy, role: 'copy', enabled: params.editFlags.canCopy }] : [];
}
