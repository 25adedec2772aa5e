import type { SaveState } from '../stores/editing-session';
import { useText } from '../i18n/text-context';

interface SaveStatusProps {
  readonly state: SaveState;
  readonly onRetry: () => void;
  readonly onLoadTheirs: () => void;
  readonly onKeepMine: () => void;
}

/** The visible save state: saved, saving, not saved with the reason, or a conflict to resolve. */
export function SaveStatus({ state, onRetry, onLoadTheirs, onKeepMine }: SaveStatusProps) {
  const text = useText();
  switch (state.kind) {
    case 'saved':
      return <span className="save-status save-status--saved" data-state="saved">{text.saved}</span>;
    case 'saving':
      return <span className="save-status" data-state="saving">{text.saving}</span>;
    case 'unsaved':
      return <span className="save-status" data-state="unsaved">{text.unsaved}</span>;
    case 'failed':
      return (
        <span className="save-status save-status--error" data-state="failed">
          {text.saveFailed}: {text.errors[state.error.code]}
          <button type="button" className="link-button" onClick={onRetry}>{text.retrySave}</button>
        </span>
      );
    case 'conflict':
      return (
        <span className="save-status save-status--error" data-state="conflict">
          {text.conflict}
          <button type="button" className="link-button" onClick={onLoadTheirs}>{text.loadTheirs}</button>
          <button type="button" className="link-button" onClick={onKeepMine}>{text.keepMine}</button>
        </span>
      );
  }
}
