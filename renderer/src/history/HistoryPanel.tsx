import { useEffect, useState } from 'react';
import type { RevisionEntry } from '../../../core/api/api-contract';
import { changedFields } from '../../../core/article/changed-fields';
import type { Article } from '../../../core/article/article-schema';
import { documentText } from '../../../core/document/document-text';
import { directionOfLanguage } from '../../../core/text/direction-of-language';
import { wordDiff } from '../../../core/text/word-diff';
import type { ApiClient } from '../api/api-client';
import { useText } from '../i18n/text-context';
import { useFormatDate } from '../i18n/date-style-context';
import { ErrorMessage } from '../app/ErrorMessage';
import type { ApiError } from '../../../core/api/api-error';
import type { EditingSession } from '../stores/editing-session';
import './history.css';

interface HistoryPanelProps {
  readonly api: ApiClient;
  readonly session: EditingSession;
  /** After a restore: open the article again at its new revision. */
  readonly onRestored: (article: Article) => void;
}

/** Earlier versions of the open article, what changed word by word, and restoring one. */
export function HistoryPanel({ api, session, onRestored }: HistoryPanelProps) {
  const text = useText();
  const formatDate = useFormatDate();
  const [revisions, setRevisions] = useState<readonly RevisionEntry[]>();
  const [selected, setSelected] = useState<Article>();
  const [restoring, setRestoring] = useState(false);
  const [problem, setProblem] = useState<ApiError>();
  const id = session.article.id;

  useEffect(() => {
    let current = true;
    void session.flush().then(async () => {
      const listed = await api.listRevisions({ id });
      if (!current) return;
      if (listed.ok) setRevisions(listed.value);
      else setProblem(listed.error);
    });
    return () => {
      current = false;
    };
  }, [api, session, id]);

  const choose = async (revision: number) => {
    const loaded = await api.getRevision({ id, revision });
    if (loaded.ok) setSelected(loaded.value);
    else setProblem(loaded.error);
  };

  const restore = async (revision: number) => {
    setRestoring(true);
    await session.flush();
    const restored = await api.restoreRevision({ id, revision, baseRevision: session.snapshot().revision });
    setRestoring(false);
    if (restored.ok) onRestored(restored.value);
    else setProblem(restored.error);
  };

  const current = session.snapshot();
  const direction = directionOfLanguage(current.language);

  return (
    <section className="history-panel" aria-labelledby="history-title">
      <h2 id="history-title" className="panel-title">{text.history.title}</h2>
      {problem && <p role="alert" className="field-error"><ErrorMessage error={problem} /></p>}
      {revisions?.length === 0 && <p className="muted">{text.history.empty}</p>}
      <ol className="history-list">
        {revisions?.map((entry) => (
          <li key={entry.revision}>
            <button type="button" className={selected?.revision === entry.revision ? 'history-item history-item--selected' : 'history-item'} aria-pressed={selected?.revision === entry.revision} onClick={() => void choose(entry.revision)}>
              <span className="history-time">{formatDate(entry.savedAt, 'date-time')}</span>
              <span className="history-meta">
                {[entry.editedBy ? text.deskSync.who(entry.editedBy.name, entry.editedBy.machine) : entry.author, text.status[entry.status as keyof typeof text.status] ?? entry.status, text.history.words(entry.words), text.history.reasons[entry.reason]].filter(Boolean).join(' · ')}
              </span>
            </button>
          </li>
        ))}
      </ol>
      {selected && (
        <div className="history-compare" aria-label={text.history.compare}>
          <h3>{text.history.compare}</h3>
          {changedFields(selected, current).length > 0 && (
            <p className="history-fields">
              {text.history.fieldsChanged(changedFields(selected, current).map((field) => fieldLabel(text, field)))}
            </p>
          )}
          <DiffText before={selected.headline} after={current.headline} direction={direction} className="history-headline" />
          <DiffText before={documentText(selected.body)} after={documentText(current.body)} direction={direction} className="history-body" emptyLabel={text.history.noBodyChange} />
          <button type="button" className="button button--primary" disabled={restoring} onClick={() => void restore(selected.revision)}>
            {restoring ? text.history.restoring : text.history.restore}
          </button>
        </div>
      )}
    </section>
  );
}

function fieldLabel(text: ReturnType<typeof useText>, field: ReturnType<typeof changedFields>[number]): string {
  switch (field) {
    case 'headline':
      return text.headline;
    case 'dateline':
      return text.metadata.datelinePlace;
    case 'language':
      return text.metadata.language;
    default:
      return text.metadata[field];
  }
}

const context = 120;

/** Long unchanged stretches shrink to the words around the changes. */
function shortenUnchanged(text: string, isFirst: boolean, isLast: boolean): string {
  if (text.length <= context * 2 + 20) return text;
  const start = isFirst ? '' : text.slice(0, context).replace(/\S*$/u, '');
  const end = isLast ? '' : text.slice(-context).replace(/^\S*/u, '');
  return `${start}${start || isFirst ? ' … ' : ''}${end}`.replace(/^ … /, '… ');
}

/** Old and new text as one passage: deletions struck through, insertions underlined, in the article's direction. */
function DiffText({ before, after, direction, className, emptyLabel }: { readonly before: string; readonly after: string; readonly direction: 'rtl' | 'ltr'; readonly className: string; readonly emptyLabel?: string }) {
  const text = useText();
  const parts = wordDiff(before, after);
  if (emptyLabel && parts.every((part) => part.kind === 'same')) return <p className="muted">{emptyLabel}</p>;
  return (
    <div className={`history-diff ${className}`} dir={direction}>
      {parts.map((part, index) => {
        switch (part.kind) {
          case 'same':
            return <span key={index}>{parts.length > 1 ? shortenUnchanged(part.text, index === 0, index === parts.length - 1) : part.text}</span>;
          case 'added':
            return <ins key={index} title={text.history.added}>{part.text}</ins>;
          case 'removed':
            return <del key={index} title={text.history.removed}>{part.text}</del>;
          default:
            return null;
        }
      })}
    </div>
  );
}
