import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';
import type { Messages } from '../core/i18n/messages';

export interface ContextMenuActions {
  readonly replaceMisspelling: (suggestion: string) => void;
  readonly addToDictionary: (word: string) => void;
}

const maximumSuggestions = 6;

/** The right-click menu for what is under the pointer: spelling suggestions, then the edit commands it allows. */
export function contextMenuTemplate(
  params: Pick<ContextMenuParams, 'isEditable' | 'selectionText' | 'misspelledWord' | 'dictionarySuggestions' | 'editFlags'>,
  text: Messages,
  actions: ContextMenuActions,
): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  if (params.isEditable && params.misspelledWord) {
    const suggestions = params.dictionarySuggestions.slice(0, maximumSuggestions);
    if (suggestions.length === 0) items.push({ label: text.menu.noSuggestions, enabled: false });
    for (const suggestion of suggestions) items.push({ label: suggestion, click: () => actions.replaceMisspelling(suggestion) });
    items.push({ label: text.menu.addToDictionary, click: () => actions.addToDictionary(params.misspelledWord) }, { type: 'separator' });
  }
  if (params.isEditable) {
    items.push(
      { label: text.menu.cut, role: 'cut', enabled: params.editFlags.canCut },
      { label: text.menu.copy, role: 'copy', enabled: params.editFlags.canCopy },
      { label: text.menu.paste, role: 'paste', enabled: params.editFlags.canPaste },
      { label: text.menu.pasteAndMatchStyle, role: 'pasteAndMatchStyle', enabled: params.editFlags.canPaste },
      { type: 'separator' },
      { label: text.menu.selectAll, role: 'selectAll', enabled: params.editFlags.canSelectAll },
    );
  } else if (params.selectionText.trim() !== '') {
    items.push({ label: text.menu.copy, role: 'copy', enabled: params.editFlags.canCopy });
  }
  return items;
}
