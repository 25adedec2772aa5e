import type { TrashEntry } from '../../../core/api/api-contract';
import { useText } from '../i18n/text-context';
import './trash.css';

interface TrashViewProps {
  readonly entries: readonly TrashEntry[];
  readonly onRestore: (id: string) => void;
  readonly onClose: () => void;
}

/** Deleted articles, each restorable as it was. */
export function TrashView({ entries, onRestore, onClose }: TrashViewProps) {
  const text = useText();
  return (
    <section className="trash" aria-labelledby="trash-title">
      <header className="trash-header">
        <h2 id="trash-title">{text.trash}</h2>
        <button type="button" className="button" onClick={onClose}>{text.backToLibrary}</button>
      </header>
      {entries.length === 0 ? (
        <p className="muted">{text.emptyTrash}</p>
      ) : (
        <ul className="trash-list">
          {entries.map((entry) => (
            <li key={entry.id} className="trash-item">
              <span dir="auto">{entry.headline || text.untitled}</span>
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
