import { useState } from 'react';
import type { TrashEntry } from '../../../core/api/api-contract';
import { useText } from '../i18n/text-context';
import { useFormatDate } from '../i18n/date-style-context';
import './trash.css';
import { fieldDirection } from '../../../core/text/field-direction';
import { firstClickOnly } from '../app/first-click-only';

interface TrashViewProps {
  readonly entries: readonly TrashEntry[];
  readonly onRestore: (id: string) => void;
  readonly onDeleteForever: (id: string) => void;
  readonly onEmpty: () => void;
  readonly onClose: () => void;
}

type Confirming = { readonly kind: 'none' } | { readonly kind: 'all' } | { readonly kind: 'one'; readonly entry: TrashEntry };

/** Deleted articles with when they were deleted, each restorable as it was or deletable for good. */
export function TrashView({ entries, onRestore, onDeleteForever, onEmpty, onClose }: TrashViewProps) {
  const text = useText();
  const formatDate = useFormatDate();
  const [confirming, setConfirming] = useState<Confirming>({ kind: 'none' });
  const cancel = () => setConfirming({ kind: 'none' });
  const confirm = () => {
    cancel();
    if (confirming.kind === 'all') onEmpty();
    if (confirming.kind === 'one') onDeleteForever(confirming.entry.id);
  };
  return (
    <section className="trash" aria-labelledby="trash-title">
      <header className="trash-header">
        <h2 id="trash-title">{text.trash}</h2>
        <span className="trash-actions">
          {entries.length > 0 && confirming.kind === 'none' && (
            <button type="button" className="button" onClick={() => setConfirming({ kind: 'all' })}>{text.emptyTrashNow}</button>
          )}
          <button type="button" className="button" onClick={onClose}>{text.backToLibrary}</button>
        </span>
      </header>
      {confirming.kind !== 'none' && (
        <div className="banner banner--warning" role="alertdialog" aria-label={confirming.kind === 'all' ? text.emptyTrashNow : text.deleteForever}>
          {confirming.kind === 'all' ? text.confirmEmptyTrash : text.confirmDeleteForever(confirming.entry.headline || text.untitled)}{' '}
          <button type="button" className="button button--primary" onClick={confirm}>{text.confirmEmptyTrashYes}</button>{' '}
          <button type="button" className="link-button" onClick={cancel}>{text.editor.cancel}</button>
        </div>
      )}
      {entries.length === 0 ? (
        <p className="muted">{text.emptyTrash}</p>
      ) : (
        <ul className="trash-list">
          {entries.map((entry) => (
            <li key={entry.id} className="trash-item">
              <span className="trash-entry">
                <span dir={fieldDirection(entry.headline, text.direction)}>{entry.headline || text.untitled}</span>
                <small className="muted"><time dateTime={entry.deletedAt}>{text.deletedOn(formatDate(entry.deletedAt, 'date-time'))}</time></small>
              </span>
              <span className="trash-item-actions">
                <button type="button" className="button" onClick={firstClickOnly(() => onRestore(entry.id))} aria-label={`${text.restore}: ${entry.headline || text.untitled}`}>
                  {text.restore}
                </button>
                <button type="button" className="link-button" onClick={() => setConfirming({ kind: 'one', entry })} aria-label={`${text.deleteForever}: ${entry.headline || text.untitled}`}>
                  {text.deleteForever}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
