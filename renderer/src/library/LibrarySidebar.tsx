import type { ArticleSummary } from '../../../core/article/article-schema';
import { useText } from '../i18n/text-context';

interface LibrarySidebarProps {
  readonly articles: readonly ArticleSummary[];
  readonly selectedId: string | undefined;
  readonly onSelect: (id: string) => void;
  readonly onDelete: (id: string) => void;
}

/** The library list: newest first, with status, and a delete button per article. */
export function LibrarySidebar({ articles, selectedId, onSelect, onDelete }: LibrarySidebarProps) {
  const text = useText();
  return (
    <nav className="sidebar" aria-label={text.library}>
      <h2 className="sidebar-title">{text.library}</h2>
      {articles.length === 0 ? (
        <p className="muted">{text.noArticles}</p>
      ) : (
        <ul className="article-list">
          {articles.map((article) => (
            <li key={article.id} className={article.id === selectedId ? 'article-item article-item--selected' : 'article-item'}>
              <button
                type="button"
                className="article-item-open"
                aria-current={article.id === selectedId ? 'true' : undefined}
                onClick={() => onSelect(article.id)}
              >
                <span className="article-item-headline" dir="auto">{article.headline || text.untitled}</span>
                <span className="article-item-meta">
                  {text.status[article.status]} · <time dateTime={article.updatedAt}>{formatTime(article.updatedAt)}</time>
                </span>
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
          ))}
        </ul>
      )}
    </nav>
  );
}

function formatTime(timestamp: string): string {
  return new Intl.DateTimeFormat(document.documentElement.lang || 'ar', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(timestamp));
}
