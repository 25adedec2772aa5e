import { useEffect, useRef } from 'react';
import type { Messages } from '../../../core/i18n/messages';
import { isDesktopWindow } from '../api/is-desktop-window';
import { useText } from '../i18n/text-context';
import './shortcuts.css';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

interface Shortcut {
  readonly keys: string;
  readonly label: (text: Messages) => string;
  /** A browser keeps it for itself (Ctrl/Cmd+N opens a new window), so only the desktop app has it. */
  readonly desktopOnly?: boolean;
}

const groups: ReadonlyArray<{ readonly title: (text: Messages) => string; readonly shortcuts: readonly Shortcut[] }> = [
  {
    title: (text) => text.shortcuts.articles,
    shortcuts: [
      { keys: 'Mod+N', label: (text) => text.newArticle, desktopOnly: true },
      { keys: 'Mod+S', label: (text) => text.menu.save },
      { keys: 'Mod+O', label: (text) => text.importing.import },
      { keys: 'Mod+Shift+V', label: (text) => text.importing.pasteAsArticle },
      { keys: 'Mod+Shift+F', label: (text) => text.search.label },
      { keys: '↑ ↓ Home End', label: (text) => text.shortcuts.moveInLibrary },
      { keys: 'Delete', label: (text) => text.shortcuts.trashFromLibrary },
      { keys: 'Mod+,', label: (text) => text.settings },
      { keys: 'Mod+/', label: (text) => text.shortcuts.showThisSheet },
    ],
  },
  {
    title: (text) => text.shortcuts.writing,
    shortcuts: [
      { keys: 'Mod+Z', label: (text) => text.editor.undo },
      { keys: 'Mod+Shift+Z', label: (text) => text.editor.redo },
      { keys: 'Mod+F', label: (text) => text.editor.find },
      { keys: 'Mod+K', label: (text) => text.editor.link },
      { keys: 'Shift+F10', label: (text) => text.proofing.menu },
    ],
  },
  {
    title: (text) => text.shortcuts.formatting,
    shortcuts: [
      { keys: 'Mod+B', label: (text) => text.editor.bold },
      { keys: 'Mod+I', label: (text) => text.editor.italic },
      { keys: 'Mod+U', label: (text) => text.editor.underline },
      { keys: 'Mod+Alt+0', label: (text) => text.editor.paragraph },
      { keys: 'Mod+Alt+2', label: (text) => text.editor.heading2 },
      { keys: 'Mod+Alt+3', label: (text) => text.editor.heading3 },
      { keys: 'Mod+Shift+8', label: (text) => text.editor.bulletList },
      { keys: 'Mod+Shift+7', label: (text) => text.editor.orderedList },
      { keys: 'Mod+Shift+B', label: (text) => text.editor.blockquote },
      { keys: 'Mod+Shift+U', label: (text) => text.editor.pullQuote },
      { keys: '← → Home End', label: (text) => text.shortcuts.moveInToolbar },
    ],
  },
];

/** The keyboard shortcut sheet (Help menu, Ctrl/Cmd+/). */
export function ShortcutsDialog({ onClose }: { readonly onClose: () => void }) {
  const text = useText();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => dialog.current?.showModal(), []);
  return (
    <dialog ref={dialog} className="settings-dialog shortcuts-dialog" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">{text.shortcuts.title}</h2>
      <div className="shortcuts-groups">
        {groups.map((group) => (
          <section key={group.title(text)} className="shortcuts-group">
            <h3>{group.title(text)}</h3>
            <dl>
              {group.shortcuts.map((shortcut) => (
                <div key={shortcut.keys} className="shortcut-row">
                  <dt>
                    {shortcut.label(text)}
                    {shortcut.desktopOnly && !isDesktopWindow() && <small className="shortcut-note">{text.shortcuts.desktopOnly}</small>}
                  </dt>
                  <dd>
                    <kbd dir="ltr">{shortcut.keys.replace('Mod', isMac ? '⌘' : 'Ctrl')}</kbd>
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <div className="dialog-actions">
        <button type="button" className="button button--primary" onClick={onClose}>{text.close}</button>
      </div>
    </dialog>
  );
}
