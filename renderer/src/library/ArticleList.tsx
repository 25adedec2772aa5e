import { useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ArticleSummary } from '../../../core/article/article-schema';
import { directionOfLanguage } from '../../../core/text/direction-of-language';
import { fieldDirection } from '../../../core/text/field-direction';
import { useFormatDate } from '../i18n/date-style-context';
import { useText } from '../i18n/text-context';
import type { DeskMarks } from './desk-marks';
import { ArticleDeskLine } from './ArticleDeskLine';

interface ArticleListProps {
  readonly articles: readonly ArticleSummary[];
  readonly selectedId: string | undefined;
  readonly onSelect: (id: string) => void;
  readonly onDelete: (id: string) => void;
  readonly checked: ReadonlySet<string>;
  readonly onToggle: (id: string) => void;
  readonly deskMarks: DeskMarks;
}

/** A one-line headline with its status line; longer headlines wrap and are measured. */
const estimatedRowHeight = 58;

/**
 * The library's articles, newest first. Only the rows in view (and a few around them) are in the
 * page, so a library of 10,000 stories renders as fast as one of twenty.
 */
export function ArticleList({ articles, selectedId, onSelect, onDelete, checked, onToggle, deskMarks }: ArticleListProps) {
  const text = useText();
  const formatDate = useFormatDate();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: articles.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => estimatedRowHeight,
    getItemKey: (index) => articles[index]!.id,
    overscan: 8,
  });
  const selectedIndex = articles.findIndex((article) => article.id === selectedId);
  // An article opened from elsewhere (search, a new draft, an import) is brought into view.
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);
  return (
    <div className="article-list-scroller" ref={scroller}>
      <ul className="article-list article-list--virtual" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const article = articles[row.index]!;
          return (
            <li
              key={row.key}
              data-index={row.index}
              ref={virtualizer.measureElement}
              aria-setsize={articles.length}
              aria-posinset={row.index + 1}
              className={article.id === selectedId ? 'article-item article-item--selected' : 'article-item'}
              style={{ transform: `translateY(${row.start}px)` }}
            >
              <input
                type="checkbox"
                className="article-check"
                aria-label={text.exporting.select(article.headline || text.untitled)}
                checked={checked.has(article.id)}
                onChange={() => onToggle(article.id)}
              />
              <button
                type="button"
                className="article-item-open"
                aria-current={article.id === selectedId ? 'true' : undefined}
                onClick={() => onSelect(article.id)}
              >
                <span className="article-item-headline" dir={fieldDirection(article.headline, directionOfLanguage(article.language))}>{article.headline || text.untitled}</span>
                <span className="article-item-meta">
                  {text.status[article.status]}
                  {article.assignee && <> · <bdi>{article.assignee}</bdi></>} · <time dateTime={article.updatedAt}>{formatDate(article.updatedAt, 'date-time')}</time>
                </span>
                <ArticleDeskLine article={article} deskMarks={deskMarks} />
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={`${text.deleteArticle}: ${article.headline || text.untitled}`}
                title={text.deleteArticle}
                onClick={() => onDelete(article.id)}
              >
                <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5">
                  <path d="M2.5 4h11M6 4V2.5h4V4M4 4l.7 9.5h6.6L12 4M6.5 6.5v5M9.5 6.5v5" />
                </svg>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
