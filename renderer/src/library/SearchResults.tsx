import { useRef } from 'react';
import { directionOfLanguage } from '../../../core/text/direction-of-language';
import { fieldDirection } from '../../../core/text/field-direction';
import { useFormatDate, useFormatNumber } from '../i18n/date-style-context';
import { useText } from '../i18n/text-context';
import type { LibrarySearch, SearchSort } from '../stores/library-store';
import { HighlightedText } from './HighlightedText';
import { ErrorMessage } from '../app/ErrorMessage';

interface SearchResultsProps {
  readonly search: LibrarySearch;
  readonly selectedId: string | undefined;
  readonly onSelect: (id: string) => void;
  readonly onSort: (sort: SearchSort | '') => void;
  /** Arrow up from the first result goes back to the search box. */
  readonly onLeaveTop: () => void;
}

const sorts: readonly SearchSort[] = ['relevance', 'updated', 'created', 'headline'];

/** Search results as you type: a count, a sort, each story with its matched words marked in its headline and a snippet. */
export function SearchResults({ search, selectedId, onSelect, onSort, onLeaveTop }: SearchResultsProps) {
  const text = useText();
  const formatDate = useFormatDate();
  const formatNumber = useFormatNumber();
  const list = useRef<HTMLUListElement>(null);
  const moveFocus = (from: HTMLElement, step: 1 | -1) => {
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('.search-hit-open') ?? [])];
    const index = buttons.indexOf(from as HTMLButtonElement);
    if (index === 0 && step === -1) return onLeaveTop();
    buttons[Math.min(buttons.length - 1, Math.max(0, index + step))]?.focus();
  };
  return (
    <section className="search-results" aria-label={text.search.results}>
      <div className="search-results-bar">
        <span role="status" aria-live="polite" className="search-count">
          {search.answer ? text.search.count(search.answer.total, formatNumber(search.answer.total)) : text.search.searching}
        </span>
        <label className="search-sort">
          <span className="visually-hidden">{text.search.sortBy}</span>
          <select value={search.sort} aria-label={text.search.sortBy} onChange={(event) => onSort(sorts.find((sort) => sort === event.target.value) ?? '')}>
            <option value="">{text.search.sorts.relevance}</option>
            {sorts.slice(1).map((sort) => <option key={sort} value={sort}>{text.search.sorts[sort]}</option>)}
          </select>
        </label>
      </div>
      {search.error && <p role="alert" className="field-error"><ErrorMessage error={search.error} /></p>}
      {search.answer?.total === 0 && <p className="muted search-empty">{text.search.noResults}</p>}
      <ul className="article-list" ref={list}>
        {search.answer?.hits.map((hit) => {
          const direction = directionOfLanguage(hit.summary.language);
          return (
            <li key={hit.summary.id} className={hit.summary.id === selectedId ? 'article-item article-item--selected' : 'article-item'}>
              <button
                type="button"
                className="article-item-open search-hit-open"
                aria-current={hit.summary.id === selectedId ? 'true' : undefined}
                onClick={() => onSelect(hit.summary.id)}
                onKeyDown={(event) => {
                  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                    event.preventDefault();
                    moveFocus(event.currentTarget, event.key === 'ArrowDown' ? 1 : -1);
                  }
                }}
              >
                <span className="article-item-headline" dir={fieldDirection(hit.summary.headline, direction)}>
                  {hit.summary.headline ? <HighlightedText value={hit.headline} /> : text.untitled}
                </span>
                {hit.snippet.text && (
                  <span className="search-hit-snippet" dir={fieldDirection(hit.snippet.text, direction)}>
                    <HighlightedText value={hit.snippet} />
                  </span>
                )}
                <span className="article-item-meta">
                  {text.status[hit.summary.status]} · <time dateTime={hit.summary.updatedAt} title={formatDate(hit.summary.updatedAt, 'date-time')}>{formatDate(hit.summary.updatedAt, 'recent')}</time>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
