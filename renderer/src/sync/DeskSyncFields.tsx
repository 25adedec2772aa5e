import { useState } from 'react';
import type { DeskSyncStatus } from '../../../core/api/api-contract';
import type { ApiError } from '../../../core/api/api-error';
import { deskShares, type DeskSyncSettings } from '../../../core/settings/settings-schema';
import type { ApiClient } from '../api/api-client';
import { useFormatNumber } from '../i18n/date-style-context';
import { useText } from '../i18n/text-context';
import { fieldDirection } from '../../../core/text/field-direction';
import './desk-sync.css';

interface DeskSyncFieldsProps {
  readonly value: DeskSyncSettings;
  readonly onChange: (value: DeskSyncSettings) => void;
  /** A new password typed here (empty: keep the saved one). */
  readonly password: string;
  readonly onPassword: (password: string) => void;
  readonly status: DeskSyncStatus | undefined;
  readonly api: ApiClient;
  /** The sections to choose from: the settings' sections (and any chosen before that are no longer among them). */
  readonly sections: readonly string[];
}

type TestOutcome = { readonly kind: 'testing' } | { readonly kind: 'connected'; readonly database: string; readonly documents: number } | { readonly kind: 'failed'; readonly error: ApiError };

/** The settings' desk sync section: the desk database, the user and password, and a connection test with what it found. */
export function DeskSyncFields({ value, onChange, password, onPassword, status, api, sections }: DeskSyncFieldsProps) {
  const text = useText();
  const formatNumber = useFormatNumber();
  const [outcome, setOutcome] = useState<TestOutcome>();
  // Typed as text (a comma typed last must stay), kept as a list.
  const [tagsText, setTagsText] = useState(value.tags.join('، '));
  const sectionChoices = [...new Set([...sections, ...value.sections])];
  const toggleSection = (section: string, followed: boolean) =>
    onChange({ ...value, sections: followed ? [...value.sections, section] : value.sections.filter((chosen) => chosen !== section) });
  const test = async () => {
    setOutcome({ kind: 'testing' });
    const answer = await api.testDeskSync({ server: value, ...(password ? { password } : {}) });
    setOutcome(answer.ok ? { kind: 'connected', ...answer.value } : { kind: 'failed', error: answer.error });
  };
  const failure = (error: ApiError): string => {
    switch (error.code) {
      case 'unauthorized':
        return text.deskSync.refused;
      case 'not-found':
        return text.deskSync.missing;
      case 'invalid-input':
        return text.deskSync.invalid;
      default:
        return text.deskSync.unreachable;
    }
  };
  return (
    <fieldset className="field desk-sync-fields">
      <legend>{text.deskSync.title}</legend>
      <small className="muted">{text.deskSync.hint}</small>
      <label className="field">
        <span>{text.deskSync.url}</span>
        <input dir="ltr" type="url" placeholder="https://desk.example.org/newsroom" value={value.url} onChange={(event) => onChange({ ...value, url: event.target.value.trim() })} />
      </label>
      <label className="field">
        <span>{text.deskSync.user}</span>
        <input dir="ltr" autoComplete="username" value={value.user} onChange={(event) => onChange({ ...value, user: event.target.value.trim() })} />
      </label>
      <label className="field">
        <span>{text.deskSync.password}</span>
        <input dir="ltr" type="password" autoComplete="current-password" value={password} placeholder={status?.hasPassword ? '••••••••' : ''} onChange={(event) => onPassword(event.target.value)} />
        <small className="muted">
          {status?.hasPassword && !password ? `${text.deskSync.passwordSaved} ` : ''}
          {status?.passwordKept === 'session' ? text.deskSync.keptSession : text.deskSync.keptKeychain}
        </small>
      </label>
      <label className="field">
        <span>{text.deskSync.share}</span>
        <select value={value.share} onChange={(event) => onChange({ ...value, share: deskShares.find((share) => share === event.target.value) ?? value.share })}>
          {deskShares.map((share) => (
            <option key={share} value={share}>
              {text.deskSync.shares[share]}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="desk-sync-sections">
        <legend>{text.deskSync.followSections}</legend>
        <small className="muted">{text.deskSync.followSectionsHint}</small>
        <div className="desk-sync-section-choices">
          {sectionChoices.map((section) => (
            <label key={section} className="check">
              <input type="checkbox" checked={value.sections.includes(section)} onChange={(event) => toggleSection(section, event.target.checked)} />
              <span>{section}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label className="field">
        <span>{text.deskSync.followTags}</span>
        <input
          value={tagsText}
          dir={fieldDirection(tagsText, text.direction)}
          onChange={(event) => {
            setTagsText(event.target.value);
            onChange({ ...value, tags: [...new Set(event.target.value.split(/[,،]/).map((tag) => tag.trim()).filter(Boolean))] });
          }}
        />
        <small className="muted">{text.deskSync.followTagsHint}</small>
      </label>
      <label className="check">
        <input type="checkbox" checked={value.allowPlainHttp} onChange={(event) => onChange({ ...value, allowPlainHttp: event.target.checked })} />
        <span>{text.deskSync.allowPlainHttp}</span>
      </label>
      <div className="button-row">
        <button type="button" className="button" disabled={!value.url || outcome?.kind === 'testing'} onClick={() => void test()}>
          {text.deskSync.test}
        </button>
        <span role="status" aria-live="polite" className={outcome?.kind === 'failed' ? 'field-error' : 'muted'}>
          {outcome?.kind === 'testing' && text.deskSync.testing}
          {outcome?.kind === 'connected' && text.deskSync.connected(outcome.database, formatNumber(outcome.documents))}
          {outcome?.kind === 'failed' && failure(outcome.error)}
        </span>
      </div>
    </fieldset>
  );
}
