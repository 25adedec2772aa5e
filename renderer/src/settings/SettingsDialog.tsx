import { useEffect, useRef, useState } from 'react';
import type { Settings, SettingsChanges } from '../../../core/settings/settings-schema';
import { useText } from '../i18n/text-context';

interface SettingsDialogProps {
  readonly settings: Settings;
  readonly onSave: (changes: SettingsChanges) => void;
  readonly onClose: () => void;
}

/** Interface language, author name and folders, in a modal dialog. */
export function SettingsDialog({ settings, onSave, onClose }: SettingsDialogProps) {
  const text = useText();
  const dialog = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState({
    interfaceLanguage: settings.interfaceLanguage,
    authorName: settings.authorName,
    dataDirectory: settings.dataDirectory,
    exportDirectory: settings.exportDirectory,
  });
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="settings-dialog" aria-labelledby="settings-title" onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          onSave(draft);
        }}
      >
        <h2 id="settings-title">{text.settings}</h2>
        <label className="field">
          <span>{text.interfaceLanguage}</span>
          <select
            value={draft.interfaceLanguage}
            onChange={(event) => setDraft({ ...draft, interfaceLanguage: event.target.value === 'en' ? 'en' : 'ar' })}
          >
            <option value="ar">العربية</option>
            <option value="en">English</option>
          </select>
        </label>
        <label className="field">
          <span>{text.authorName}</span>
          <input value={draft.authorName} dir="auto" onChange={(event) => setDraft({ ...draft, authorName: event.target.value })} />
        </label>
        <label className="field">
          <span>{text.dataDirectory}</span>
          <input value={draft.dataDirectory} dir="ltr" onChange={(event) => setDraft({ ...draft, dataDirectory: event.target.value })} />
          <small className="muted">{text.dataDirectoryHint}</small>
        </label>
        <label className="field">
          <span>{text.exportDirectory}</span>
          <input value={draft.exportDirectory} dir="ltr" onChange={(event) => setDraft({ ...draft, exportDirectory: event.target.value })} />
        </label>
        <div className="dialog-actions">
          <button type="submit" className="button button--primary">{text.saveSettings}</button>
          <button type="button" className="button" onClick={onClose}>{text.close}</button>
        </div>
      </form>
    </dialog>
  );
}
