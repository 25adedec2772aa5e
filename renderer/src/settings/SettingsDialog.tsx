import { useEffect, useRef, useState } from 'react';
import { calendars, digitStyles, monthNameStyles, type Settings, type SettingsChanges } from '../../../core/settings/settings-schema';
import { formatDate } from '../../../core/text/format-date';
import { useText } from '../i18n/text-context';
import './settings.css';
import type { WordListName } from '../../../core/proofing/word-list-names';
import { ProofingSettingsFields } from '../proofing/ProofingSettingsFields';
import { DeskSyncFields } from '../sync/DeskSyncFields';
import type { ApiClient } from '../api/api-client';
import type { DeskSyncStatus } from '../../../core/api/api-contract';
import '../proofing/proofing.css';
import type { WordLists } from '../stores/workspace-store';
import { fieldDirection } from '../../../core/text/field-direction';

interface SettingsDialogProps {
  readonly settings: Settings;
  /** The data folder in use, and the export folder used while none is named. */
  readonly folders: { readonly data: string; readonly defaultExport: string };
  readonly onSave: (changes: SettingsChanges) => void;
  readonly api: ApiClient;
  readonly syncStatus: DeskSyncStatus | undefined;
  /** Keeps a new desk sync password (before the settings are saved, so sync restarts with both). */
  readonly onSyncPassword: (password: string) => void;
  readonly onClose: () => void;
  /** Copies an image into the library; returns its media path, or undefined after showing why not. */
  readonly onStoreImage: (file: File) => Promise<string | undefined>;
  readonly wordLists: WordLists;
  readonly onRemoveWord: (list: WordListName, word: string) => void;
}

/** Interface language, author name and folders, in a modal dialog. */
export function SettingsDialog({ settings, folders, onSave, onClose, onStoreImage, wordLists, onRemoveWord, api, syncStatus, onSyncPassword }: SettingsDialogProps) {
  const text = useText();
  const dialog = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState({
    interfaceLanguage: settings.interfaceLanguage,
    authorName: settings.authorName,
    dataDirectory: settings.dataDirectory,
    exportDirectory: settings.exportDirectory,
    site: settings.site,
    dateStyle: settings.dateStyle,
    proofing: settings.proofing,
    deskSync: settings.deskSync,
  });
  const [syncPassword, setSyncPassword] = useState('');
  const [deskText, setDeskText] = useState(settings.desk.join('\n'));
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="settings-dialog" aria-labelledby="settings-title" onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          if (syncPassword) onSyncPassword(syncPassword);
          onSave({ ...draft, desk: [...new Set(deskText.split('\n').map((name) => name.trim()).filter(Boolean))] });
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
          <input value={draft.authorName} dir={fieldDirection(draft.authorName, text.direction)} onChange={(event) => setDraft({ ...draft, authorName: event.target.value })} />
        </label>
        <label className="field">
          <span>{text.dataDirectory}</span>
          <input value={draft.dataDirectory} dir="ltr" onChange={(event) => setDraft({ ...draft, dataDirectory: event.target.value })} />
          <small className="muted">
            {text.dataDirectoryHint} {text.folderInUse} <bdi dir="ltr">{folders.data}</bdi>
          </small>
        </label>
        <label className="field">
          <span>{text.exportDirectory}</span>
          <input value={draft.exportDirectory} dir="ltr" onChange={(event) => setDraft({ ...draft, exportDirectory: event.target.value })} />
          <small className="muted">
            {text.exportDirectoryHint} <bdi dir="ltr">{folders.defaultExport}</bdi>
          </small>
        </label>
        <fieldset className="field">
          <legend>{text.site.title}</legend>
          <label className="field">
            <span>{text.site.name}</span>
            <input dir={fieldDirection(draft.site.name, text.direction)} value={draft.site.name} onChange={(event) => setDraft({ ...draft, site: { ...draft.site, name: event.target.value } })} />
          </label>
          <label className="field">
            <span>{text.site.url}</span>
            <input dir="ltr" type="url" placeholder="https://" value={draft.site.url} onChange={(event) => setDraft({ ...draft, site: { ...draft.site, url: event.target.value.trim() } })} />
          </label>
          <label className="field">
            <span>{text.site.accentColor}</span>
            <input type="color" value={draft.site.accentColor} onChange={(event) => setDraft({ ...draft, site: { ...draft.site, accentColor: event.target.value } })} />
          </label>
          <label className="field">
            <span>{text.site.logo}</span>
            <input
              type="file"
              accept="image/png,image/jpeg,image/gif,image/webp"
              onChange={async (event) => {
                const file = event.target.files?.[0];
                if (!file) return;
                const logo = await onStoreImage(file);
                if (logo) setDraft({ ...draft, site: { ...draft.site, logo } });
              }}
            />
            {draft.site.logo && <img src={draft.site.logo} alt="" className="logo-preview" />}
          </label>
        </fieldset>
        <fieldset className="field">
          <legend>{text.dateStyle.title}</legend>
          <ChoiceField label={text.dateStyle.digits} choices={digitStyles} labels={text.dateStyle} value={draft.dateStyle.digits} onChange={(digits) => setDraft({ ...draft, dateStyle: { ...draft.dateStyle, digits } })} />
          <ChoiceField label={text.dateStyle.calendar} choices={calendars} labels={text.dateStyle} value={draft.dateStyle.calendar} onChange={(calendar) => setDraft({ ...draft, dateStyle: { ...draft.dateStyle, calendar } })} />
          <ChoiceField label={text.dateStyle.monthNames} choices={monthNameStyles} labels={text.dateStyle} value={draft.dateStyle.monthNames} onChange={(monthNames) => setDraft({ ...draft, dateStyle: { ...draft.dateStyle, monthNames } })} />
          <p className="muted date-style-example">
            {text.dateStyle.example}: <bdi dir="rtl" lang="ar">{formatDate(new Date(), 'ar', draft.dateStyle)}</bdi>
          </p>
        </fieldset>
        <label className="field">
          <span>{text.desk.title}</span>
          <textarea rows={3} value={deskText} dir={fieldDirection(deskText, text.direction)} onChange={(event) => setDeskText(event.target.value)} />
          <small className="muted">{text.desk.hint}</small>
        </label>
        <ProofingSettingsFields value={draft.proofing} onChange={(proofing) => setDraft({ ...draft, proofing })} wordLists={wordLists} onRemoveWord={onRemoveWord} />
        <DeskSyncFields value={draft.deskSync} onChange={(deskSync) => setDraft({ ...draft, deskSync })} password={syncPassword} onPassword={setSyncPassword} status={syncStatus} api={api} sections={settings.sections} />
        <div className="dialog-actions">
          <button type="submit" className="button button--primary">{text.saveSettings}</button>
          <button type="button" className="button" onClick={onClose}>{text.close}</button>
        </div>
      </form>
    </dialog>
  );
}

interface ChoiceFieldProps<Choice extends string> {
  readonly label: string;
  readonly choices: readonly Choice[];
  readonly labels: Readonly<Record<Choice, string>>;
  readonly value: Choice;
  readonly onChange: (choice: Choice) => void;
}

/** A labelled drop-down over a fixed list of choices. */
function ChoiceField<Choice extends string>({ label, choices, labels, value, onChange }: ChoiceFieldProps<Choice>) {
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(event) => onChange(choices.find((choice) => choice === event.target.value) ?? value)}>
        {choices.map((choice) => <option key={choice} value={choice}>{labels[choice]}</option>)}
      </select>
    </label>
  );
}
