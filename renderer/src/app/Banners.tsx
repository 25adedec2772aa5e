import type { LibraryState } from '../stores/library-store';
import type { WorkspaceState, WorkspaceStore } from '../stores/workspace-store';
import { useText } from '../i18n/text-context';
import { ErrorMessage } from './ErrorMessage';

interface BannersProps {
  readonly workspace: WorkspaceStore;
  readonly state: WorkspaceState;
  readonly library: LibraryState;
}

/** Errors, recovered settings and quarantined files, above the workspace until dismissed. */
export function Banners({ workspace, state, library }: BannersProps) {
  const text = useText();
  const newQuarantine = library.quarantine.length - library.dismissedQuarantine;
  return (
    <>
      {state.error && (
        <div className="banner banner--error" role="alert">
          <ErrorMessage error={state.error} />
          <button type="button" className="link-button" onClick={() => workspace.dismissError()}>{text.dismiss}</button>
        </div>
      )}
      {state.notices.map((notice) => (
        <div key={notice.kind} className="banner banner--warning" role="alert">
          {notice.kind === 'settings-recovered' ? text.settingsRecovered(notice.backupFile) : text.settingsInMemory}
          {notice.kind === 'settings-in-memory' && <bdi className="banner-detail" dir="ltr"> {notice.reason}</bdi>}
          <button type="button" className="link-button" onClick={() => workspace.dismissNotices()}>{text.dismiss}</button>
        </div>
      ))}
      {library.heldBack.length > 0 && (
        <div className="banner banner--warning" role="status" data-testid="held-back-notice">
          {text.heldBackNotice(library.heldBack.length)}
        </div>
      )}
      {newQuarantine > 0 && (
        <div className="banner banner--warning" role="alert" data-testid="quarantine-notice">
          {text.quarantineNotice(newQuarantine)}
          <ul className="banner-list">
            {library.quarantine.slice(0, newQuarantine).map((entry) => (
              <li key={entry.file}>
                <bdi dir="ltr">{entry.originalName}</bdi>: {entry.reasonCode ? text.quarantineReasons[entry.reasonCode] : <bdi dir="ltr">{entry.reason}</bdi>}
                {entry.reasonCode && <> (<bdi className="banner-detail" dir="ltr">{entry.reason}</bdi>)</>}
              </li>
            ))}
          </ul>
          <button type="button" className="link-button" onClick={() => workspace.library.dismissQuarantine()}>{text.dismiss}</button>
        </div>
      )}
    </>
  );
}
