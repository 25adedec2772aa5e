import { memo } from 'react';
import type { ArticleSummary } from '../../../core/article/article-schema';
import { directionOfLanguage } from '../../../core/text/direction-of-language';
import { fieldDirection } from '../../../core/text/field-direction';
import { useFormatDate } from '../i18n/date-style-context';
import { useText } from '../i18n/text-context';
import { ArticleDeskLine } from './ArticleDeskLine';
import type { DeskMarks } from './desk-marks';
import { firstClickOnly } from '../app/first-click-only';
import { ToolIcon } from '../editor/ToolIcon';

interface ArticleRowProps {
  readonly article: ArticleSummary;
  readonly index: number;
  readonly total: number;
  /** Where the virtual list places the row, in pixels from its top. */
  readonly start: number;
  readonly selected: boolean;
  readonly checked: boolean;
  readonly measure: (element: Element | null) => void;
  readonly onSelect: (id: string) => void;
  readonly onDelete: (id: string) => void;
  /** extend: Shift was held, so every story from the one ticked last to this one follows. */
  readonly onToggle: (id: string, extend: boolean) => void;
  readonly deskMarks: DeskMarks;
}

/**
 * One story in the library list. Drawn again only when what it shows changed: a save redraws its own
 * row, not the forty around it (each redrawn checkbox had its attributes written again).
 */
export const ArticleRow = memo(function ArticleRow({ article, index, total, start, selected, checked, measure, onSelect, onDelete, onToggle, deskMarks }: ArticleRowProps) {
  const text = useText();
  const formatDate = useFormatDate();
  return (
    <li
      data-index={index}
      ref={measure}
      aria-setsize={total}
      aria-posinset={index + 1}
      className={selected ? 'article-item article-item--selected' : 'article-item'}
      style={{ transform: `translateY(${start}px)` }}
    >
      <input type="checkbox" className="article-check" aria-label={text.exporting.select(article.headline || text.untitled)} checked={checked} onChange={(event) => onToggle(article.id, (event.nativeEvent as MouseEvent).shiftKey === true)} />
      <button type="button" className="article-item-open" aria-current={selected ? 'true' : undefined} onClick={() => onSelect(article.id)}>
        <span className="article-item-headline" dir={fieldDirection(article.headline || text.untitled, directionOfLanguage(article.language))}>{article.headline || text.untitled}</span>
        <span className="article-item-meta">
          {text.status[article.status]}
          {article.assignee && <> · <bdi>{article.assignee}</bdi></>} · <time dateTime={article.updatedAt} title={formatDate(article.updatedAt, 'date-time')}>{formatDate(article.updatedAt, 'recent')}</time>
        </span>
        <ArticleDeskLine article={article} deskMarks={deskMarks} />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={`${text.deleteArticle}: ${article.headline || text.untitled}`}
        title={text.deleteArticle}
        onClick={firstClickOnly(() => onDelete(article.id))}
      >
        <ToolIcon name="trash" />
      </button>
    </li>
  );
});
