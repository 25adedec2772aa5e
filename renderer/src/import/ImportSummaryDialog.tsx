import { useEffect, useRef } from 'react';
import type { ImportOutcome } from '../../../core/api/api-contract';
import { useText } from '../i18n/text-context';
import './import.css';
import { fieldDirection } from '../../../core/text/field-direction';

interface ImportSummaryDialogProps {
  readonly outcomes: readonly ImportOutcome[];
  readonly onOpen: (id: string) => void;
  readonly onClose: () => void;
}

/** What was imported and what was refused, and why. */
export function ImportSummaryDialog({ outcomes, onOpen, onClose }: ImportSummaryDialogProps) {
  const messages = useText();
  const text = messages.importing;
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => dialog.current?.showModal(), []);
  const imported = outcomes.filter((outcome) => outcome.ok);
  const refused = outcomes.filter((outcome) => !outcome.ok && !outcome.cancelled);
  const cancelled = outcomes.filter((outcome) => !outcome.ok && outcome.cancelled);
  return (
    <dialog ref={dialog} className="settings-dialog" aria-labelledby="import-title" onClose={onClose}>
      <h2 id="import-title">{text.title}</h2>
      <p>
        {text.imported(imported.length)} · {text.refused(refused.length)}
        {cancelled.length > 0 && <> · {text.cancelledCount(cancelled.length)}</>}
      </p>
      <ul className="import-list">
        {outcomes.map((outcome, index) => (
          <li key={`${outcome.file}-${index}`} className={outcome.ok ? 'import-ok' : 'import-refused'}>
            <bdi dir="ltr" className="import-file">{outcome.file}</bdi>{' '}
            {outcome.ok ? (
              <button type="button" className="link-button" onClick={() => onOpen(outcome.id)}>
                <bdi dir={fieldDirection(outcome.headline, messages.direction)}>{outcome.headline || messages.untitled}</bdi>
              </button>
            ) : outcome.cancelled ? (
              <span>{text.cancelledBefore}</span>
            ) : (
              <span role="alert" dir="ltr">{outcome.error}</span>
            )}
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" className="button button--primary" onClick={onClose}>{messages.close}</button>
      </div>
    </dialog>
  );
}
