import { useState } from 'react';
import type { TrashEntry } from '../../../core/api/api-contract';
import { useText } from '../i18n/text-context';
import './trash.css';
import { fieldDirection } from '../../../core/text/field-direction';

interface TrashViewProps {
  readonly entries: readonly TrashEntry[];
  readonly onRestore: (id: string) => void;
  readonly onEmpty: () => void;
  readonly onClose: () => void;
}

/** Deleted articles, each restorable as it was. */
export function TrashView({ entries, onRestore, onEmpty, onClose }: TrashViewProps) {
  const text = useText();
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="trash" aria-labelledby="trash-title">
      <header className="trash-header">
        <h2 id="trash-title">{text.trash}</h2>
        <span className="trash-actions">
          {entries.length > 0 && !confirming && (
            <button type="button" className="button" onClick={() => setConfirming(true)}>{text.emptyTrashNow}</button>
          )}
          <button type="button" className="button" onClick={onClose}>{text.backToLibrary}</button>
        </span>
      </header>
      {confirming && (
        <div className="banner banner--warning" role="alertdialog" aria-label={text.emptyTrashNow}>
          {text.confirmEmptyTrash}{' '}
          <button type="button" className="button button--primary" onClick={() => { setConfirming(false); onEmpty(); }}>{text.confirmEmptyTrashYes}</button>{' '}
          <button type="button" className="link-button" onClick={() => setConfirming(false)}>{text.editor.cancel}</button>
        </div>
      )}
      {entries.length === 0 ? (
        <p className="muted">{text.emptyTrash}</p>
      ) : (
        <ul className="trash-list">
          {entries.map((entry) => (
            <li key={entry.id} className="trash-item">
              <span dir={fieldDirection(entry.headline, text.direction)}>{entry.headline || text.untitled}</span>
              <button type="button" className="button" onClick={() => onRestore(entry.id)} aria-label={`${text.restore}: ${entry.headline || text.untitled}`}>
                {text.restore}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
